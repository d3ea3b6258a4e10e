package org.duban.summary;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/** Charts drawn from ranges of the same sheet, so they follow the table a clerk corrects. */
final class SummaryCharts {
  private SummaryCharts() {}

  /** Where a chart goes, in cells: columns {@code col1..col2}, rows {@code row1..row2}. */
  record Place(int col1, int row1, int col2, int row2) {}

  /** One series: values in column {@code col}, rows {@code first..last}, drawn in {@code rgb}. */
  record Series(String title, int col, int rgb) {}

  static final int BLUE = 0x4472C4;
  static final int GREY = 0x7F7F7F;

  /**
   * A column chart of categories in column {@code catCol} rows {@code first..last}.
   *
   * @param percent format the value axis as %
   */
  static XSSFChart bar(
      XSSFSheet s, Place at, String title, int catCol, int first, int last, Series series, boolean percent,
      int... pointColours) {
    XSSFChart chart = chart(s, at, title);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setMinimum(0);
    if (percent) {
      y.setNumberFormat("0%");
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFChartData.Series one = data.addSeries(categories(s, catCol, first, last), values(s, series.col(), first, last));
    one.setTitle(series.title(), null);
    // Without explicit fills LibreOffice draws the bars invisible.
    one.setFillProperties(solid(series.rgb()));
    for (int i = 0; i < pointColours.length && i <= last - first; i++) {
      one.getDataPoint(i).setFillProperties(solid(pointColours[i]));
    }
    chart.plot(data);
    CTDLbls labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
    if (percent) {
      labels.addNewNumFmt().setFormatCode("0%");
      labels.getNumFmt().setSourceLinked(false);
    }
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(true);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(false);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
    return chart;
  }

  /** A line chart with one line per series, categories (rounds) in column {@code catCol}. */
  static XSSFChart line(
      XSSFSheet s, Place at, String title, int catCol, int first, int last, List<Series> series) {
    XSSFChart chart = chart(s, at, title);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setMinimum(0);
    y.setNumberFormat("0%");
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    XDDFDataSource<String> cats = categories(s, catCol, first, last);
    for (Series one : series) {
      XDDFLineChartData.Series line =
          (XDDFLineChartData.Series) data.addSeries(cats, values(s, one.col(), first, last));
      line.setTitle(one.title(), null);
      // Marker size is left alone: its schema type is not in poi-ooxml-lite.
      line.setMarkerStyle(MarkerStyle.CIRCLE);
      line.setSmooth(false);
      XDDFLineProperties stroke = new XDDFLineProperties(solid(one.rgb()));
      stroke.setWidth(2.25);
      line.setLineProperties(stroke);
    }
    chart.plot(data);
    return chart;
  }

  private static XSSFChart chart(XSSFSheet s, Place at, String title) {
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.col1(), at.row1(), at.col2(), at.row2());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  static XDDFSolidFillProperties solid(int rgb) {
    return new XDDFSolidFillProperties(
        XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
  }

  private static XDDFDataSource<String> categories(XSSFSheet s, int col, int first, int last) {
    return XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(first, last, col, col));
  }

  private static XDDFNumericalDataSource<Double> values(XSSFSheet s, int col, int first, int last) {
    return XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(first, last, col, col));
  }
}

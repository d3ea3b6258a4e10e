package org.duban.summary;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
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
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
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
  static final int GREEN = 0x70AD47;
  static final int AMBER = 0xFFC000;
  static final int RED = 0xE02020;
  static final int SILVER = 0xBFBFBF;
  static final int ORANGE = 0xED7D31;

  /** How bars are drawn. */
  enum Bars {
    /** Upright columns, series side by side. */
    COLUMNS,
    /** Horizontal bars, first category on top: long labels (section names) stay readable. */
    HORIZONTAL,
    /** Upright columns, series stacked: the lights of each round. */
    STACKED
  }

  /**
   * A bar chart of categories in column {@code catCol} rows {@code first..last}.
   *
   * @param percent format the value axis (0 to 100%) and the labels as %
   * @param labels show each bar's value, of the first series only: the others (序时进度) are a
   *     reference whose labels would crowd the first's
   * @param pointColours fills of the first series' bars one by one (the lights), else its own
   */
  static XSSFChart bar(
      XSSFSheet s, Place at, String title, int catCol, int first, int last, List<Series> series,
      Bars kind, boolean percent, boolean labels, int... pointColours) {
    XSSFChart chart = chart(s, at, title);
    if (series.size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    boolean horizontal = kind == Bars.HORIZONTAL;
    XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    if (horizontal) {
      // Top to bottom in the table's order; the value axis then belongs at the far (bottom) end.
      x.setOrientation(AxisOrientation.MAX_MIN);
      y.setCrosses(AxisCrosses.MAX);
    } else {
      y.setCrosses(AxisCrosses.AUTO_ZERO);
    }
    y.setMinimum(0);
    if (percent) {
      y.setMaximum(1);
      y.setMajorUnit(0.2);
      y.setNumberFormat("0%");
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
    if (kind == Bars.STACKED) {
      data.setBarGrouping(BarGrouping.STACKED);
    }
    data.setVaryColors(false);
    XDDFDataSource<String> cats = categories(s, catCol, first, last);
    for (int n = 0; n < series.size(); n++) {
      Series one = series.get(n);
      XDDFChartData.Series bars = data.addSeries(cats, values(s, one.col(), first, last));
      bars.setTitle(one.title(), null);
      // Without explicit fills LibreOffice draws the bars invisible.
      bars.setFillProperties(solid(one.rgb()));
      for (int i = 0; n == 0 && i < pointColours.length && i <= last - first; i++) {
        bars.getDataPoint(i).setFillProperties(solid(pointColours[i]));
      }
    }
    chart.plot(data);
    if (kind == Bars.STACKED) {
      overlapFully(chart);
    }
    if (labels) {
      CTDLbls l = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
      if (percent) {
        l.addNewNumFmt().setFormatCode("0%");
        l.getNumFmt().setSourceLinked(false);
      }
      l.addNewShowLegendKey().setVal(false);
      l.addNewShowVal().setVal(true);
      l.addNewShowCatName().setVal(false);
      l.addNewShowSerName().setVal(false);
      l.addNewShowPercent().setVal(false);
      l.addNewShowBubbleSize().setVal(false);
      hideBlankLabels(l, s, series.get(0).col(), first, last);
    }
    return chart;
  }

  /**
   * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws the parts side by side. It is
   * written as plain XML: the typed setter needs a schema type that poi-ooxml-lite leaves out.
   */
  private static void overlapFully(XSSFChart chart) {
    CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
    // The schema orders it after the series and before the axis ids.
    try (XmlCursor c = bars.getAxIdArray(0).newCursor()) {
      c.beginElement(new QName(CHART_NS, "overlap", "c"));
      c.insertAttributeWithValue("val", "100");
    }
  }

  /**
   * A blank cell (nothing known yet) is drawn as no bar, but LibreOffice still labels it 0%, which
   * reads as "nothing done". Each such point gets {@code <c:dLbl><c:idx/><c:delete val="1"/>}, in
   * plain XML for the same reason as {@link #overlapFully}.
   */
  private static void hideBlankLabels(CTDLbls labels, XSSFSheet s, int col, int first, int last) {
    for (int r = last; r >= first; r--) {
      org.apache.poi.ss.usermodel.Row row = s.getRow(r);
      org.apache.poi.ss.usermodel.Cell c = row == null ? null : row.getCell(col);
      if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
        continue;
      }
      // dLbl elements come first in dLbls; inserting from the last point keeps them in order.
      try (XmlCursor cur = labels.newCursor()) {
        cur.toFirstChild();
        cur.beginElement(new QName(CHART_NS, "dLbl", "c"));
        cur.beginElement(new QName(CHART_NS, "idx", "c"));
        cur.insertAttributeWithValue("val", Integer.toString(r - first));
        // From inside <c:idx> past its end: the cursor is then before </c:dLbl>.
        cur.toEndToken();
        cur.toNextToken();
        cur.beginElement(new QName(CHART_NS, "delete", "c"));
        cur.insertAttributeWithValue("val", "1");
      }
    }
  }

  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

  /** A line chart with one line per series, categories (rounds) in column {@code catCol}. */
  static XSSFChart line(
      XSSFSheet s, Place at, String title, int catCol, int first, int last, List<Series> series) {
    XSSFChart chart = chart(s, at, title);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setMinimum(0);
    y.setMaximum(1);
    y.setMajorUnit(0.2);
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

package org.duban.summary;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Light;

/** The summary's cell styles, made once per workbook (Excel caps a file at 64,000 styles). */
final class SummaryStyles {
  /** A font Chinese offices have; LibreOffice substitutes a CJK font where it is missing. */
  static final String FONT = "宋体";

  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle header;
  final CellStyle text;
  final CellStyle textQuoted;
  final CellStyle wrap;
  final CellStyle wrapQuoted;
  final CellStyle percent;
  final CellStyle number;
  final CellStyle integer;
  final CellStyle date;
  final CellStyle label;
  /** The bold heading of a table below another on the same sheet; no border, it runs on. */
  final CellStyle heading;
  final CellStyle bulletin;
  private final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

  SummaryStyles(XSSFWorkbook wb) {
    XSSFFont plain = font(wb, 11, false);
    XSSFFont bold = font(wb, 11, true);
    title = wb.createCellStyle();
    title.setFont(font(wb, 16, true));
    title.setAlignment(HorizontalAlignment.CENTER);
    subtitle = wb.createCellStyle();
    subtitle.setFont(plain);
    header = bordered(wb, bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setWrapText(true);
    ((XSSFCellStyle) header).setFillForegroundColor(rgb(0xD9, 0xD9, 0xD9));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(wb, plain);
    textQuoted = bordered(wb, plain);
    textQuoted.setQuotePrefixed(true);
    wrap = bordered(wb, plain);
    wrap.setWrapText(true);
    wrapQuoted = bordered(wb, plain);
    wrapQuoted.setWrapText(true);
    wrapQuoted.setQuotePrefixed(true);
    percent = bordered(wb, plain);
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    number = bordered(wb, plain);
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
    integer = bordered(wb, plain);
    integer.setDataFormat(wb.createDataFormat().getFormat("0"));
    date = bordered(wb, plain);
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    label = bordered(wb, bold);
    heading = wb.createCellStyle();
    heading.setFont(bold);
    bulletin = wb.createCellStyle();
    bulletin.setFont(font(wb, 12, false));
    bulletin.setWrapText(true);
    bulletin.setVerticalAlignment(VerticalAlignment.TOP);
    lights.put(Light.GREEN, light(wb, bold, rgb(0xC6, 0xEF, 0xCE)));
    lights.put(Light.AMBER, light(wb, bold, rgb(0xFF, 0xEB, 0x9C)));
    lights.put(Light.RED, light(wb, bold, rgb(0xFF, 0xC7, 0xCE)));
    lights.put(Light.NONE, light(wb, plain, null));
  }

  /** The fill and bold word of a light; the word is there so it also reads in black and white. */
  CellStyle light(Light l) {
    return lights.get(l);
  }

  private static CellStyle light(XSSFWorkbook wb, XSSFFont f, XSSFColor fill) {
    XSSFCellStyle s = bordered(wb, f);
    s.setAlignment(HorizontalAlignment.CENTER);
    if (fill != null) {
      s.setFillForegroundColor(fill);
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  private static XSSFCellStyle bordered(XSSFWorkbook wb, XSSFFont f) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(f);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold) {
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    return f;
  }

  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }
}

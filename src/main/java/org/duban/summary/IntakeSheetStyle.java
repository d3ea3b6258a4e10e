package org.duban.summary;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.xlsx.FormulaText;

/** The look shared by the intake workbooks: a Chinese font, a tinted header, wrapped text. */
final class IntakeSheetStyle {
  /**
   * A value as the unit typed it, in a printed list: longer ones are cut with … (the unit has its
   * own file; a 40,000-character value would fill pages).
   */
  static final int VALUE_CHARS = 200;

  /** Excel refuses longer cell texts. */
  private static final int MAX_CELL = 32_000;

  final CellStyle title;
  final CellStyle header;
  final CellStyle text;
  final CellStyle number;
  final CellStyle error;
  final CellStyle warning;
  private final Workbook wb;
  /** Each text style's twin with the quote prefix, made when first needed. */
  private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

  IntakeSheetStyle(Workbook wb) {
    this.wb = wb;
    // The core properties carry a creation time by default; none keeps reruns alike.
    XSSFWorkbook x = wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) wb;
    x.getProperties().getCoreProperties().setCreated(Optional.empty());
    x.getProperties().getCoreProperties().setCreator("duban");
    Font plain = wb.createFont();
    plain.setFontName("宋体");
    plain.setFontHeightInPoints((short) 11);
    Font bold = wb.createFont();
    bold.setFontName("宋体");
    bold.setBold(true);
    bold.setFontHeightInPoints((short) 11);
    Font big = wb.createFont();
    big.setFontName("黑体");
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    header = bordered(wb, bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    text = bordered(wb, plain);
    text.setWrapText(true);
    number = bordered(wb, plain);
    error = bordered(wb, plain);
    error.setWrapText(true);
    error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
    error.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    warning = bordered(wb, plain);
    warning.setWrapText(true);
    warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private static CellStyle bordered(Workbook wb, Font font) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  /** A table sheet: header row at {@code headerRow}, frozen below it, widths in characters. */
  Sheet table(Workbook wb, String name, int headerRow, String[] headers, int[] widths) {
    Sheet s = wb.createSheet(name);
    Row h = s.createRow(headerRow);
    for (int i = 0; i < headers.length; i++) {
      put(h, i, headers[i], header);
      s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    s.createFreezePane(0, headerRow + 1);
    PrintSetup ps = s.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    s.setFitToPage(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
    return s;
  }

  /**
   * Always a string cell: texts from returns (and file names) that start with = + - @ stay text,
   * never formulas, and get the quote prefix so that editing the cell in Excel or WPS keeps it so.
   */
  Cell put(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    String v = value == null ? "" : value;
    c.setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) + "…" : v);
    c.setCellStyle(FormulaText.looksLikeFormula(v)
        ? quoted.computeIfAbsent(style, st -> FormulaText.quotedTwin(wb, st)) : style);
    return c;
  }

  Cell put(Row row, int col, long value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
    return c;
  }
}

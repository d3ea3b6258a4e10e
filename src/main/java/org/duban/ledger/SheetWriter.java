package org.duban.ledger;

import org.duban.xlsx.TextFit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one table sheet for a person to read: styled header, frozen and filtered, columns as wide
 * as their Chinese text needs (capped, with wrapping), rows as tall as their wrapped text.
 */
final class SheetWriter {
  /** Widest column, in characters of Latin width; longer text wraps. */
  private static final int MAX_WIDTH = 60;

  private static final int MIN_WIDTH = 8;
  private static final float LINE_POINTS = 16f;

  private final Sheet sheet;
  private final LedgerStyles styles;
  private final List<String> headers;
  private final int[] widths;
  private int next = 1;

  SheetWriter(Workbook wb, LedgerStyles styles, String name, List<String> headers) {
    this.sheet = wb.createSheet(name);
    this.styles = styles;
    this.headers = List.copyOf(headers);
    this.widths = new int[headers.size()];
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(styles.header);
      widths[c] = Math.max(MIN_WIDTH, displayWidth(headers.get(c)) + 2);
    }
  }

  /** Adds a row; values are String, BigDecimal, LocalDate or null (an empty bordered cell). */
  void row(List<?> values) {
    Row row = sheet.createRow(next++);
    for (int c = 0; c < headers.size(); c++) {
      Object v = c < values.size() ? values.get(c) : null;
      Cell cell = row.createCell(c);
      if (v instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
        cell.setCellStyle(styles.number);
        widths[c] = Math.max(widths[c], d.toPlainString().length() + 2);
      } else if (v instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(styles.date);
        widths[c] = Math.max(widths[c], 12);
      } else {
        String s = v == null ? "" : v.toString();
        if (!s.isEmpty()) {
          cell.setCellValue(s);
        }
        cell.setCellStyle(styles.text);
        for (String line : s.split("\n")) {
          widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, displayWidth(line) + 2));
        }
      }
    }
  }

  /** Sets widths and row heights, freezes the header and turns on the filter. */
  Sheet finish(boolean filter) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    for (int r = 1; r < next; r++) {
      Row row = sheet.getRow(r);
      int lines = 1;
      for (int c = 0; c < widths.length; c++) {
        lines = Math.max(lines, wrappedLines(Cells.text(row.getCell(c)), widths[c] - 1));
      }
      // Excel does not grow rows for wrapped text written by a program; WPS and LibreOffice do.
      row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS + 3));
    }
    sheet.createFreezePane(0, 1);
    // Printed for meetings: A4 landscape, all columns on the page width, header on every page.
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    if (filter && headers.size() > 1) {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, headers.size() - 1));
    }
    return sheet;
  }

  static int displayWidth(String s) {
    return TextFit.displayWidth(s);
  }

  private static int wrappedLines(String text, int width) {
    return TextFit.wrappedLines(text, width + 1);
  }

  static List<Object> values(Object... v) {
    List<Object> out = new ArrayList<>();
    for (Object o : v) {
      out.add(o);
    }
    return out;
  }
}

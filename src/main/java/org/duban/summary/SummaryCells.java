package org.duban.summary;

import org.duban.xlsx.FormulaText;
import org.duban.xlsx.TextFit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.model.Light;

/** Writes one cell of the summary: text never as a formula, numbers as numbers, % as real %. */
final class SummaryCells {
  /** Excel's limit on the characters of one cell. */
  static final int CELL_LIMIT = 32_767;

  private final SummaryStyles st;

  SummaryCells(SummaryStyles st) {
    this.st = st;
  }

  SummaryStyles styles() {
    return st;
  }

  static Row row(Sheet s, int r) {
    Row row = s.getRow(r);
    return row != null ? row : s.createRow(r);
  }

  /**
   * Text from a return is written as a string cell, never a formula; a leading = + - @ also gets
   * the quote prefix, so editing the cell in Excel or WPS does not turn it into one.
   */
  Cell text(Row row, int col, String value, boolean wrapped) {
    String v = value == null ? "" : value;
    if (v.length() > CELL_LIMIT) {
      v = v.substring(0, CELL_LIMIT - 1) + "…";
    }
    boolean risky = FormulaText.looksLikeFormula(v);
    Cell c = row.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(wrapped ? (risky ? st.wrapQuoted : st.wrap) : (risky ? st.textQuoted : st.text));
    return c;
  }

  Cell text(Row row, int col, String value) {
    return text(row, col, value, false);
  }

  /** Text that would overflow its cell on paper, shortened visibly with …. */
  Cell clipped(Row row, int col, String value, int max) {
    return text(row, col, clip(value, max), true);
  }

  /**
   * As {@link #clipped(Row, int, String, int)}, shortened further to what a column {@code width}
   * characters wide shows within the tallest row Excel allows: a longer text would be cut off at
   * the bottom of the cell on paper, with nothing to say so.
   */
  Cell clipped(Row row, int col, String value, int max, int width) {
    return text(row, col, toLines(clip(value, max), width, MAX_LINES), true);
  }

  /** Lines of {@link #fit}'s height in Excel's tallest row (409 points). */
  static final int MAX_LINES = 25;

  static String toLines(String value, int width, int lines) {
    if (TextFit.wrappedLines(value, width) <= lines) {
      return value;
    }
    int lo = 0;
    int hi = value.codePointCount(0, value.length());
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (TextFit.wrappedLines(value.substring(0, value.offsetByCodePoints(0, mid)) + "…", width) <= lines) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return value.substring(0, value.offsetByCodePoints(0, lo)) + "…";
  }

  static String clip(String value, int max) {
    if (value == null || value.codePointCount(0, value.length()) <= max) {
      return value == null ? "" : value;
    }
    return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
  }

  Cell header(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(st.header);
    return c;
  }

  /** A heading over a table further down a sheet, in bold without a border. */
  Cell heading(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(st.heading);
    return c;
  }

  Cell label(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(st.label);
    return c;
  }

  /** A ratio as a real number with a % format; unknown stays empty (not 0%). */
  Cell percent(Row row, int col, double ratio) {
    Cell c = row.createCell(col);
    if (!Double.isNaN(ratio)) {
      c.setCellValue(ratio);
    }
    c.setCellStyle(st.percent);
    return c;
  }

  Cell number(Row row, int col, BigDecimal v) {
    Cell c = row.createCell(col);
    if (v != null) {
      c.setCellValue(v.doubleValue());
    }
    c.setCellStyle(st.number);
    return c;
  }

  Cell number(Row row, int col, double v) {
    Cell c = row.createCell(col);
    if (!Double.isNaN(v)) {
      c.setCellValue(v);
    }
    c.setCellStyle(st.number);
    return c;
  }

  Cell integer(Row row, int col, long v) {
    Cell c = row.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(st.integer);
    return c;
  }

  Cell date(Row row, int col, LocalDate d) {
    Cell c = row.createCell(col);
    if (d != null) {
      c.setCellValue(d);
    }
    c.setCellStyle(st.date);
    return c;
  }

  /** The light's word on its fill. */
  Cell light(Row row, int col, Light l) {
    Cell c = row.createCell(col);
    c.setCellValue(l.label());
    c.setCellStyle(st.light(l));
    return c;
  }

  /**
   * Sets the row's height to show its wrapped texts whole: LibreOffice keeps imported rows one
   * line high, and SXSSF cannot measure text, so the lines are estimated (a CJK character is two
   * units of column width, a line is 16 points: an 11-point CJK font needs about 15.9; Excel's
   * limit is 409).
   */
  static void fit(Row row, int[] widths) {
    int lines = 1;
    for (org.apache.poi.ss.usermodel.Cell c : row) {
      int col = c.getColumnIndex();
      if (col >= widths.length || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
          || !c.getCellStyle().getWrapText()) {
        continue;
      }
      lines = Math.max(lines, TextFit.wrappedLines(c.getStringCellValue(), widths[col]));
    }
    if (lines > 1) {
      row.setHeightInPoints(Math.min(409f, lines * 16f));
    }
  }

  /** A header row and column widths (in characters). */
  void headers(Sheet s, int r, String[] names, int[] widths) {
    Row row = row(s, r);
    for (int i = 0; i < names.length; i++) {
      header(row, i, names[i]);
      s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    // A header such as 牵头任务平均完成率 wraps in its narrow column; give it the lines it needs.
    fit(row, widths);
  }
}

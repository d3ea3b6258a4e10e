package org.duban.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text that Excel or WPS would turn into a formula once a user edits the cell and presses Enter:
 * it starts with = + - or @. duban writes such text as a string cell with the quote prefix, so a
 * unit's "=HYPERLINK(...)" stays the words the unit typed, in every workbook duban writes.
 */
public final class FormulaText {
  private FormulaText() {}

  public static boolean looksLikeFormula(String text) {
    return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
  }

  /** A new style like {@code style} with the quote prefix (callers keep one per style). */
  public static CellStyle quotedTwin(Workbook wb, CellStyle style) {
    CellStyle q = wb.createCellStyle();
    q.cloneStyleFrom(style);
    q.setQuotePrefixed(true);
    return q;
  }
}

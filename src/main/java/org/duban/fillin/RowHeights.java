package org.duban.fillin;

import org.duban.xlsx.TextFit;

/**
 * Estimates the height a wrapped cell needs. Excel and LibreOffice do not grow rows of a
 * generated file by themselves when it is printed, so clipped task texts would be printed
 * unless the height is written explicitly.
 */
final class RowHeights {
  /** Excel's limit for one row. */
  static final float MAX_POINTS = 409f;

  private RowHeights() {}

  /**
   * Lines the text takes in a column of {@code widthChars} character widths: a CJK character
   * takes two widths, others one.
   */
  static int lines(String text, double widthChars) {
    return TextFit.wrappedLines(text, widthChars);
  }

  /** Points for so many lines of a font of {@code fontPoints}, with a little padding. */
  static float points(int lines, double fontPoints) {
    return (float) Math.min(MAX_POINTS, lines * fontPoints * 1.35 + 6);
  }
}

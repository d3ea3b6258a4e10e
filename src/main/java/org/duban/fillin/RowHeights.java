package org.duban.fillin;

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
    if (text == null || text.isEmpty()) {
      return 1;
    }
    double usable = Math.max(2, widthChars - 1);
    int total = 0;
    for (String para : text.split("\n", -1)) {
      double w = 0;
      for (int i = 0; i < para.length(); i++) {
        w += para.charAt(i) < 0x2E80 ? 1.1 : 2.0;
      }
      total += Math.max(1, (int) Math.ceil(w / usable));
    }
    return total;
  }

  /** Points for so many lines of a font of {@code fontPoints}, with a little padding. */
  static float points(int lines, double fontPoints) {
    return (float) Math.min(MAX_POINTS, lines * fontPoints * 1.35 + 6);
  }
}

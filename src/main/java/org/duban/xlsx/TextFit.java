package org.duban.xlsx;

/**
 * How much room text takes in a cell: Excel measures column widths in Latin characters, and a
 * Chinese or full-width character takes two of them. Used to size columns and, because
 * LibreOffice does not grow rows for wrapped text by itself, to set explicit row heights.
 */
public final class TextFit {
  private TextFit() {}

  /** Width in Latin characters: CJK ideographs, CJK punctuation and full-width forms take two. */
  public static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Lines the text takes when wrapped in a column {@code widthChars} wide (at least one). */
  public static int wrappedLines(String text, double widthChars) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    // One character of the width goes to cell padding.
    double usable = Math.max(2, widthChars - 1);
    int total = 0;
    for (String para : text.split("\n", -1)) {
      total += Math.max(1, (int) Math.ceil(displayWidth(para) / usable));
    }
    return total;
  }

  private static boolean isWide(int cp) {
    return Character.isIdeographic(cp)
        || (cp >= 0x2E80 && cp <= 0x303F) // CJK radicals and punctuation
        || (cp >= 0x3040 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}

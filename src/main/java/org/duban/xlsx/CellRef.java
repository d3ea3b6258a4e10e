package org.duban.xlsx;

/**
 * An A1 cell reference as a value: 0-based row and column, both ways between {@code "C7"} and
 * numbers. Lives here so writer and reader agree without touching POI.
 *
 * @param row 0-based row
 * @param col 0-based column
 */
public record CellRef(int row, int col) {
  /** The last column Excel allows (XFD). */
  public static final int MAX_COL = 16383;
  /** The last row Excel allows. */
  public static final int MAX_ROW = 1048575;

  public CellRef {
    if (row < 0 || row > MAX_ROW || col < 0 || col > MAX_COL) {
      throw new IllegalArgumentException("cell out of range: row " + row + ", col " + col);
    }
  }

  /** Parses {@code C7} or {@code $C$7}; throws naming the text when it is not a reference. */
  public static CellRef parse(String a1) {
    String t = a1 == null ? "" : a1.strip().replace("$", "");
    int i = 0;
    int col = 0;
    while (i < t.length() && Character.isLetter(t.charAt(i)) && t.charAt(i) < 128) {
      col = col * 26 + (Character.toUpperCase(t.charAt(i)) - 'A' + 1);
      i++;
      if (col > MAX_COL + 1) {
        throw new IllegalArgumentException("not a cell reference: " + a1);
      }
    }
    if (i == 0 || i == t.length()) {
      throw new IllegalArgumentException("not a cell reference: " + a1);
    }
    long row = 0;
    for (int j = i; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c < '0' || c > '9' || row > MAX_ROW + 1) {
        throw new IllegalArgumentException("not a cell reference: " + a1);
      }
      row = row * 10 + (c - '0');
    }
    return new CellRef((int) row - 1, col - 1);
  }

  /** The column letters of a 0-based column: 0 -> A, 26 -> AA. */
  public static String columnName(int col) {
    StringBuilder b = new StringBuilder();
    int c = col + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      b.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return b.toString();
  }

  /** The 0-based column of column letters: A -> 0. */
  public static int columnIndex(String letters) {
    return parse(letters + "1").col();
  }

  /** {@code C7}. */
  public String a1() {
    return columnName(col) + (row + 1);
  }

  /** A1 text of a 0-based row and column. */
  public static String a1(int row, int col) {
    return columnName(col) + (row + 1);
  }

  @Override
  public String toString() {
    return a1();
  }
}

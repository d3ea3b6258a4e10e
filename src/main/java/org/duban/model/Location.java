package org.duban.model;

/**
 * Where something was read: a plan document line ({@code 方案.txt:12}) or a workbook cell
 * ({@code 市科技局.xlsx 重点任务!H7}). Every error message and every 明细 row is built from one.
 *
 * @param file file name as the user knows it (never a full machine path in workbooks)
 * @param sheet sheet name, or empty for a text document
 * @param cell A1 cell reference, or empty
 * @param line 1-based line in a text document, or 0
 */
public record Location(String file, String sheet, String cell, int line) {
  public Location {
    file = file == null ? "" : file;
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  public static final Location NONE = new Location("", "", "", 0);

  public static Location ofLine(String file, int line) {
    return new Location(file, "", "", line);
  }

  public static Location ofFile(String file) {
    return new Location(file, "", "", 0);
  }

  public static Location ofCell(String file, String sheet, String cell) {
    return new Location(file, sheet, cell, 0);
  }

  public Location withCell(String sheet, String cell) {
    return new Location(file, sheet, cell, line);
  }

  public boolean isNone() {
    return file.isEmpty() && sheet.isEmpty() && cell.isEmpty() && line == 0;
  }

  /** {@code file:line}, {@code file 工作表!A1}, or the parts that are known. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
    }
    if (!sheet.isEmpty()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(sheet);
      if (!cell.isEmpty()) {
        b.append('!').append(cell);
      }
    } else if (!cell.isEmpty()) {
      b.append(' ').append(cell);
    }
    return b.toString();
  }
}

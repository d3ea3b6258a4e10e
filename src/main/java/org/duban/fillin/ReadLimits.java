package org.duban.fillin;

import org.duban.xlsx.ZipLimits;

/**
 * How much of a return the reader accepts before calling it hostile or not a fill-in form. A
 * form has a few thousand cells; the bounds keep two files read at once well inside a 256 MB
 * heap (about 200 bytes a cell as read, ten times that for .xls in POI's usermodel).
 */
final class ReadLimits {
  static final long MAX_FILE_BYTES = 50L << 20;
  static final int MAX_SHEETS = 200;
  /** Cells of all sheets together (xlsx): a sheet-by-sheet bound let 15 full sheets exhaust the heap. */
  static final int MAX_CELLS = 200_000;
  /** Cells of an .xls, counted before POI builds its usermodel. */
  static final int MAX_XLS_CELLS = 100_000;
  /** Excel itself holds at most 32,767 characters in a cell. */
  static final int MAX_CELL_CHARS = 100_000;
  /** Characters of all texts together (shared strings and cells). */
  static final long MAX_TEXT_CHARS = 10_000_000;
  static final int MAX_SHARED_STRINGS = MAX_CELLS;
  static final ZipLimits ZIP = ZipLimits.RETURNS;

  private ReadLimits() {}
}

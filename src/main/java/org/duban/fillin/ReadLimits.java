package org.duban.fillin;

import org.duban.xlsx.ZipLimits;

/** How much of a return the reader accepts before calling it hostile or not a fill-in form. */
final class ReadLimits {
  static final long MAX_FILE_BYTES = 50L << 20;
  static final int MAX_SHEETS = 200;
  static final int MAX_CELLS_PER_SHEET = 500_000;
  static final int MAX_SHARED_STRINGS = 1_000_000;
  static final ZipLimits ZIP = ZipLimits.RETURNS;

  private ReadLimits() {}
}

package org.duban.fillin;

/**
 * What one file may still cost while it is read: cells and characters counted over all its
 * parts, so no arrangement of sheets and strings under the per-part limits can fill the heap.
 */
final class ReadBudget {
  private final int maxCells;
  private int cells;
  private long chars;

  ReadBudget(int maxCells) {
    this.maxCells = maxCells;
  }

  /** Counts one more cell of {@code sheet}. */
  void cell(String sheet) throws Unreadable {
    if (++cells > maxCells) {
      throw Unreadable.tooManyCells(sheet, maxCells);
    }
  }

  /** Counts text as it grows; {@code sofar} is the length of the text being built. */
  void text(int added, int sofar) throws Unreadable {
    chars += added;
    if (sofar > ReadLimits.MAX_CELL_CHARS) {
      throw Unreadable.tooMuchText("一个单元格的文字超过 " + ReadLimits.MAX_CELL_CHARS + " 字");
    }
    if (chars > ReadLimits.MAX_TEXT_CHARS) {
      throw Unreadable.tooMuchText("文字合计超过 " + ReadLimits.MAX_TEXT_CHARS / 10_000 + " 万字");
    }
  }
}

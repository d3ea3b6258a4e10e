package org.duban.fillin;

import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.duban.model.RawCell;

/**
 * The cells of one sheet as read, whatever the file format: 0-based row -> column -> cell.
 * Only the cells present in the file are held; a sheet claiming a huge dimension costs nothing.
 */
final class SheetData {
  /** Sheet state as workbook.xml names it: visible, hidden, veryHidden. */
  enum State {
    VISIBLE,
    HIDDEN,
    VERY_HIDDEN;

    static State parse(String s) {
      if ("hidden".equals(s)) {
        return HIDDEN;
      }
      return "veryHidden".equals(s) ? VERY_HIDDEN : VISIBLE;
    }
  }

  final String name;
  final State state;
  private final TreeMap<Integer, TreeMap<Integer, RawCell>> rows = new TreeMap<>();
  private int cells;
  private int lastRow = -1;

  SheetData(String name, State state) {
    this.name = name;
    this.state = state;
  }

  void put(int row, int col, RawCell cell) {
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
    cells++;
    lastRow = Math.max(lastRow, row);
  }

  int cellCount() {
    return cells;
  }

  int lastRow() {
    return lastRow;
  }

  /**
   * The 0-based numbers of the rows the file has, from {@code first} on, in order: loops go over
   * these, never up to {@link #lastRow()}, since one cell in row 1,048,576 would cost a million.
   */
  NavigableSet<Integer> rowsFrom(int first) {
    return rows.navigableKeySet().tailSet(first, true);
  }

  /** The cell at 0-based row and column, or null when the file has none there. */
  RawCell get(int row, int col) {
    TreeMap<Integer, RawCell> r = rows.get(row);
    return r == null ? null : r.get(col);
  }

  /** The row's cells by column, empty when absent. */
  Map<Integer, RawCell> row(int row) {
    TreeMap<Integer, RawCell> r = rows.get(row);
    return r == null ? Map.of() : r;
  }

  /** The shown text of a cell, stripped; empty when absent. */
  String text(int row, int col) {
    RawCell c = get(row, col);
    return c == null ? "" : c.text().strip();
  }
}

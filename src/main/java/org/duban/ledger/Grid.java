package org.duban.ledger;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's cells as they read on screen: a cell inside a merged range shows the text of the
 * range's top-left cell, so a section name merged down over ten rows belongs to each of them.
 */
final class Grid {
  private final Sheet sheet;

  /** row * 16384 + col of every merged cell -> top-left of its range. */
  private final Map<Long, long[]> mergedTopLeft = new HashMap<>();

  Grid(Sheet sheet) {
    this.sheet = sheet;
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
        for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
          if (row != r.getFirstRow() || col != r.getFirstColumn()) {
            mergedTopLeft.put(key(row, col), new long[] {r.getFirstRow(), r.getFirstColumn()});
          }
        }
      }
    }
  }

  String text(int row, int col) {
    long[] top = mergedTopLeft.get(key(row, col));
    if (top != null) {
      row = (int) top[0];
      col = (int) top[1];
    }
    Row r = sheet.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    return Cells.text(c);
  }

  /** True when the cell is merged with others across a row (a heading spanning the table). */
  boolean spansRow(int row, int firstCol, int lastCol) {
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      if (r.isInRange(row, firstCol) && r.getLastColumn() >= lastCol) {
        return true;
      }
    }
    return false;
  }

  int lastRow() {
    return sheet.getLastRowNum();
  }

  int lastCol(int row) {
    Row r = sheet.getRow(row);
    return r == null ? -1 : r.getLastCellNum() - 1;
  }

  private static long key(int row, int col) {
    return (long) row * 16384 + col;
  }
}

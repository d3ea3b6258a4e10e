package org.duban.ledger;

import java.util.List;
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
  /**
   * Merged ranges, searched per cell: a map of every merged cell would blow up on a column
   * merged down a million rows, and real tables have few ranges.
   */
  private final List<CellRangeAddress> merged;

  Grid(Sheet sheet) {
    this.sheet = sheet;
    this.merged = List.copyOf(sheet.getMergedRegions());
  }

  String text(int row, int col) {
    for (CellRangeAddress r : merged) {
      if (r.isInRange(row, col)) {
        row = r.getFirstRow();
        col = r.getFirstColumn();
        break;
      }
    }
    Row r = sheet.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    return Cells.text(c);
  }

  /** True when the cell is merged with others across a row (a heading spanning the table). */
  boolean spansRow(int row, int firstCol, int lastCol) {
    for (CellRangeAddress r : merged) {
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
}

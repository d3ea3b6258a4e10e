package org.duban.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: open a written workbook, read a cell by A1 address, edit as a clerk would. */
final class Xlsx {
  interface Edit {
    void apply(XSSFWorkbook wb) throws Exception;
  }

  private Xlsx() {}

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  static void edit(Path file, Edit edit) throws Exception {
    try (XSSFWorkbook wb = open(file)) {
      edit.apply(wb);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
  }

  static Cell cell(Sheet sheet, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = sheet.getRow(ref.getRow());
    if (row == null) {
      row = sheet.createRow(ref.getRow());
    }
    Cell c = row.getCell(ref.getCol());
    return c != null ? c : row.createCell(ref.getCol());
  }

  /** The cell emptied of value and style, as when a clerk pastes a plain number into it. */
  static Cell plainCell(Sheet sheet, String a1) {
    Cell old = cell(sheet, a1);
    Row row = old.getRow();
    int col = old.getColumnIndex();
    row.removeCell(old);
    return row.createCell(col);
  }

  static String text(Sheet sheet, String a1) {
    return Cells.text(cell(sheet, a1));
  }

  /** The column letter of the header in row 1, failing the test when it is missing. */
  static String column(Sheet sheet, String header) {
    Row row = sheet.getRow(0);
    for (Cell c : row) {
      if (Cells.text(c).equals(header)) {
        return CellReference.convertNumToColString(c.getColumnIndex());
      }
    }
    throw new AssertionError("no header " + header + " in " + sheet.getSheetName());
  }
}

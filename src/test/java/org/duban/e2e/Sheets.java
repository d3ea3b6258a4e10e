package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads output workbooks by meaning: a row by its key column, a cell by its header. */
final class Sheets {
  private Sheets() {}

  static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** The cell in the row whose {@code keyHeader} column equals {@code key}, under {@code header}. */
  static Cell cell(Workbook wb, String sheet, String keyHeader, String key, String header) {
    Sheet s = wb.getSheet(sheet);
    if (s == null) {
      fail("no sheet " + sheet);
    }
    for (int h = 0; h <= 6; h++) {
      Row hr = s.getRow(h);
      int keyCol = column(hr, keyHeader);
      int col = column(hr, header);
      if (keyCol < 0 || col < 0) {
        continue;
      }
      for (int r = h + 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row != null && text(row.getCell(keyCol)).equals(key)) {
          Cell c = row.getCell(col);
          if (c == null) {
            fail(sheet + " row " + (r + 1) + " (" + key + ") has no " + header + " cell");
          }
          return c;
        }
      }
      fail(sheet + " has no row with " + keyHeader + " = " + key);
    }
    fail(sheet + " has no header row with " + keyHeader + " and " + header);
    return null;
  }

  static String text(Cell c) {
    return c == null ? "" : new DataFormatter().formatCellValue(c).strip();
  }

  private static int column(Row r, String header) {
    if (r == null) {
      return -1;
    }
    for (Cell c : r) {
      if (text(c).equals(header)) {
        return c.getColumnIndex();
      }
    }
    return -1;
  }
}

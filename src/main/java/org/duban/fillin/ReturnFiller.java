package org.duban.fillin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/**
 * Fills a generated workbook the way a unit would (for the demo, samples and tests): cells are
 * found through the workbook's own hidden row and column map, so this follows any master layout.
 */
public final class ReturnFiller {
  private ReturnFiller() {}

  /**
   * @param values item id -> field -> value (a Number, or a String typed as the unit would,
   *     e.g. "1200家"); items not in the workbook are ignored
   * @param filer 填报人, 联系电话, 填报日期, 审核人 -> value (String or LocalDate)
   */
  public static void fill(
      Path template, Path out, Map<String, Map<Field, Object>> values, Map<String, Object> filer)
      throws IOException {
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet meta = wb.getSheet(FormFormat.SHEET_META);
      if (meta == null) {
        throw new IOException("not a generated fill-in workbook (no " + FormFormat.SHEET_META + " sheet): " + template);
      }
      Map<String, String[]> itemCells = new HashMap<>(); // item id -> sheet, row
      Map<String, Integer> columns = new HashMap<>(); // sheet|FIELD -> column
      Map<String, String[]> filerCells = new HashMap<>();
      for (Row r : meta) {
        String key = text(r, 0);
        if (key.equals(FormFormat.KEY_ITEM)) {
          itemCells.put(text(r, 3), new String[] {text(r, 1), text(r, 2)});
        } else if (key.equals(FormFormat.KEY_COLUMN)) {
          columns.put(text(r, 1) + "|" + text(r, 2), CellReference.convertColStringToIndex(text(r, 3)));
        } else if (key.equals(FormFormat.KEY_FILER)) {
          filerCells.put(text(r, 1), new String[] {text(r, 2), text(r, 3)});
        }
      }
      for (Map.Entry<String, Map<Field, Object>> item : values.entrySet()) {
        String[] at = itemCells.get(item.getKey());
        if (at == null) {
          continue;
        }
        Sheet sh = wb.getSheet(at[0]);
        int row = Integer.parseInt(at[1]) - 1;
        for (Map.Entry<Field, Object> v : item.getValue().entrySet()) {
          Integer col = columns.get(at[0] + "|" + v.getKey().name());
          if (col != null) {
            set(cell(sh, row, col), v.getValue());
          }
        }
      }
      for (Map.Entry<String, Object> f : filer.entrySet()) {
        String[] at = filerCells.get(f.getKey());
        if (at != null) {
          CellReference ref = new CellReference(at[1]);
          set(cell(wb.getSheet(at[0]), ref.getRow(), ref.getCol()), f.getValue());
        }
      }
      AtomicFiles.write(out, o -> StableZip.write(wb::write, o));
    }
  }

  private static Cell cell(Sheet sh, int row, int col) {
    Row r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }

  private static void set(Cell c, Object v) {
    if (v == null) {
      c.setBlank();
    } else if (v instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else if (v instanceof LocalDate d) {
      c.setCellValue(d);
    } else {
      // Blank first: on a prefilled inline-string cell POI would otherwise keep the old <is>
      // text beside the new <v>, and the cell would hold two values.
      c.setBlank();
      c.setCellValue(v.toString());
    }
  }

  private static String text(Row r, int col) {
    Cell c = r.getCell(col);
    return c == null ? "" : c.toString().strip();
  }
}

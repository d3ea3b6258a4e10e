package org.duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.duban.model.Location;
import org.duban.model.Problem;

/**
 * One ledger sheet read as a table whose columns are found by header text, in any order, with the
 * columns the clerk added kept by their header. Every finding names sheet, row and column.
 */
final class SheetTable {
  /** How far down a title row or two may push the header row. */
  private static final int HEADER_SEARCH_ROWS = 10;

  private final String file;
  private final Sheet sheet;
  private final int headerRow;

  /** normalized header -> column index, standard or not. */
  private final Map<String, Integer> columns = new LinkedHashMap<>();

  /** Columns whose header is not a standard one: header as written -> column index. */
  private final Map<String, Integer> extras = new LinkedHashMap<>();

  private SheetTable(String file, Sheet sheet, int headerRow, List<String> standard) {
    this.file = file;
    this.sheet = sheet;
    this.headerRow = headerRow;
    Row row = sheet.getRow(headerRow);
    if (row == null) {
      return;
    }
    List<String> normalizedStandard = standard.stream().map(Headers::normalize).toList();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      String header = Cells.text(row.getCell(c));
      String key = Headers.normalize(header);
      if (key.isEmpty() || columns.containsKey(key)) {
        continue; // the first of two equal headers wins; the second is reported by the reader
      }
      columns.put(key, c);
      if (!normalizedStandard.contains(key)) {
        extras.put(header.strip(), c);
      }
    }
  }

  /**
   * The table of the sheet whose header row is the first row (of the top ten) holding {@code
   * keyHeader}; row 1 when none holds it (the missing header is then reported).
   */
  static SheetTable of(String file, Sheet sheet, String keyHeader, List<String> standard) {
    String key = Headers.normalize(keyHeader);
    int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell cell : row) {
        if (Headers.normalize(Cells.text(cell)).equals(key)) {
          return new SheetTable(file, sheet, r, standard);
        }
      }
    }
    return new SheetTable(file, sheet, 0, standard);
  }

  String sheetName() {
    return sheet.getSheetName();
  }

  boolean has(String header) {
    return columns.containsKey(Headers.normalize(header));
  }

  /** A problem for each required header the sheet lacks. */
  List<Problem> missing(List<String> required) {
    List<Problem> out = new ArrayList<>();
    for (String h : required) {
      if (!has(h)) {
        out.add(
            Problem.error(
                Location.ofCell(file, sheetName(), "A" + (headerRow + 1)),
                "工作表“" + sheetName() + "”第" + (headerRow + 1) + "行（表头行）缺少“" + h + "”列",
                "请在表头行补上名为“" + h + "”的列（表头文字须与模板一致，列的顺序可以调整）"));
      }
    }
    return out;
  }

  /** Data rows below the header, skipping rows with nothing in them. */
  List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && !blank(row)) {
        out.add(row);
      }
    }
    return out;
  }

  Optional<Cell> cell(Row row, String header) {
    Integer c = columns.get(Headers.normalize(header));
    return c == null ? Optional.empty() : Optional.ofNullable(row.getCell(c));
  }

  String text(Row row, String header) {
    return cell(row, header).map(Cells::text).orElse("");
  }

  /** Header as written -> text, for the columns the clerk added; blank values left out. */
  Map<String, String> extras(Row row) {
    Map<String, String> out = new LinkedHashMap<>();
    extras.forEach(
        (header, c) -> {
          String v = Cells.text(row.getCell(c));
          if (!v.isEmpty()) {
            out.put(header, v);
          }
        });
    return out;
  }

  /** The cell's place, also when the cell itself does not exist. */
  Location where(Row row, String header) {
    Integer c = columns.get(Headers.normalize(header));
    String ref = new CellReference(row.getRowNum(), c == null ? 0 : c).formatAsString(false);
    return Location.ofCell(file, sheetName(), ref);
  }

  /** An error about one cell: {@code 工作表“重点任务”第5行“完成时限”列：…}. */
  Problem error(Row row, String header, String what, String fix, String value) {
    return Problem.error(
            where(row, header),
            "工作表“" + sheetName() + "”第" + (row.getRowNum() + 1) + "行“" + header + "”列：" + what,
            fix)
        .withValue(value == null ? "" : value);
  }

  private static boolean blank(Row row) {
    for (Cell c : row) {
      if (!Cells.text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}

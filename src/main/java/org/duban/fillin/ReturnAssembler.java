package org.duban.fillin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Field;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.ReturnIdentity;
import org.duban.xlsx.CellRef;

/**
 * Turns the cells of a workbook into a {@link RawReturn}: identity from the hidden sheet (else
 * the document properties), rows by the hidden row map (else by header matching), filer fields
 * by the recorded cells (else by their label cells).
 */
final class ReturnAssembler {
  private static final int HEADER_SCAN_ROWS = 30;
  /** Longer texts above a header are instructions, not a title naming the unit. */
  private static final int MAX_TITLE = 80;

  private final WorkbookData wb;
  private final String fileName;
  private final List<Problem> notes = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();

  ReturnAssembler(WorkbookData wb, String fileName) {
    this.wb = wb;
    this.fileName = fileName;
  }

  RawReturn assemble() {
    notes.addAll(wb.notes);
    SheetData metaSheet = wb.sheet(FormFormat.SHEET_META);
    FormMetaReader meta = metaSheet == null ? new FormMetaReader() : FormMetaReader.of(metaSheet);
    ReturnIdentity identity = FormMetaReader.identity(meta.keys, "");
    ReturnIdentity fromProps = FormMetaReader.identity(wb.customProperties, FormFormat.PROP_PREFIX);
    Location file = Location.ofFile(fileName);
    // A very-hidden sheet comes back merely hidden from every save in WPS or LibreOffice: that is
    // the normal case for most units, so it is not worth a line in anyone's report.
    if (metaSheet != null && metaSheet.state == SheetData.State.VISIBLE) {
      notes.add(Problem.warning(file, "标识工作表“" + FormFormat.SHEET_META + "”被设为可见",
          "请勿修改该工作表的内容，可将其隐藏"));
    }
    if (identity != null && fromProps != null && !identity.equals(fromProps)) {
      // Sheets pasted from another unit's workbook, or an edited hidden sheet: the sheet wins.
      notes.add(Problem.warning(file, "文档属性与标识工作表不一致（属性为 " + fromProps.unit() + " " + fromProps.round()
          + "，工作表为 " + identity.unit() + " " + identity.round() + "），已按标识工作表识别",
          "请确认是否用了其他单位或其他轮次的填报表"));
    }
    if (identity == null && fromProps != null) {
      identity = fromProps;
      notes.add(Problem.note(file, "标识工作表缺失，已根据文档属性识别填报表"));
    }
    List<RawRow> rows = new ArrayList<>();
    for (SheetData sheet : wb.sheets) {
      if (sheet.name.equals(FormFormat.SHEET_META)) {
        continue;
      }
      Map<Integer, String> items = meta.items.get(sheet.name);
      rows.addAll(rows(sheet, items, meta.columns.get(sheet.name)));
    }
    List<String> names = wb.sheets.stream().map(s -> s.name).toList();
    return new RawReturn(fileName, identity, filer(meta), rows, names, wb.macroEnabled, notes, titles);
  }

  private List<RawRow> rows(SheetData sheet, Map<Integer, String> items, Map<Field, Integer> metaColumns) {
    Headers h = Headers.find(sheet, HEADER_SCAN_ROWS);
    if (h == null && items == null) {
      return List.of();
    }
    if (h != null && sheet.state == SheetData.State.VISIBLE) {
      for (int r = 0; r < h.row; r++) {
        for (RawCell c : sheet.row(r).values()) {
          String t = c.text().strip();
          if (!t.isEmpty() && t.length() <= MAX_TITLE) {
            titles.add(t);
          }
        }
      }
    }
    Map<Field, Integer> cols = new EnumMap<>(Field.class);
    if (h != null) {
      cols.putAll(h.fields);
    }
    if (metaColumns != null) {
      cols.putAll(metaColumns);
    }
    List<RawRow> out = new ArrayList<>();
    if (items != null) {
      Map<String, Integer> shownRows = shownRows(sheet, h);
      java.util.Set<String> known = new java.util.HashSet<>(items.values());
      for (Map.Entry<Integer, String> e : items.entrySet()) {
        int r = e.getKey();
        String itemId = e.getValue();
        String shown = h != null && h.idCol >= 0 ? sheet.text(r, h.idCol) : "";
        if (!shownRows.containsKey(itemId) && !shown.equals(itemId) && known.contains(shown)) {
          // Its row now shows another item's number and it is nowhere else: the row was deleted.
          // Reading this row for it would count the other item twice; collect reports it missing.
          notes.add(Problem.warning(Location.ofCell(fileName, sheet.name, CellRef.a1(r, h.idCol)),
              "找不到编号为“" + itemId + "”的行（可能已被删除）", "请使用本办下发的原表重新填报该项"));
          continue;
        }
        out.add(row(sheet, r, itemId, h, cols, shownRows.get(itemId)));
      }
      return out;
    }
    for (int r : sheet.rowsFrom(h.row + 1)) {
      String id = h.idCol >= 0 ? sheet.text(r, h.idCol) : "";
      RawRow row = row(sheet, r, id, h, cols);
      if (id.isEmpty() && row.shownText().isEmpty() && row.inputs().values().stream().allMatch(RawCell::isBlank)) {
        continue;
      }
      out.add(row);
    }
    return out;
  }

  /**
   * The row of a metadata item, trusting the visible 编号 when the two disagree: a unit who
   * unprotected the sheet (LibreOffice, WPS) may have inserted or sorted rows.
   */
  private RawRow row(SheetData sheet, int r, String itemId, Headers h, Map<Field, Integer> cols, Integer shownAt) {
    String shown = h != null && h.idCol >= 0 ? sheet.text(r, h.idCol) : "";
    if (shown.equals(itemId) || shownAt == null && shown.isEmpty()) {
      return row(sheet, r, itemId, h, cols);
    }
    if (shownAt != null) {
      notes.add(Problem.warning(Location.ofCell(fileName, sheet.name, CellRef.a1(shownAt, h.idCol)),
          "编号为“" + itemId + "”的行已从第 " + (r + 1) + " 行移到第 " + (shownAt + 1) + " 行，已按编号读取",
          "请勿插入、删除或排序行；请核对该行内容"));
      return row(sheet, shownAt, itemId, h, cols);
    }
    notes.add(Problem.warning(Location.ofCell(fileName, sheet.name, CellRef.a1(r, h.idCol)),
        "第 " + (r + 1) + " 行的编号“" + shown + "”与表内标识“" + itemId + "”不一致",
        "请勿修改编号、移动或排序行"));
    return row(sheet, r, itemId, h, cols);
  }

  /** Visible 编号 -> first 0-based row showing it, below the header. */
  private static Map<String, Integer> shownRows(SheetData sheet, Headers h) {
    Map<String, Integer> out = new java.util.HashMap<>();
    if (h == null || h.idCol < 0) {
      return out;
    }
    for (int r : sheet.rowsFrom(h.row + 1)) {
      String id = sheet.text(r, h.idCol);
      if (!id.isEmpty()) {
        out.putIfAbsent(id, r);
      }
    }
    return out;
  }

  private static RawRow row(SheetData sheet, int r, String itemId, Headers h, Map<Field, Integer> cols) {
    Map<Field, RawCell> inputs = new EnumMap<>(Field.class);
    for (Map.Entry<Field, Integer> c : cols.entrySet()) {
      RawCell cell = sheet.get(r, c.getValue());
      inputs.put(c.getKey(), cell == null ? RawCell.blank(CellRef.a1(r, c.getValue())) : cell);
    }
    String shownId = h != null && h.idCol >= 0 ? sheet.text(r, h.idCol) : "";
    String shownText = h != null && h.textCol >= 0 ? sheet.text(r, h.textCol) : "";
    return new RawRow(sheet.name, r + 1, itemId, shownId, shownText, inputs);
  }

  private Map<String, RawCell> filer(FormMetaReader meta) {
    Map<String, RawCell> out = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : meta.filer.entrySet()) {
      SheetData s = wb.sheet(e.getValue()[0]);
      if (s == null) {
        continue;
      }
      try {
        CellRef ref = CellRef.parse(e.getValue()[1]);
        out.put(e.getKey(), onSheet(s, s.get(ref.row(), ref.col()), ref.a1()));
      } catch (IllegalArgumentException ex) {
        // a damaged reference: the label scan below still finds the field
      }
    }
    // Labels: the cell right of a cell reading 填报人 (or 填报人：) holds the value.
    for (SheetData s : wb.sheets) {
      if (s.name.equals(FormFormat.SHEET_META) || s.state != SheetData.State.VISIBLE) {
        continue;
      }
      for (int r = 0; r <= Math.min(s.lastRow(), HEADER_SCAN_ROWS * 4); r++) {
        for (Map.Entry<Integer, RawCell> c : s.row(r).entrySet()) {
          String raw = c.getValue().text();
          if (raw.isEmpty() || raw.length() > 12) {
            continue; // labels are short; skip task texts without normalising them
          }
          String label = Headers.norm(raw);
          if (label.endsWith(":") || label.endsWith("：")) {
            label = label.substring(0, label.length() - 1);
          }
          if (FormFormat.FILER_LABELS.contains(label) && !out.containsKey(label)) {
            out.put(label, onSheet(s, s.get(r, c.getKey() + 1), CellRef.a1(r, c.getKey() + 1)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The field's cell with its sheet in the reference ({@code 重点任务!I2}): the fields sit on
   * any sheet, and a finding about one (a date typed as text) must say which.
   */
  private static RawCell onSheet(SheetData s, RawCell c, String a1) {
    String ref = s.name + "!" + a1;
    return c == null ? RawCell.blank(ref)
        : new RawCell(ref, c.type(), c.text(), c.number(), c.formula(), c.dateStyled());
  }
}

package org.duban.fillin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.fillin.StyleVariants.Variant;
import org.duban.model.Field;
import org.duban.xlsx.CellRef;

/**
 * Turns one master sheet into a unit's sheet: replaces the scalar placeholders, repeats the
 * marked row once per item with the master row's styles, locks and unlocks, adds validations.
 */
final class SheetFiller {
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  /** Placeholder names that belong to the repeated row. */
  static final List<String> ROW_NAMES = List.of(
      FormFormat.COL_SEQ, FormFormat.COL_ID, FormFormat.COL_TASK_TEXT, FormFormat.COL_ROLE,
      FormFormat.COL_TARGET, FormFormat.COL_DEADLINE, FormFormat.COL_INDICATOR, FormFormat.COL_TARGET_VALUE,
      FormFormat.COL_LAST_ROUND);

  /** A cell of the repeated master row: what it shows and how it looks. */
  record Slot(int col, String name, Field field, String literal, CellStyle style) {}

  private final XSSFWorkbook wb;
  private final XSSFSheet sheet;
  private final StyleVariants styles;
  private final Validations validations;
  private final FormMeta meta;

  SheetFiller(XSSFWorkbook wb, XSSFSheet sheet, StyleVariants styles, Validations validations, FormMeta meta) {
    this.wb = wb;
    this.sheet = sheet;
    this.styles = styles;
    this.validations = validations;
    this.meta = meta;
  }

  /** Which kind of data sheet the master sheet is, from its row placeholders, or null. */
  static String kindOf(XSSFSheet sh) {
    int rep = repetitionRow(sh);
    if (rep < 0) {
      return null;
    }
    for (Cell c : sh.getRow(rep)) {
      String t = c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
      if (t.contains("${" + FormFormat.COL_TASK_TEXT + "}") || t.contains("${" + FormFormat.COL_ROLE + "}")
          || t.contains("${" + FormFormat.ROW_MARK_PREFIX + FormFormat.SHEET_TASKS + "}")) {
        return FormFormat.SHEET_TASKS;
      }
      if (t.contains("${" + FormFormat.COL_INDICATOR + "}") || t.contains("${" + FormFormat.COL_TARGET_VALUE + "}")
          || t.contains("${" + FormFormat.ROW_MARK_PREFIX + FormFormat.SHEET_INDICATORS + "}")) {
        return FormFormat.SHEET_INDICATORS;
      }
    }
    return null;
  }

  /** 0-based index of the first row holding a row placeholder, or -1. */
  static int repetitionRow(XSSFSheet sh) {
    for (Row r : sh) {
      for (Cell c : r) {
        if (c.getCellType() != CellType.STRING) {
          continue;
        }
        Matcher m = PLACEHOLDER.matcher(c.getStringCellValue());
        while (m.find()) {
          String n = m.group(1);
          if (ROW_NAMES.contains(n) || FormFormat.fieldOfPlaceholder(n) != null
              || n.startsWith(FormFormat.ROW_MARK_PREFIX)) {
            return r.getRowNum();
          }
        }
      }
    }
    return -1;
  }

  /** Replaces scalar placeholders everywhere; filer placeholders become unlocked input cells. */
  void scalars(Map<String, String> values) {
    for (Row r : sheet) {
      for (Cell c : r) {
        if (c.getCellType() != CellType.STRING || !c.getStringCellValue().contains("${")) {
          continue;
        }
        String text = c.getStringCellValue();
        Matcher m = PLACEHOLDER.matcher(text);
        if (m.matches() && FormFormat.FILER_INPUTS.contains(m.group(1))) {
          String label = m.group(1);
          c.setBlank();
          c.setCellStyle(styles.get(c.getCellStyle(), Variant.INPUT));
          meta.filer(label, sheet.getSheetName(), c.getAddress().formatAsString());
          validations.filer(sheet, label, c.getRowIndex(), c.getColumnIndex());
          continue;
        }
        m.reset();
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
          String v = values.get(m.group(1));
          if (v != null) {
            m.appendReplacement(b, Matcher.quoteReplacement(v));
            changed = true;
          }
        }
        if (changed) {
          m.appendTail(b);
          c.setCellValue(b.toString());
        }
      }
    }
  }

  /**
   * Repeats the marked row once per item. Returns the 0-based header row (the row above).
   */
  int rows(List<FormRow> items) {
    int rep = repetitionRow(sheet);
    if (rep < 0) {
      return -1;
    }
    Row master = sheet.getRow(rep);
    List<Slot> slots = slots(master);
    float masterHeight = master.getHeightInPoints();
    int last = sheet.getLastRowNum();
    int n = Math.max(1, items.size());
    if (last > rep && n > 1) {
      sheet.shiftRows(rep + 1, last, n - 1, true, false);
    }
    String name = sheet.getSheetName();
    for (Slot s : slots) {
      if (s.field != null) {
        meta.column(name, s.field.name(), CellRef.columnName(s.col));
      }
    }
    if (items.isEmpty()) {
      for (Slot s : slots) {
        Cell c = master.getCell(s.col);
        c.setBlank();
        c.setCellStyle(styles.get(s.style, Variant.LOCKED));
      }
      master.getCell(slots.get(0).col).setCellValue("（本单位本轮无此项填报内容）");
      if (slots.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(rep, rep, slots.get(0).col, slots.get(slots.size() - 1).col));
      }
      return rep - 1;
    }
    for (int i = 0; i < items.size(); i++) {
      FormRow item = items.get(i);
      Row row = i == 0 ? master : sheet.createRow(rep + i);
      int lines = 1;
      double fontPoints = 11;
      for (Slot s : slots) {
        Cell c = row.getCell(s.col) == null ? row.createCell(s.col) : row.getCell(s.col);
        Object value = fill(c, s, item);
        if (value instanceof String text && s.style.getWrapText()) {
          lines = Math.max(lines, RowHeights.lines(text, sheet.getColumnWidth(s.col) / 256.0));
        }
        fontPoints = Math.max(fontPoints, wb.getFontAt(s.style.getFontIndex()).getFontHeightInPoints());
      }
      row.setHeightInPoints(Math.max(masterHeight, RowHeights.points(lines, fontPoints)));
      meta.item(name, rep + i + 1, item.itemId());
    }
    for (Slot s : slots) {
      if (s.field != null) {
        validations.column(sheet, s.field, rep, rep + items.size() - 1, s.col);
      }
    }
    return rep - 1;
  }

  private Object fill(Cell c, Slot s, FormRow item) {
    if (s.field != null) {
      if (!item.inputs().contains(s.field)) {
        c.setBlank();
        c.setCellStyle(styles.get(s.style, Variant.NOT_APPLICABLE));
        return null;
      }
      Object last = item.lastRound().get(s.field);
      c.setCellStyle(styles.get(s.style, Variant.input(last)));
      return set(c, last);
    }
    c.setCellStyle(styles.get(s.style, Variant.LOCKED));
    if (s.name != null) {
      return set(c, item.shown().get(s.name));
    }
    return set(c, s.literal);
  }

  private static Object set(Cell c, Object v) {
    if (v == null || "".equals(v)) {
      c.setBlank();
    } else if (v instanceof BigDecimal d) {
      c.setCellValue(d.doubleValue());
    } else if (v instanceof Number num) {
      c.setCellValue(num.doubleValue());
    } else {
      c.setCellValue(FormFormat.clip(v.toString()));
    }
    return v;
  }

  static List<Slot> slots(Row master) {
    Map<Integer, Slot> slots = new LinkedHashMap<>();
    for (Cell c : master) {
      String text = c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
      Matcher m = PLACEHOLDER.matcher(text.strip());
      String name = null;
      Field field = null;
      if (m.matches()) {
        String n = m.group(1);
        field = FormFormat.fieldOfPlaceholder(n);
        name = field == null && ROW_NAMES.contains(n) ? n : null;
        if (n.startsWith(FormFormat.ROW_MARK_PREFIX)) {
          text = "";
        }
      }
      slots.put(c.getColumnIndex(), new Slot(c.getColumnIndex(), name, field, name == null && field == null ? text : null, c.getCellStyle()));
    }
    return new ArrayList<>(slots.values());
  }
}

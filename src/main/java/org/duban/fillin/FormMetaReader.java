package org.duban.fillin;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duban.model.Field;
import org.duban.model.ReturnIdentity;
import org.duban.xlsx.CellRef;

/** The hidden sheet read back: identity keys, row -> item id and field -> column per sheet. */
final class FormMetaReader {
  final Map<String, String> keys = new HashMap<>();
  /** sheet -> 0-based row -> item id. */
  final Map<String, Map<Integer, String>> items = new LinkedHashMap<>();
  /** sheet -> field -> 0-based column. */
  final Map<String, Map<Field, Integer>> columns = new HashMap<>();
  /** filer label -> (sheet, A1). */
  final Map<String, String[]> filer = new LinkedHashMap<>();

  static FormMetaReader of(SheetData sheet) {
    FormMetaReader m = new FormMetaReader();
    for (int r : sheet.rowsFrom(0)) {
      String key = sheet.text(r, 0);
      switch (key) {
        case FormFormat.KEY_ITEM -> {
          int row = intOf(sheet.text(r, 2));
          if (row > 0) {
            m.items.computeIfAbsent(sheet.text(r, 1), s -> new LinkedHashMap<>()).put(row - 1, sheet.text(r, 3));
          }
        }
        case FormFormat.KEY_COLUMN -> {
          try {
            Field f = Field.valueOf(sheet.text(r, 2));
            m.columns.computeIfAbsent(sheet.text(r, 1), s -> new EnumMap<>(Field.class))
                .put(f, CellRef.columnIndex(sheet.text(r, 3)));
          } catch (IllegalArgumentException e) {
            // an unknown field from a newer format: skip it, the headers still work
          }
        }
        case FormFormat.KEY_FILER -> m.filer.put(sheet.text(r, 1), new String[] {sheet.text(r, 2), sheet.text(r, 3)});
        case "" -> { }
        default -> m.keys.put(key, sheet.text(r, 1));
      }
    }
    return m;
  }

  /** Identity from key/value pairs; null when none of them is there. */
  static ReturnIdentity identity(Map<String, String> kv, String prefix) {
    String unit = kv.get(prefix + FormFormat.KEY_UNIT);
    String plan = kv.get(prefix + FormFormat.KEY_PLAN_ID);
    if ((unit == null || unit.isBlank()) && (plan == null || plan.isBlank())) {
      return null;
    }
    return new ReturnIdentity(integral(kv.get(prefix + FormFormat.KEY_FORMAT)), kv.get(prefix + FormFormat.KEY_PLAN_ID),
        kv.get(prefix + FormFormat.KEY_FINGERPRINT), integral(kv.get(prefix + FormFormat.KEY_ROUND)),
        kv.get(prefix + FormFormat.KEY_UNIT));
  }

  /** "1.0" -> "1": office suites turn integer-looking values into decimals on a save. */
  static String integral(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.matches("\\d+\\.0+") ? t.substring(0, t.indexOf('.')) : t;
  }

  private static int intOf(String s) {
    try {
      return (int) Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

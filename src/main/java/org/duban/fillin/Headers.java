package org.duban.fillin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Field;
import org.duban.model.RawCell;

/** A data sheet's header row, found by its texts: input fields, 编号 and the item's text column. */
final class Headers {
  private static final List<String> TEXT_HEADERS = List.of(FormFormat.COL_TASK_TEXT, FormFormat.COL_INDICATOR, "任务名称");

  final int row;
  final Map<Field, Integer> fields = new EnumMap<>(Field.class);
  int idCol = -1;
  int textCol = -1;

  private Headers(int row) {
    this.row = row;
  }

  /** The first row within {@code scan} rows with 编号 or at least two input headers; else null. */
  static Headers find(SheetData sheet, int scan) {
    for (int r = 0; r <= Math.min(sheet.lastRow(), scan); r++) {
      Headers h = new Headers(r);
      for (Map.Entry<Integer, RawCell> c : sheet.row(r).entrySet()) {
        String t = norm(c.getValue().text());
        for (Field f : Field.values()) {
          if (t.equals(norm(f.header())) || t.equals(FormFormat.placeholder(f))) {
            h.fields.putIfAbsent(f, c.getKey());
          }
        }
        if (t.equals(FormFormat.COL_ID) && h.idCol < 0) {
          h.idCol = c.getKey();
        }
        if (TEXT_HEADERS.contains(t) && h.textCol < 0) {
          h.textCol = c.getKey();
        }
      }
      if (h.fields.size() >= 2 && (h.idCol >= 0 || h.textCol >= 0)) {
        return h;
      }
    }
    return null;
  }

  /** Header text without spaces, line breaks and full-width brackets: 完成比例（%） = 完成比例(%). */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '（' -> b.append('(');
        case '）' -> b.append(')');
        case '％' -> b.append('%');
        default -> {
          if (!Character.isWhitespace(c) && c != '\u3000') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}

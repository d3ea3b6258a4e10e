package org.duban.fillin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Field;
import org.duban.model.RawCell;

/** A data sheet's header row, found by its texts: input fields, 编号 and the item's text column. */
final class Headers {
  private static final List<String> TEXT_HEADERS = List.of(FormFormat.COL_TASK_TEXT, FormFormat.COL_INDICATOR, "任务名称",
      "工作任务", "重点任务", "主要任务", "具体任务", "任务");
  private static final List<String> ID_HEADERS = List.of(FormFormat.COL_ID, "任务编号", "指标编号");

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
        String raw = c.getValue().text();
        if (raw.length() > 2 * LONGEST_HEADER) {
          continue; // a title or a task text, never a header (norm drops at most the spaces)
        }
        String t = norm(raw);
        Field f = field(t);
        if (f != null) {
          h.fields.putIfAbsent(f, c.getKey());
        }
        if (ID_HEADERS.contains(t) && h.idCol < 0) {
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

  /**
   * What units write over an input column when they retype the form, bracketed remarks left
   * out (累计完成值（万元）, 完成状态（下拉选择）): each field's own header first.
   */
  private static final Map<Field, List<String>> SYNONYMS = synonyms();

  private static Map<Field, List<String>> synonyms() {
    Map<Field, List<String>> m = new EnumMap<>(Field.class);
    m.put(Field.ACTUAL, List.of("累计完成", "累计完成数", "实际完成值", "完成值", "累计完成情况"));
    m.put(Field.STATUS, List.of("进展状态", "推进状态"));
    m.put(Field.PERCENT, List.of("完成进度", "完成百分比"));
    m.put(Field.GROWTH, List.of("同比增幅", "同比增速", "增长率", "同比增长率"));
    m.put(Field.PROGRESS, List.of("进展情况", "工作进展情况", "推进情况", "工作推进情况"));
    m.put(Field.ISSUES, List.of("存在的问题", "存在困难和问题", "存在的困难和问题", "困难和问题"));
    m.put(Field.NEXT_STEPS, List.of("下一步打算", "下步工作打算", "下一步工作打算", "下一步工作计划", "下步计划"));
    return m;
  }

  private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^()]*\\)");

  /** Each field's own header, normalised, and without its bracketed remark: computed once. */
  private static final Map<Field, String> OWN = new EnumMap<>(Field.class);
  private static final Map<Field, String> OWN_BARE = new EnumMap<>(Field.class);

  static {
    for (Field f : Field.values()) {
      OWN.put(f, norm(f.header()));
      OWN_BARE.put(f, unbracketed(norm(f.header())));
    }
  }

  /**
   * No header is this long: a longer cell (a title, a task text) is not looked at further. The
   * longest forms seen, 累计完成值（计量单位：万元，请填写阿拉伯数字）, are about 25 characters.
   */
  private static final int LONGEST_HEADER = 60;

  /** The input field a (normalised) header names, or null. */
  static Field field(String header) {
    if (header.isEmpty() || header.length() > LONGEST_HEADER) {
      return null;
    }
    for (Field f : Field.values()) {
      if (header.equals(OWN.get(f)) || header.equals(FormFormat.placeholder(f))) {
        return f;
      }
    }
    String bare = unbracketed(header);
    if (bare.isEmpty()) {
      return null;
    }
    for (Field f : Field.values()) {
      if (bare.equals(OWN_BARE.get(f)) || SYNONYMS.getOrDefault(f, List.of()).contains(bare)) {
        return f;
      }
    }
    return null;
  }

  /** 累计完成值(万元) -> 累计完成值: a remark in brackets does not change the column. */
  private static String unbracketed(String header) {
    return header.indexOf('(') < 0 ? header : BRACKETED.matcher(header).replaceAll("");
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

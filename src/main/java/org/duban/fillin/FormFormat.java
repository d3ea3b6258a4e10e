package org.duban.fillin;

import java.util.List;
import org.duban.model.Field;

/**
 * The constants of the fill-in workbook format, shared by the writer and the reader: change one
 * here and both sides follow. See {@code package-info.java} for the layout they describe.
 */
final class FormFormat {
  /** Raised when the hidden metadata changes incompatibly. */
  static final String VERSION = "1";

  static final String SHEET_GUIDE = "填报说明";
  static final String SHEET_TASKS = "重点任务";
  static final String SHEET_INDICATORS = "指标";
  /** Very hidden; LibreOffice and WPS bring it back merely hidden after a save. */
  static final String SHEET_META = "_duban";

  // Key/value rows of the hidden sheet (column A key, column B value, always text).
  static final String KEY_FORMAT = "format";
  static final String KEY_PLAN_ID = "planId";
  static final String KEY_FINGERPRINT = "fingerprint";
  static final String KEY_ROUND = "round";
  static final String KEY_UNIT = "unit";
  /** {@code item | sheet | row (1-based, as text) | item id}. */
  static final String KEY_ITEM = "item";
  /** {@code column | sheet | field name | column letters}. */
  static final String KEY_COLUMN = "column";
  /** {@code filer | label | sheet | A1 of the input cell}. */
  static final String KEY_FILER = "filer";

  /** Document custom properties carry the identity too, every value as text. */
  static final String PROP_PREFIX = "duban.";

  // Filer fields, by the label a unit sees next to the input cell.
  static final String FILER_UNIT = "填报单位";
  static final String FILER_NAME = "填报人";
  static final String FILER_PHONE = "联系电话";
  static final String FILER_DATE = "填报日期";
  static final String FILER_REVIEWER = "审核人";
  static final List<String> FILER_LABELS =
      List.of(FILER_UNIT, FILER_NAME, FILER_PHONE, FILER_DATE, FILER_REVIEWER);
  /** Labels whose cell the unit fills in (填报单位 is written by us). */
  static final List<String> FILER_INPUTS = List.of(FILER_NAME, FILER_PHONE, FILER_DATE, FILER_REVIEWER);

  // Visible non-input columns, by header.
  static final String COL_SEQ = "序号";
  static final String COL_ID = "编号";
  static final String COL_TASK_TEXT = "任务内容";
  static final String COL_ROLE = "责任类型";
  static final String COL_TARGET = "量化目标";
  static final String COL_DEADLINE = "完成时限";
  static final String COL_INDICATOR = "指标名称";
  static final String COL_TARGET_VALUE = "目标值";
  static final String COL_LAST_ROUND = "上期填报";

  /** Placeholder of the repetition row that marks it; the row may hold field placeholders too. */
  static final String ROW_MARK_PREFIX = "行:";

  /** Password of the sheet protection: keeps structure, not a secret (it is open source). */
  static final String SHEET_PASSWORD = "duban";

  static final List<String> STATUS_CHOICES = List.of("已完成", "序时推进", "滞后", "未启动");

  /** Excel refuses (and offers to "repair") a cell holding more characters than this. */
  static final int MAX_CELL_TEXT = 32767;

  private FormFormat() {}

  /** Text cut to what a cell can hold, marked so the cut is visible. */
  static String clip(String s) {
    String mark = "……（超长，已截断）";
    return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - mark.length()) + mark;
  }

  /** The placeholder name of an input field: {@code 累计完成值}, {@code 完成比例}, ... */
  static String placeholder(Field f) {
    return switch (f) {
      case PERCENT -> "完成比例";
      case GROWTH -> "同比增长";
      default -> f.header();
    };
  }

  /** The field a placeholder name stands for, or null. */
  static Field fieldOfPlaceholder(String name) {
    for (Field f : Field.values()) {
      if (placeholder(f).equals(name) || f.header().equals(name)) {
        return f;
      }
    }
    return null;
  }
}

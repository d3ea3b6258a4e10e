package org.duban.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a return's 重点任务 or 指标 sheet, before validation.
 *
 * @param sheet sheet name as found
 * @param row 1-based row number
 * @param itemId the task or indicator id the form put on this row (from the hidden metadata, or
 *     from the visible 编号 column when the metadata is gone); empty when neither says
 * @param shownId the visible 编号 cell's text, as the unit left it
 * @param shownText the visible 任务内容/指标名称 cell's text, for matching rows a unit reordered
 * @param inputs the input cells by field; absent fields were not on the sheet
 */
public record RawRow(
    String sheet, int row, String itemId, String shownId, String shownText, Map<Field, RawCell> inputs) {
  public RawRow {
    sheet = sheet == null ? "" : sheet;
    itemId = itemId == null ? "" : itemId;
    shownId = shownId == null ? "" : shownId;
    shownText = shownText == null ? "" : shownText;
    EnumMap<Field, RawCell> copy = new EnumMap<>(Field.class);
    if (inputs != null) {
      copy.putAll(inputs);
    }
    inputs = Collections.unmodifiableMap(copy);
  }

  public RawCell input(Field f) {
    return inputs.get(f);
  }
}

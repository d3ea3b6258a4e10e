package org.duban.model;

import java.math.BigDecimal;

/**
 * One accepted value of a return, after validation and conversion, with where it came from.
 *
 * @param itemId task id, goal id, or breakdown item id ({@code 指标3@临湘高新区})
 * @param field which input column
 * @param text the value as text: the status label, the progress text, or the number as typed
 * @param number the number for numeric fields (converted: "1,200" -> 1200), else null
 * @param where file, sheet and cell
 */
public record ReportedValue(String itemId, Field field, String text, BigDecimal number, Location where) {
  public ReportedValue {
    if (itemId == null || itemId.isBlank()) {
      throw new IllegalArgumentException("a reported value needs its item id at " + where);
    }
    if (field == null) {
      throw new IllegalArgumentException("a reported value needs its field at " + where);
    }
    text = text == null ? "" : text;
    where = where == null ? Location.NONE : where;
  }
}

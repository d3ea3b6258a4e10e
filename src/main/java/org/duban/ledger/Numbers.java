package org.duban.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.duban.model.Problem;

/** Number cells of the ledger, with the finding when a cell does not hold a number. */
final class Numbers {
  private Numbers() {}

  /** The number, or null after adding a finding (blank or not a number). */
  static BigDecimal required(SheetTable t, Row row, String header, List<Problem> problems) {
    BigDecimal v = optional(t, row, header, problems);
    if (v == null && t.text(row, header).isEmpty()) {
      problems.add(t.error(row, header, "没有填写数值", "请填写数字，如 1200（计量单位写在“计量单位”列）", ""));
    }
    return v;
  }

  /** The number, or null when blank; null after adding a finding when not a number. */
  static BigDecimal optional(SheetTable t, Row row, String header, List<Problem> problems) {
    try {
      return t.cell(row, header).flatMap(Cells::decimal).orElse(null);
    } catch (NumberFormatException e) {
      problems.add(
          t.error(row, header, "应为数字", "请只填写数字，如 1200 或 1.8（计量单位写在“计量单位”列）", t.text(row, header)));
      return null;
    }
  }
}

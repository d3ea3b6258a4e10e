package org.duban.ledger;

import static org.duban.ledger.LedgerLayout.BREAKDOWNS;
import static org.duban.ledger.LedgerLayout.BREAKDOWN_HEADERS;
import static org.duban.ledger.LedgerLayout.GOAL_ID;
import static org.duban.ledger.LedgerLayout.GOAL_NAME;
import static org.duban.ledger.LedgerLayout.MEASURE;
import static org.duban.ledger.LedgerLayout.RESPONSIBLE;
import static org.duban.ledger.LedgerLayout.SUB_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Breakdown;
import org.duban.model.Problem;

/** The 指标分解 sheet: one unit's share of one goal indicator a row. */
final class BreakdownSheet {
  private BreakdownSheet() {}

  static void write(Workbook wb, LedgerStyles styles, List<Breakdown> breakdowns) {
    SheetWriter w = new SheetWriter(wb, styles, BREAKDOWNS, BREAKDOWN_HEADERS);
    for (Breakdown b : breakdowns) {
      w.row(SheetWriter.values(b.goalId(), b.goalName(), b.unit(), b.value(), b.measure()));
    }
    w.finish(true);
  }

  static List<Breakdown> read(SheetTable t, List<Problem> problems) {
    List<Problem> missing = t.missing(List.of(GOAL_ID, RESPONSIBLE, SUB_VALUE));
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return List.of();
    }
    List<Breakdown> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row row : t.rows()) {
      int before = problems.size();
      String goalId = t.text(row, GOAL_ID);
      String unit = t.text(row, RESPONSIBLE);
      if (goalId.isEmpty()) {
        problems.add(t.error(row, GOAL_ID, "没有填写指标编号", "请填写“目标指标”表中该指标的编号", ""));
      }
      if (unit.isEmpty()) {
        problems.add(t.error(row, RESPONSIBLE, "没有填写责任单位", "请填写承担这一分解目标的单位（一行一个单位）", ""));
      } else if (!goalId.isEmpty() && !seen.add(goalId + "@" + unit)) {
        problems.add(
            t.error(
                row,
                RESPONSIBLE,
                "指标“" + goalId + "”已为“" + unit + "”分解过一次",
                "请删除重复的行，或合并为一个数值",
                unit));
      }
      BigDecimal value = Numbers.required(t, row, SUB_VALUE, problems);
      if (problems.size() > before) {
        continue;
      }
      out.add(new Breakdown(goalId, t.text(row, GOAL_NAME), unit, value, t.text(row, MEASURE)));
    }
    return out;
  }
}

package org.duban.ledger;

import static org.duban.ledger.LedgerLayout.COMPARISON;
import static org.duban.ledger.LedgerLayout.DEADLINE;
import static org.duban.ledger.LedgerLayout.GOALS;
import static org.duban.ledger.LedgerLayout.GOAL_HEADERS;
import static org.duban.ledger.LedgerLayout.GOAL_NAME;
import static org.duban.ledger.LedgerLayout.ID;
import static org.duban.ledger.LedgerLayout.KIND;
import static org.duban.ledger.LedgerLayout.MEASURE;
import static org.duban.ledger.LedgerLayout.RESPONSIBLE;
import static org.duban.ledger.LedgerLayout.TEXT;
import static org.duban.ledger.LedgerLayout.UPPER;
import static org.duban.ledger.LedgerLayout.VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Goal;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/**
 * The 目标指标 sheet. A goal's target is spread over columns; its subject is the 指标名称 and its deadline
 * the 完成时限 (a blank 完成时限 is no deadline of its own).
 */
final class GoalSheet {
  private GoalSheet() {}

  static void write(Workbook wb, LedgerStyles styles, List<Goal> goals) {
    List<String> extras =
        ExtraColumns.union(goals.stream().map(Goal::extras).toList(), GOAL_HEADERS);
    List<String> headers = new ArrayList<>(GOAL_HEADERS);
    headers.addAll(extras);
    SheetWriter w = new SheetWriter(wb, styles, GOALS, headers);
    for (Goal g : goals) {
      Target t = g.target();
      List<Object> row =
          SheetWriter.values(
              g.id(),
              g.name(),
              t.comparison().symbol(),
              t.value(),
              t.upper(),
              t.measure(),
              t.kind().label(),
              t.deadline().text(),
              UnitLists.join(g.units()),
              g.text());
      extras.forEach(h -> row.add(g.extras().getOrDefault(h, "")));
      w.row(row);
    }
    w.finish(true);
  }

  static List<Goal> read(SheetTable t, LocalDate planEnd, List<Problem> problems) {
    List<Problem> missing = t.missing(List.of(ID, GOAL_NAME, VALUE));
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return List.of();
    }
    List<Goal> goals = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row row : t.rows()) {
      int before = problems.size();
      String id = t.text(row, ID);
      if (id.isEmpty()) {
        problems.add(t.error(row, ID, "没有填写编号", "请填写指标编号，如 指标1；编号在本表内不能重复", ""));
      } else if (!ids.add(id)) {
        problems.add(t.error(row, ID, "编号“" + id + "”与上面的行重复", "请改为本表内唯一的编号", id));
      }
      Comparison cmp = Comparison.AT_LEAST;
      try {
        cmp = Comparison.fromSymbol(t.text(row, COMPARISON));
      } catch (IllegalArgumentException e) {
        problems.add(
            t.error(
                row,
                COMPARISON,
                "应为 ≥ ≤ ≈ = 之一",
                "请从 ≥（不少于）≤（不超过）≈（左右）=（等于）中选一个",
                t.text(row, COMPARISON)));
      }
      TargetKind kind = TargetKind.AMOUNT;
      try {
        kind = TargetKind.fromLabel(t.text(row, KIND));
      } catch (IllegalArgumentException e) {
        problems.add(
            t.error(row, KIND, "应为 数量、区间、约数、增长、占比、下降、达成、每年、累计 之一", "请改为其中之一", t.text(row, KIND)));
      }
      BigDecimal value = Numbers.required(t, row, VALUE, problems);
      BigDecimal upper = Numbers.optional(t, row, UPPER, problems);
      if (problems.size() > before) {
        continue;
      }
      if (upper != null && upper.compareTo(value) < 0) {
        problems.add(t.error(row, UPPER, "目标上限小于目标值", "请改正目标上限，或清空它（不是区间时）", t.text(row, UPPER)));
        continue;
      }
      String deadlineText = t.text(row, DEADLINE);
      Deadline deadline =
          deadlineText.isEmpty() ? Deadline.NONE : Deadline.parse(deadlineText, planEnd);
      String name = t.text(row, GOAL_NAME);
      Target target = new Target(name, kind, cmp, value, upper, t.text(row, MEASURE), deadline, "");
      goals.add(
          new Goal(
              id,
              name,
              target,
              UnitLists.split(t.text(row, RESPONSIBLE)),
              t.text(row, TEXT),
              t.where(row, ID),
              t.extras(row)));
    }
    return goals;
  }
}

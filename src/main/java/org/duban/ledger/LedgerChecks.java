package org.duban.ledger;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Deadline;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.Task;

/**
 * What a plan would lose on its way through plan.xlsx: a target whose one-line notation reads back
 * as something else, or a deadline whose text means another day. Found before writing, so the parse
 * report can say so instead of every later command silently using the changed value.
 */
public final class LedgerChecks {
  private LedgerChecks() {}

  public static List<Problem> roundTrip(Plan plan) {
    List<Problem> out = new ArrayList<>();
    java.time.LocalDate end = plan.info().end();
    for (Task t : plan.tasks()) {
      for (Target target : t.targets()) {
        String line = target.notation();
        Target back;
        try {
          back = TargetLines.parse(line, end);
        } catch (IllegalArgumentException e) {
          out.add(
              Problem.warning(
                      t.source(),
                      "任务“" + t.id() + "”的量化目标写入台账后无法读回",
                      "请在 plan.xlsx 的“重点任务”表中改写这一目标：" + TaskSheet.TARGET_FIX)
                  .withValue(line));
          continue;
        }
        if (!same(target, back)) {
          out.add(
              Problem.warning(
                      t.source(),
                      "任务“" + t.id() + "”的量化目标写入台账后会读成“" + back.notation() + "”",
                      "请在 plan.xlsx 的“重点任务”表中核对这一目标")
                  .withValue(line));
        }
      }
      Deadline d = t.deadline();
      if (!d.text().isEmpty()
          && !java.util.Objects.equals(Deadline.parse(d.text(), end).date(), d.date())) {
        out.add(
            Problem.warning(
                    t.source(),
                    "任务“" + t.id() + "”的完成时限“" + d.text() + "”读回后的日期与解析结果不同",
                    "请在 plan.xlsx 的“重点任务”表中把完成时限写成明确的日期，如 2025年6月底前")
                .withValue(String.valueOf(d.date())));
      }
    }
    for (Task t : plan.tasks()) {
      for (String unit : t.units()) {
        if (UnitLists.split(unit).size() != 1 || !UnitLists.split(unit).get(0).equals(unit)) {
          out.add(
              Problem.warning(
                      t.source(),
                      "任务“"
                          + t.id()
                          + "”的责任单位“"
                          + unit
                          + "”写入台账后会读成“"
                          + UnitLists.join(UnitLists.split(unit))
                          + "”",
                      "请在 plan.xlsx 中核对单位名称（单位之间用“、”分隔）")
                  .withValue(unit));
        }
      }
    }
    for (Goal g : plan.goals()) {
      Deadline d = g.target().deadline();
      if (!d.text().isEmpty()
          && !java.util.Objects.equals(Deadline.parse(d.text(), end).date(), d.date())) {
        out.add(
            Problem.warning(
                    g.source(),
                    "目标指标“" + g.id() + "”的完成时限“" + d.text() + "”读回后的日期与解析结果不同",
                    "请在 plan.xlsx 的“目标指标”表中把完成时限写成明确的日期")
                .withValue(String.valueOf(d.date())));
      }
    }
    return out;
  }

  /** Equal apart from the document words ({@code text}), which the notation does not carry. */
  private static boolean same(Target a, Target b) {
    return a.subject().equals(b.subject())
        && a.kind() == b.kind()
        && (a.kind() == org.duban.model.TargetKind.RANGE || a.comparison() == b.comparison())
        && a.value().compareTo(b.value()) == 0
        && (a.upper() == null
            ? b.upper() == null
            : b.upper() != null && a.upper().compareTo(b.upper()) == 0)
        && a.measure().equals(b.measure())
        && a.deadline().text().equals(b.deadline().text())
        && java.util.Objects.equals(a.deadline().date(), b.deadline().date());
  }
}

package org.duban.completion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.Breakdown;
import org.duban.model.Completion;
import org.duban.model.Goal;
import org.duban.model.Period;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.TargetKind;

/**
 * Completion of a goal indicator: from its lead unit (first 责任单位, else the first that
 * reported), or for a broken-down indicator from the sum of its units' actuals.
 */
final class GoalAssessor {
  private final Plan plan;
  private final Period period;
  private final Round round;
  private final LightRule lights;

  GoalAssessor(Plan plan, Round round, LightRule lights) {
    this.plan = plan;
    this.period = plan.info().period();
    this.round = round;
    this.lights = lights;
  }

  GoalAssessment assess(Goal goal, RoundData data) {
    return assess(goal, IndexedReturn.of(data));
  }

  GoalAssessment assess(Goal goal, java.util.Map<String, IndexedReturn> data) {
    double schedule = Schedule.forTarget(period, goal.target(), goal.target().deadline(), round);
    List<Breakdown> split = plan.breakdownsOfGoal(goal.id());
    if (!split.isEmpty()) {
      return brokenDown(goal, split, data, schedule);
    }
    ItemReport found = ItemReport.EMPTY;
    String by = "";
    for (String unit : goal.units()) {
      ItemReport r = ItemReport.from(data.get(unit), goal.id());
      if (!r.isEmpty()) {
        found = r;
        by = unit;
        break;
      }
    }
    Completion c = found.isEmpty()
        ? new Completion(Double.NaN, goal.units().isEmpty() ? "无责任单位" : "责任单位未报送")
        : TargetCompletion.of(goal.target(), found);
    BigDecimal actual = figure(goal.target().kind(), found);
    Judgement j = lights.judge(c, schedule, found.status(), goal.target().deadline(), round.end());
    return new GoalAssessment(goal, schedule, actual, by, c, j, List.of());
  }

  private GoalAssessment brokenDown(
      Goal goal, List<Breakdown> split, java.util.Map<String, IndexedReturn> data, double schedule) {
    List<GoalAssessment.Part> parts = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int reported = 0;
    for (Breakdown b : split) {
      ItemReport r = ItemReport.from(data.get(b.unit()), b.itemId());
      Completion c = TargetCompletion.of(goal.target(), b.value(), r);
      Judgement j = lights.judge(c, schedule, r.status(), goal.target().deadline(), round.end());
      BigDecimal actual = figure(goal.target().kind(), r);
      parts.add(new GoalAssessment.Part(b.unit(), b.value(), actual, c, j));
      if (actual != null) {
        sum = sum.add(actual);
        reported++;
      }
    }
    Completion c;
    BigDecimal total = null;
    if (reported == 0) {
      c = new Completion(Double.NaN, "分解单位均未报送");
    } else if (isAdditive(goal.target().kind())) {
      total = sum;
      c = TargetCompletion.of(goal.target(), ItemReport.of(sum, null, null, null));
      c = new Completion(c.ratio(), split.size() + "个分解单位中" + reported + "个报送，合计÷目标值");
    } else {
      // Rates do not add up: a share or growth rate of the whole is not the sum of the parts.
      c = Averages.cappedMean(
          parts.stream().map(GoalAssessment.Part::completion).toList(),
          "各分解单位完成率平均（比率类指标不能相加）");
    }
    Judgement j = lights.judge(c, schedule, null, goal.target().deadline(), round.end());
    String by = reported + "个单位合计";
    return new GoalAssessment(goal, schedule, total, by, c, j, parts);
  }

  private static boolean isAdditive(TargetKind k) {
    return k != TargetKind.GROWTH && k != TargetKind.SHARE && k != TargetKind.DECREASE;
  }

  /** The figure shown as 实际: the growth rate for a growth target, else 累计完成值. */
  private static BigDecimal figure(TargetKind kind, ItemReport r) {
    if ((kind == TargetKind.GROWTH || kind == TargetKind.DECREASE) && r.growth() != null) {
      return r.growth();
    }
    return r.actual();
  }
}

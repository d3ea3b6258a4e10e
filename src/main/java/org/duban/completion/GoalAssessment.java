package org.duban.completion;

import java.math.BigDecimal;
import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Goal;

/**
 * A goal indicator as assessed for one round.
 *
 * @param goal the ledger's goal
 * @param schedule 序时进度 that applies to it
 * @param actual the figure compared with the target (the breakdowns' sum for a broken-down
 *     indicator), or null
 * @param reportedBy who the figure came from, e.g. 市科技局 or 4个单位合计
 * @param completion uncapped
 * @param judgement its light and why
 * @param parts each unit against its own sub-target, in the ledger's order; empty when not broken
 *     down
 */
public record GoalAssessment(
    Goal goal,
    double schedule,
    BigDecimal actual,
    String reportedBy,
    Completion completion,
    Judgement judgement,
    List<Part> parts) {
  public GoalAssessment {
    parts = List.copyOf(parts);
    reportedBy = reportedBy == null ? "" : reportedBy;
  }

  /**
   * One unit's sub-target of a broken-down indicator.
   *
   * @param unit the unit
   * @param subTarget its 分解目标值
   * @param actual what it reported, or null
   * @param completion actual ÷ sub-target by the indicator's kind
   * @param judgement its light
   */
  public record Part(
      String unit, BigDecimal subTarget, BigDecimal actual, Completion completion, Judgement judgement) {}
}

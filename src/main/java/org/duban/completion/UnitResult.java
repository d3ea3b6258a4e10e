package org.duban.completion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Light;
import org.duban.model.Role;
import org.duban.model.Status;

/**
 * One unit's part of a task as it reported it.
 *
 * @param unit canonical unit name
 * @param role lead or cooperating
 * @param reported whether the unit's return is in the round's data
 * @param completion the unit's own completion of the task (leads only; unknown for cooperators)
 * @param status its 完成状态, or null
 * @param actuals its 累计完成值 per target of the task (the rate for growth and decrease), in the
 *     task's order; one entry for a task without targets; null entries where nothing was reported
 * @param progress 工作进展 of all the task's rows, one line each, empty when none
 * @param issues 存在问题
 * @param nextSteps 下步打算
 * @param judgement the light of the unit's own part (leads only; 未评价 for cooperators), so a
 *     task with several leads can say which of them is behind
 */
public record UnitResult(
    String unit,
    Role role,
    boolean reported,
    Completion completion,
    Status status,
    List<BigDecimal> actuals,
    String progress,
    String issues,
    String nextSteps,
    Judgement judgement) {
  public UnitResult {
    judgement = judgement == null ? new Judgement(Light.NONE, "") : judgement;
    completion = completion == null ? Completion.UNKNOWN : completion;
    // Unmodifiable but with nulls allowed: a target nobody reported keeps its place.
    actuals = Collections.unmodifiableList(new ArrayList<>(actuals == null ? List.of() : actuals));
    progress = progress == null ? "" : progress;
    issues = issues == null ? "" : issues;
    nextSteps = nextSteps == null ? "" : nextSteps;
  }

  /** The 累计完成值 of the first target (or only row), or null. */
  public BigDecimal actual() {
    return actuals.isEmpty() ? null : actuals.get(0);
  }

  /** This result with the light of the unit's own part. */
  UnitResult judged(Judgement j) {
    return new UnitResult(unit, role, reported, completion, status, actuals, progress, issues, nextSteps, j);
  }
}

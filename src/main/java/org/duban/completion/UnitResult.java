package org.duban.completion;

import java.math.BigDecimal;
import org.duban.model.Completion;
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
 * @param actual its 累计完成值 of the task's first target (or only row), or null
 * @param progress 工作进展, empty when none
 * @param issues 存在问题
 * @param nextSteps 下步打算
 */
public record UnitResult(
    String unit,
    Role role,
    boolean reported,
    Completion completion,
    Status status,
    BigDecimal actual,
    String progress,
    String issues,
    String nextSteps) {
  public UnitResult {
    completion = completion == null ? Completion.UNKNOWN : completion;
    progress = progress == null ? "" : progress;
    issues = issues == null ? "" : issues;
    nextSteps = nextSteps == null ? "" : nextSteps;
  }
}

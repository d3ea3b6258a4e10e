package org.duban.completion;

import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Status;
import org.duban.model.Task;

/**
 * A task as assessed for one round.
 *
 * @param task the ledger's task
 * @param schedule 序时进度 that applies to it (its own deadline, or the year for 每年 targets)
 * @param completion from its lead unit(s), uncapped
 * @param judgement its light and why
 * @param status the status its leads reported (滞后 wins, 已完成 only when all say so), or null
 * @param units leads first, then cooperators, each as it reported
 */
public record TaskAssessment(
    Task task,
    double schedule,
    Completion completion,
    Judgement judgement,
    Status status,
    List<UnitResult> units) {
  public TaskAssessment {
    units = List.copyOf(units);
  }

  /** The texts of one field, lead first, each prefixed with its unit when several wrote. */
  public String merged(java.util.function.Function<UnitResult, String> field) {
    List<UnitResult> with = units.stream().filter(u -> !field.apply(u).isBlank()).toList();
    if (with.size() == 1) {
      return field.apply(with.get(0));
    }
    StringBuilder b = new StringBuilder();
    for (UnitResult u : with) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append('【').append(u.unit()).append('】').append(field.apply(u));
    }
    return b.toString();
  }

  /** The leads' reported actuals as text: "12" for one lead, "市科技局12；市农业农村局8" for several. */
  public String actualText() {
    List<UnitResult> leads =
        units.stream().filter(u -> u.role() == org.duban.model.Role.LEAD && u.actual() != null).toList();
    if (leads.size() == 1) {
      return leads.get(0).actual().stripTrailingZeros().toPlainString();
    }
    StringBuilder b = new StringBuilder();
    for (UnitResult u : leads) {
      if (b.length() > 0) {
        b.append('；');
      }
      b.append(u.unit()).append(u.actual().stripTrailingZeros().toPlainString());
    }
    return b.toString();
  }
}

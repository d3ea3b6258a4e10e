package org.duban.completion;

import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Light;
import org.duban.model.Role;
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

  /**
   * The leads' reported actuals as text: "12" for one lead, one line per lead for several
   * ("市科技局：12", "市农业农村局：8"), so a narrow column shows each whole.
   */
  public String actualText() {
    List<UnitResult> leads =
        units.stream().filter(u -> u.role() == Role.LEAD && u.actual() != null).toList();
    if (leads.size() == 1) {
      return leads.get(0).actual().stripTrailingZeros().toPlainString();
    }
    StringBuilder b = new StringBuilder();
    for (UnitResult u : leads) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(u.unit()).append('：').append(u.actual().stripTrailingZeros().toPlainString());
    }
    return b.toString();
  }

  /**
   * The lead units behind this task's light: those whose own part has the same red or amber
   * light, else every lead (a task red by its deadline with no return names all its leads).
   */
  public List<String> laggingLeads() {
    Light light = judgement.light();
    List<String> own = units.stream()
        .filter(u -> u.role() == Role.LEAD && u.judgement().light() == light)
        .map(UnitResult::unit)
        .toList();
    if (light != Light.GREEN && light != Light.NONE && !own.isEmpty()) {
      return own;
    }
    return task.leads();
  }
}

package org.duban.completion;

import java.math.BigDecimal;
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
   * The leads' reported actuals as text. One lead and one target: the bare number ("12"), so the
   * column sorts. Several targets: one line per target with its measure word and bar
   * ("3家 / 目标≥10家"). Several leads: each line starts with the unit ("市科技局：12").
   */
  public String actualText() {
    List<UnitResult> leads = units.stream()
        .filter(u -> u.role() == Role.LEAD && u.actuals().stream().anyMatch(java.util.Objects::nonNull))
        .toList();
    List<org.duban.model.Target> targets = task.targets();
    if (leads.size() == 1 && targets.size() <= 1) {
      return plain(leads.get(0).actual());
    }
    StringBuilder b = new StringBuilder();
    for (UnitResult u : leads) {
      String who = leads.size() > 1 ? u.unit() + "：" : "";
      if (targets.size() <= 1) {
        line(b, who + plain(u.actual()));
        continue;
      }
      for (int i = 0; i < targets.size(); i++) {
        org.duban.model.Target t = targets.get(i);
        BigDecimal v = i < u.actuals().size() ? u.actuals().get(i) : null;
        String value = v == null ? "未填" : plain(v) + t.measure();
        line(b, who + value + " / 目标" + t.notation());
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String s) {
    if (b.length() > 0) {
      b.append('\n');
    }
    b.append(s);
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
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

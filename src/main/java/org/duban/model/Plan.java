package org.duban.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as the ledger holds it: its info, goal indicators, tasks, indicator breakdown and units.
 */
public record Plan(
    PlanInfo info, List<Goal> goals, List<Task> tasks, List<Breakdown> breakdowns, List<Unit> units) {
  public Plan {
    if (info == null) {
      throw new IllegalArgumentException("a plan needs its 方案信息");
    }
    goals = List.copyOf(goals == null ? List.of() : goals);
    tasks = List.copyOf(tasks == null ? List.of() : tasks);
    breakdowns = List.copyOf(breakdowns == null ? List.of() : breakdowns);
    units = List.copyOf(units == null ? List.of() : units);
  }

  /**
   * A short stable id of the plan (12 hex digits of SHA-256 over 方案名称 and 开始日期): the same
   * plan keeps its id while the clerk edits tasks, so returns still find it.
   */
  public String id() {
    return sha256(info.name() + "|" + info.start()).substring(0, 12);
  }

  /**
   * A fingerprint of what units are asked (goal, task and breakdown ids with their units and
   * targets): changes when the ledger changes in a way that makes older forms out of date.
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (Goal g : goals) {
      b.append("G|").append(g.id()).append('|').append(g.target().notation()).append('|')
          .append(g.units()).append('\n');
    }
    for (Task t : tasks) {
      b.append("T|").append(t.id()).append('|').append(t.leads()).append('|')
          .append(t.cooperators()).append('|');
      t.targets().forEach(x -> b.append(x.notation()).append(';'));
      b.append('\n');
    }
    for (Breakdown d : breakdowns) {
      b.append("B|").append(d.itemId()).append('|').append(d.value().toPlainString()).append('\n');
    }
    return sha256(b.toString()).substring(0, 16);
  }

  public Optional<Task> task(String id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Goal> goal(String id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The unit whose canonical name or alias is exactly {@code written}. */
  public Optional<Unit> unit(String written) {
    return units.stream().filter(u -> u.answersTo(written)).findFirst();
  }

  /** Tasks where the unit is lead or cooperating, in ledger order. */
  public List<Task> tasksOf(String unit) {
    List<Task> out = new ArrayList<>();
    for (Task t : tasks) {
      if (t.roleOf(unit) != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Goal indicators whose 责任单位 include the unit. */
  public List<Goal> goalsOf(String unit) {
    return goals.stream().filter(g -> g.units().contains(unit)).toList();
  }

  /**
   * Goal indicators a unit reports on as a whole: those whose 责任单位 include it, except a goal
   * it holds a sub-target of. That unit reports its share instead, which is what the goal's
   * completion adds up (同源数据最多填一次: the same figure is never asked twice).
   */
  public List<Goal> goalsReportedBy(String unit) {
    return goals.stream()
        .filter(g -> g.units().contains(unit))
        .filter(g -> breakdowns.stream().noneMatch(d -> d.goalId().equals(g.id()) && d.unit().equals(unit)))
        .toList();
  }

  public List<Breakdown> breakdownsOf(String unit) {
    return breakdowns.stream().filter(d -> d.unit().equals(unit)).toList();
  }

  public List<Breakdown> breakdownsOfGoal(String goalId) {
    return breakdowns.stream().filter(d -> d.goalId().equals(goalId)).toList();
  }

  /**
   * Every unit that is asked for a return: leads and cooperators of tasks, units of goal
   * indicators and of breakdown rows, in first-mention order. Collective units are included as
   * written; expanding them into members is the caller's choice.
   */
  public List<String> responsibleUnits() {
    Set<String> all = new LinkedHashSet<>();
    tasks.forEach(t -> all.addAll(t.units()));
    goals.forEach(g -> all.addAll(g.units()));
    breakdowns.forEach(d -> all.add(d.unit()));
    return List.copyOf(all);
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}

package org.duban.fillin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Task;

/**
 * A plan's tasks, goals and breakdown rows by unit, built once per plan object: looking them up
 * by scanning the plan for each of 1,000 units would cost more than writing the workbooks.
 */
final class PlanIndex {
  private final Map<String, List<Task>> tasks = new HashMap<>();
  private final Map<String, List<Goal>> goals = new HashMap<>();
  private final Map<String, List<Breakdown>> breakdowns = new HashMap<>();
  private final Map<String, Goal> goalById = new HashMap<>();

  private static final Object LOCK = new Object();
  private static Plan last;
  private static PlanIndex lastIndex;

  private PlanIndex(Plan plan) {
    for (Task t : plan.tasks()) {
      for (String u : t.units()) {
        tasks.computeIfAbsent(u, k -> new ArrayList<>()).add(t);
      }
    }
    java.util.Set<String> shares = new java.util.HashSet<>();
    for (Breakdown d : plan.breakdowns()) {
      breakdowns.computeIfAbsent(d.unit(), k -> new ArrayList<>()).add(d);
      shares.add(d.goalId() + "@" + d.unit());
    }
    for (Goal g : plan.goals()) {
      goalById.putIfAbsent(g.id(), g);
      for (String u : new java.util.LinkedHashSet<>(g.units())) {
        // As Plan.goalsReportedBy: a unit holding a share of the goal reports the share only.
        if (!shares.contains(g.id() + "@" + u)) {
          goals.computeIfAbsent(u, k -> new ArrayList<>()).add(g);
        }
      }
    }
  }

  static PlanIndex of(Plan plan) {
    synchronized (LOCK) {
      if (last != plan) {
        lastIndex = new PlanIndex(plan);
        last = plan;
      }
      return lastIndex;
    }
  }

  /** Same as {@link Plan#tasksOf}: tasks where the unit leads or cooperates, in ledger order. */
  List<Task> tasksOf(String unit) {
    return tasks.getOrDefault(unit, List.of());
  }

  /** Same as {@link Plan#goalsReportedBy}. */
  List<Goal> goalsOf(String unit) {
    return goals.getOrDefault(unit, List.of());
  }

  List<Breakdown> breakdownsOf(String unit) {
    return breakdowns.getOrDefault(unit, List.of());
  }

  Optional<Goal> goal(String id) {
    return Optional.ofNullable(goalById.get(id));
  }
}

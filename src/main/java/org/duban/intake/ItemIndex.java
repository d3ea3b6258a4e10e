package org.duban.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Task;
import org.duban.model.Unit;

/**
 * Lookup tables over one plan, so that checking thousands of returns does not scan the plan's
 * lists for every row. The last plan's index is kept; a run uses one plan throughout.
 */
final class ItemIndex {
  private static volatile ItemIndex last;

  final Plan plan;
  final Map<String, Task> tasks = new HashMap<>();
  final Map<String, Goal> goals = new HashMap<>();
  final Map<String, Breakdown> breakdowns = new HashMap<>();
  final Map<String, List<Breakdown>> breakdownsByUnit = new HashMap<>();
  final Map<String, Set<String>> collectivesOf = new HashMap<>();
  /** Unit name (lead or cooperating) -> positions of its tasks in the plan, ascending. */
  final Map<String, List<Integer>> taskPositions = new HashMap<>();

  private ItemIndex(Plan plan) {
    this.plan = plan;
    plan.tasks().forEach(t -> tasks.putIfAbsent(t.id(), t));
    for (int i = 0; i < plan.tasks().size(); i++) {
      for (String u : plan.tasks().get(i).units()) {
        taskPositions.computeIfAbsent(u, x -> new ArrayList<>()).add(i);
      }
    }
    plan.goals().forEach(g -> goals.putIfAbsent(g.id(), g));
    for (Breakdown d : plan.breakdowns()) {
      breakdowns.putIfAbsent(d.itemId(), d);
      breakdownsByUnit.computeIfAbsent(d.unit(), u -> new ArrayList<>()).add(d);
    }
    for (Unit u : plan.units()) {
      if (u.isCollective()) {
        for (String m : u.members()) {
          collectivesOf.computeIfAbsent(m, x -> new LinkedHashSet<>()).add(u.name());
        }
      }
    }
  }

  static ItemIndex of(Plan plan) {
    ItemIndex i = last;
    if (i == null || i.plan != plan) {
      i = new ItemIndex(plan);
      last = i;
    }
    return i;
  }
}

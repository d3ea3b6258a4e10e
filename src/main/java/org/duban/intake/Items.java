package org.duban.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.model.Unit;

/**
 * Maps the item id a form row carries to what the plan asks on it: {@code <taskId>} (its only
 * target), {@code <taskId>#<n>} (its n-th target), a goal id, or a breakdown {@code 指标3@单位}.
 * Also says which items and units a round expects, with collective units expanded.
 */
public final class Items {
  private Items() {}

  /** The target an item is measured against, when it has exactly one. */
  public static Optional<Target> target(Plan plan, String itemId) {
    if (itemId == null || itemId.isBlank()) {
      return Optional.empty();
    }
    int at = itemId.indexOf('@');
    if (at > 0) {
      return breakdown(plan, itemId).map(d -> breakdownTarget(plan, d));
    }
    ItemIndex ix = ItemIndex.of(plan);
    Goal goal = ix.goals.get(itemId);
    if (goal != null) {
      return Optional.of(goal.target());
    }
    int hash = itemId.lastIndexOf('#');
    if (hash > 0) {
      Optional<Task> task = Optional.ofNullable(ix.tasks.get(itemId.substring(0, hash)));
      int n = index(itemId.substring(hash + 1));
      if (task.isPresent() && n >= 1 && n <= task.get().targets().size()) {
        return Optional.of(task.get().targets().get(n - 1));
      }
      return Optional.empty();
    }
    return Optional.ofNullable(ix.tasks.get(itemId)).filter(t -> t.targets().size() == 1)
        .map(t -> t.targets().get(0));
  }

  /** True when the plan has this item (a task, a task's n-th target, a goal or a breakdown). */
  public static boolean known(Plan plan, String itemId) {
    if (itemId == null || itemId.isBlank()) {
      return false;
    }
    if (itemId.indexOf('@') > 0) {
      return breakdown(plan, itemId).isPresent();
    }
    ItemIndex ix = ItemIndex.of(plan);
    if (ix.goals.containsKey(itemId) || ix.tasks.containsKey(itemId)) {
      return true;
    }
    int hash = itemId.lastIndexOf('#');
    if (hash > 0) {
      Optional<Task> task = Optional.ofNullable(ix.tasks.get(itemId.substring(0, hash)));
      int n = index(itemId.substring(hash + 1));
      return task.isPresent() && n >= 1 && n <= task.get().targets().size();
    }
    return false;
  }

  /** The task or goal an item belongs to: {@code 二.(一).1#2} -> {@code 二.(一).1}. */
  public static String base(String itemId) {
    int hash = itemId.lastIndexOf('#');
    return hash > 0 && itemId.indexOf('@') < 0 ? itemId.substring(0, hash) : itemId;
  }

  public static Optional<Breakdown> breakdown(Plan plan, String itemId) {
    return Optional.ofNullable(ItemIndex.of(plan).breakdowns.get(itemId));
  }

  /** A breakdown row as a target: the goal's kind and comparison, the unit's own value. */
  public static Target breakdownTarget(Plan plan, Breakdown d) {
    Goal goal = ItemIndex.of(plan).goals.get(d.goalId());
    Target g = goal == null ? null : goal.target();
    String measure = !d.measure().isEmpty() || g == null ? d.measure() : g.measure();
    return new Target(
        d.goalName(),
        g == null ? org.duban.model.TargetKind.AMOUNT : g.kind(),
        g == null ? null : g.comparison(),
        d.value(),
        null,
        measure,
        g == null ? null : g.deadline(),
        "");
  }

  /**
   * The units asked for a return: {@link Plan#responsibleUnits()} with each collective unit that
   * lists members replaced by them, each once, in first-mention order.
   */
  public static List<String> expectedUnits(Plan plan) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : plan.responsibleUnits()) {
      Optional<Unit> u = plan.unit(name);
      if (u.isPresent() && u.get().isCollective() && !u.get().members().isEmpty()) {
        out.addAll(u.get().members());
      } else {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /** The unit and the collective units it is a member of: the names its tasks are listed under. */
  public static Set<String> namesCovering(Plan plan, String unit) {
    Set<String> names = new LinkedHashSet<>();
    names.add(unit);
    names.addAll(ItemIndex.of(plan).collectivesOf.getOrDefault(unit, Set.of()));
    return names;
  }

  /** Tasks a unit answers for, directly or through a collective unit, in ledger order. */
  public static List<Task> tasksOf(Plan plan, String unit) {
    // From the index, not a scan of the plan: this runs for every return collected.
    ItemIndex ix = ItemIndex.of(plan);
    java.util.BitSet positions = new java.util.BitSet(plan.tasks().size());
    for (String n : namesCovering(plan, unit)) {
      ix.taskPositions.getOrDefault(n, List.of()).forEach(positions::set);
    }
    List<Task> out = new ArrayList<>(positions.cardinality());
    positions.stream().forEach(i -> out.add(plan.tasks().get(i)));
    return out;
  }

  /**
   * The base items (task ids, goal ids, breakdown ids) a unit's form should contain, in form
   * order: tasks, then goal indicators, then its sub-targets.
   */
  public static List<String> expectedItems(Plan plan, String unit) {
    Set<String> names = namesCovering(plan, unit);
    List<String> out = new ArrayList<>();
    tasksOf(plan, unit).forEach(t -> out.add(t.id()));
    ItemIndex ix = ItemIndex.of(plan);
    for (Goal g : plan.goals()) {
      // As Plan.goalsReportedBy: a unit holding a share of the goal reports the share only.
      if (g.units().stream().anyMatch(n -> names.contains(n) && !ix.breakdowns.containsKey(g.id() + "@" + n))) {
        out.add(g.id());
      }
    }
    for (String name : names) {
      ix.breakdownsByUnit.getOrDefault(name, List.of()).forEach(d -> out.add(d.itemId()));
    }
    return out;
  }

  /**
   * True when the item is a goal indicator whose 责任单位 list the unit, even though the unit
   * reports its share instead: forms written before that rule still carry the whole goal's row,
   * which is then read, not refused.
   */
  public static boolean listedGoal(Plan plan, String unit, String itemId) {
    Goal g = ItemIndex.of(plan).goals.get(itemId);
    return g != null && namesCovering(plan, unit).stream().anyMatch(g.units()::contains);
  }

  private static int index(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

package org.duban.completion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.model.Breakdown;
import org.duban.model.Completion;
import org.duban.model.Field;
import org.duban.model.Goal;
import org.duban.model.IntakeStatus;
import org.duban.model.Plan;
import org.duban.model.Role;
import org.duban.model.RoundData;
import org.duban.model.Status;
import org.duban.model.Task;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;

/**
 * Ranks units on the timeliness (on time > late > rejected > missing) and completeness (share of
 * their rows with a usable value and status) of their returns.
 */
final class UnitRanking {
  private UnitRanking() {}

  /** Every unit asked for a return, best first. */
  static List<UnitStanding> rank(Plan plan, RoundData data, List<TaskAssessment> tasks) {
    Map<String, TaskAssessment> byId =
        tasks.stream().collect(Collectors.toMap(a -> a.task().id(), a -> a, (a, b) -> a));
    List<UnitStanding> all = new ArrayList<>();
    Map<String, IndexedReturn> returns = IndexedReturn.of(data);
    Collectives collectives = new Collectives(plan);
    Map<String, List<Task>> tasksOf = new java.util.HashMap<>();
    for (Task t : plan.tasks()) {
      Set<String> holders = new LinkedHashSet<>();
      for (String u : t.units()) {
        holders.add(u);
        holders.addAll(collectives.membersOf(u));
      }
      holders.forEach(u -> tasksOf.computeIfAbsent(u, k -> new ArrayList<>()).add(t));
    }
    for (String unit : expectedUnits(plan, data)) {
      all.add(standing(plan, data, returns.get(unit), tasksOf.getOrDefault(unit, List.of()), unit, byId,
          collectives));
    }
    all.sort(ORDER);
    List<UnitStanding> ranked = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      UnitStanding u = all.get(i);
      int rank = i + 1;
      if (i > 0 && sameStanding(all.get(i - 1), u)) {
        rank = ranked.get(i - 1).rank();
      }
      ranked.add(u.withRank(rank));
    }
    return ranked;
  }

  /** The units of the round's intake, else every responsible unit of the plan. */
  static List<String> expectedUnits(Plan plan, RoundData data) {
    Set<String> units = new LinkedHashSet<>();
    if (!data.intake().isEmpty()) {
      data.intake().forEach(i -> units.add(i.unit()));
    } else {
      units.addAll(plan.responsibleUnits());
    }
    data.returns().forEach(r -> units.add(r.unit()));
    return List.copyOf(units);
  }

  private static final Comparator<UnitStanding> ORDER =
      Comparator.comparingInt((UnitStanding u) -> timeliness(u.intake()))
          .reversed()
          .thenComparing(Comparator.comparingDouble(UnitStanding::completeness).reversed())
          .thenComparing(UnitStanding::submitted, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(UnitStanding::unit);

  private static boolean sameStanding(UnitStanding a, UnitStanding b) {
    return a.intake() == b.intake() && Math.abs(a.completeness() - b.completeness()) < 1e-9;
  }

  static int timeliness(IntakeStatus s) {
    return switch (s) {
      case ON_TIME -> 3;
      case LATE -> 2;
      case REJECTED -> 1;
      case MISSING -> 0;
    };
  }

  private static UnitStanding standing(
      Plan plan, RoundData data, IndexedReturn r, List<Task> unitTasks, String unit,
      Map<String, TaskAssessment> tasks, Collectives collectives) {
    UnitIntake intake = data.intakeOf(unit).orElse(null);
    UnitReturn raw = data.returnOf(unit).orElse(null);
    IntakeStatus status =
        intake != null ? intake.status() : raw != null ? IntakeStatus.ON_TIME : IntakeStatus.MISSING;
    LocalDate submitted = intake != null ? intake.submitted() : raw != null ? raw.filer().date() : null;
    String file = intake != null ? intake.fileName() : raw != null ? raw.fileName() : "";
    int lead = 0;
    int coop = 0;
    int items = 0;
    int complete = 0;
    List<Completion> leadCompletions = new ArrayList<>();
    for (Task t : unitTasks) {
      if (collectives.roleOf(t, unit) == Role.LEAD) {
        lead++;
        TaskAssessment a = tasks.get(t.id());
        if (a != null) {
          a.units().stream()
              .filter(u -> u.unit().equals(unit))
              .findFirst()
              .ifPresent(u -> leadCompletions.add(u.completion()));
        }
      } else {
        coop++;
      }
      items++;
      if (r != null && taskRowComplete(t, r, collectives.roleOf(t, unit))) {
        complete++;
      }
    }
    int indicators = 0;
    for (Goal g : plan.goalsOf(unit)) {
      if (!plan.breakdownsOfGoal(g.id()).isEmpty()) {
        continue; // its units report their sub-targets, counted below
      }
      indicators++;
      items++;
      if (r != null && hasNumber(r, g.id())) {
        complete++;
      }
    }
    for (Breakdown b : plan.breakdownsOf(unit)) {
      indicators++;
      items++;
      if (r != null && hasNumber(r, b.itemId())) {
        complete++;
      }
    }
    double leadCompletion = Averages.mean(leadCompletions);
    int errors = intake != null ? intake.errors() : 0;
    int warnings = intake != null ? intake.warnings() : 0;
    return new UnitStanding(
        0, unit, status, submitted, file, lead, coop, indicators, leadCompletion, items,
        complete, errors, warnings);
  }

  /**
   * A task row is usable when it has a status and, for a task with a number, a figure; without
   * a number, 已完成, a 完成比例 or a progress text will do.
   */
  private static boolean taskRowComplete(Task t, IndexedReturn r, Role role) {
    List<String> ids = TaskAssessor.itemIds(t);
    boolean status = ids.stream().anyMatch(id -> r.status(id).isPresent());
    if (!status) {
      return false;
    }
    if (!t.targets().isEmpty() && role == Role.LEAD) {
      return ids.stream().allMatch(id -> hasNumber(r, id)
          || r.status(id).map(s -> s == Status.DONE).orElse(false));
    }
    return ids.stream().anyMatch(id -> r.number(id, Field.PERCENT).isPresent()
        || r.text(id, Field.PROGRESS).isPresent()
        || r.status(id).map(s -> s == Status.DONE).orElse(false))
        || hasNumber(r, ids.get(0));
  }

  private static boolean hasNumber(IndexedReturn r, String id) {
    return r.number(id, Field.ACTUAL).isPresent() || r.number(id, Field.GROWTH).isPresent();
  }
}

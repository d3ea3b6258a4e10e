package org.duban.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Field;
import org.duban.model.Period;
import org.duban.model.Role;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.Task;
import java.util.Map;

/** Completion of a task from its lead unit(s) (SPEC §6). */
final class TaskAssessor {
  private final Period plan;
  private final Round round;
  private final LightRule lights;
  private final Collectives collectives;

  TaskAssessor(Period plan, Round round, LightRule lights, Collectives collectives) {
    this.plan = plan;
    this.round = round;
    this.lights = lights;
    this.collectives = collectives;
  }

  /** The return rows of a task: its id, or {@code id#1..n} when it has several targets. */
  static List<String> itemIds(Task t) {
    if (t.targets().size() <= 1) {
      return List.of(t.id());
    }
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= t.targets().size(); i++) {
      ids.add(t.id() + "#" + i);
    }
    return ids;
  }

  TaskAssessment assess(Task task, RoundData data) {
    return assess(task, IndexedReturn.of(data));
  }

  TaskAssessment assess(Task task, Map<String, IndexedReturn> returns) {
    double schedule =
        task.targets().size() == 1
            ? Schedule.forTarget(plan, task.targets().get(0), task.deadline(), round)
            : Schedule.forTask(plan, task.deadline(), round);
    LocalDate end = round.end();
    List<UnitResult> units = new ArrayList<>();
    for (String unit : collectives.expand(task, returns)) {
      Role role = collectives.roleOf(task, unit);
      IndexedReturn r = returns.get(unit);
      UnitResult u = unitResult(task, unit, role, r);
      if (role == Role.LEAD && u.reported()) {
        u = u.judged(lights.judge(u.completion(), schedule, u.status(), task.deadline(), end));
      }
      units.add(u);
    }
    List<UnitResult> leads = units.stream().filter(u -> u.role() == Role.LEAD).toList();
    Completion completion = combineLeads(leads);
    Status status = combineStatus(leads);
    String behindBy = "";
    if (leads.size() > 1 && status == Status.BEHIND) {
      // With several leads one 滞后 makes the task red; the reason says whose part it is.
      behindBy = String.join("、", leads.stream()
          .filter(u -> u.status() == Status.BEHIND).map(UnitResult::unit).toList());
    }
    Judgement j = lights.judge(completion, schedule, status, behindBy, task.deadline(), end);
    return new TaskAssessment(task, schedule, completion, j, status, units);
  }

  private static UnitResult unitResult(Task task, String unit, Role role, IndexedReturn r) {
    if (r == null) {
      return new UnitResult(unit, role, false, Completion.UNKNOWN, null, List.of(), "", "", "", null);
    }
    List<String> ids = itemIds(task);
    Status status = null;
    for (String id : ids) {
      status = r.status(id).orElse(null);
      if (status != null) {
        break;
      }
    }
    Completion c = role == Role.LEAD ? unitCompletion(task, r, ids, status) : Completion.UNKNOWN;
    List<BigDecimal> actuals = new ArrayList<>();
    for (int i = 0; i < Math.max(1, task.targets().size()) && i < ids.size(); i++) {
      BigDecimal actual = r.number(ids.get(i), Field.ACTUAL).orElse(null);
      if (i < task.targets().size() && isRate(task.targets().get(i).kind())) {
        // For a growth or decrease target the figure to show is the reported rate.
        actual = r.number(ids.get(i), Field.GROWTH).orElse(actual);
      }
      actuals.add(actual);
    }
    return new UnitResult(
        unit, role, true, c, status, actuals,
        allTexts(r, ids, Field.PROGRESS),
        allTexts(r, ids, Field.ISSUES),
        allTexts(r, ids, Field.NEXT_STEPS),
        null);
  }

  private static boolean isRate(org.duban.model.TargetKind k) {
    return k == org.duban.model.TargetKind.GROWTH || k == org.duban.model.TargetKind.DECREASE;
  }

  private static Completion unitCompletion(Task task, IndexedReturn r, List<String> ids, Status status) {
    if (task.targets().isEmpty()) {
      return TargetCompletion.withoutTarget(ItemReport.from(r, ids.get(0)).withStatusIfAbsent(status));
    }
    List<Completion> each = new ArrayList<>();
    for (int i = 0; i < task.targets().size(); i++) {
      Target t = task.targets().get(i);
      each.add(TargetCompletion.of(t, ItemReport.from(r, ids.get(i)).withStatusIfAbsent(status)));
    }
    if (each.size() == 1) {
      return each.get(0);
    }
    return Averages.cappedMean(each, each.size() + "项量化目标平均");
  }

  /** One lead: its completion. Several: the capped mean of those that reported, said so. */
  private static Completion combineLeads(List<UnitResult> leads) {
    if (leads.isEmpty()) {
      return new Completion(Double.NaN, "无牵头单位");
    }
    if (leads.size() == 1) {
      UnitResult u = leads.get(0);
      return u.reported() ? u.completion() : new Completion(Double.NaN, "牵头单位未报送");
    }
    List<Completion> known =
        leads.stream().map(UnitResult::completion).filter(Completion::isKnown).toList();
    if (known.isEmpty()) {
      return new Completion(Double.NaN, "牵头单位均未报送");
    }
    return Averages.cappedMean(
        known, leads.size() + "个牵头单位中" + known.size() + "个报送，取平均");
  }

  private static Status combineStatus(List<UnitResult> leads) {
    List<Status> given = leads.stream().map(UnitResult::status).filter(s -> s != null).toList();
    if (given.isEmpty()) {
      return null;
    }
    if (given.contains(Status.BEHIND)) {
      return Status.BEHIND;
    }
    if (given.stream().allMatch(s -> s == Status.DONE) && given.size() == leads.size()) {
      return Status.DONE;
    }
    return given.stream().filter(s -> s != Status.DONE).findFirst().orElse(given.get(0));
  }

  /** The texts of all the task's rows, one line each, a text repeated on several rows once. */
  private static String allTexts(IndexedReturn r, List<String> ids, Field f) {
    java.util.LinkedHashSet<String> texts = new java.util.LinkedHashSet<>();
    for (String id : ids) {
      String s = r.text(id, f).orElse("");
      if (!s.isBlank()) {
        texts.add(s.strip());
      }
    }
    return String.join("\n", texts);
  }
}

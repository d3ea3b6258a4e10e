package org.duban.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Completion;
import org.duban.model.Goal;
import org.duban.model.Light;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RoundData;
import org.duban.model.Task;

/** Computes a round's {@link RoundAssessment}: the one entry point of the completion package. */
public final class Assessor {
  private Assessor() {}

  /**
   * @param plan the ledger's plan
   * @param data this round's merged data
   * @param earlier merged data of other rounds of the workspace (only those before this round are
   *     used, oldest first)
   * @param thresholds the light thresholds (see {@link Thresholds#fromSettings})
   * @param problems warnings found before (kept, then added to)
   */
  public static RoundAssessment assess(
      Plan plan, RoundData data, List<RoundData> earlier, Thresholds thresholds, List<Problem> problems) {
    List<Problem> found = new ArrayList<>(problems);
    LightRule rule = new LightRule(thresholds);
    if (!data.planFingerprint().isEmpty() && !data.planFingerprint().equals(plan.fingerprint())) {
      found.add(Problem.warning(
          Location.ofFile("plan.xlsx"),
          "任务台账在本轮收集之后有改动，汇总按现行台账计算",
          "如改动了任务或目标，请核对汇总结果，必要时重新下发填报表"));
    }
    Snapshot now = Snapshot.of(plan, data, rule);
    List<RoundData> before = earlier.stream()
        .filter(d -> d.round().compareTo(data.round()) < 0)
        .sorted(Comparator.comparing(RoundData::round))
        .toList();
    List<Snapshot> past = new ArrayList<>();
    for (RoundData d : before) {
      past.add(Snapshot.of(plan, d, rule));
    }
    List<TrendPoint> trend = new ArrayList<>();
    past.forEach(s -> trend.add(s.point()));
    trend.add(now.point());
    Map<String, List<Double>> history = new LinkedHashMap<>();
    for (Task t : plan.tasks()) {
      List<Double> line = new ArrayList<>();
      past.forEach(s -> line.add(s.completionOf(t.id())));
      line.add(now.completionOf(t.id()));
      history.put(t.id(), line);
    }
    Map<String, Light> previous = new HashMap<>();
    List<LightChange> changes = new ArrayList<>();
    if (!past.isEmpty()) {
      Snapshot last = past.get(past.size() - 1);
      for (TaskAssessment a : now.tasks) {
        Light was = last.lightOf(a.task().id());
        previous.put(a.task().id(), was);
        if (was != a.judgement().light()) {
          changes.add(new LightChange(a.task().id(), BulletinDrafter.shortTitle(a), was, a.judgement().light()));
        }
      }
    }
    List<UnitStanding> units = UnitRanking.rank(plan, data, now.tasks);
    int reported = (int) units.stream().filter(u -> u.intake().reported()).count();
    String bulletin = BulletinDrafter.draft(
        plan, data.round(), now.schedule, now.taskCompletion, now.goalCompletion, now.lights,
        now.tasks, now.goals, units);
    return new RoundAssessment(
        plan, data.round(), rule.thresholds(), now.schedule, now.tasks, now.goals, units,
        now.taskCompletion, now.goalCompletion, now.lights, reported, units.size(), trend,
        history, previous, changes, bulletin, data, found);
  }

  /** One round's tasks and goals assessed, without the units and the trend. */
  private static final class Snapshot {
    final RoundData data;
    final double schedule;
    final List<TaskAssessment> tasks;
    final List<GoalAssessment> goals;
    final Map<String, TaskAssessment> byId = new HashMap<>();
    final double taskCompletion;
    final double goalCompletion;
    final Map<Light, Integer> lights = new EnumMap<>(Light.class);

    private Snapshot(Plan plan, RoundData data, LightRule rule) {
      this.data = data;
      this.schedule = Schedule.of(plan.info().period(), data.round());
      TaskAssessor ta =
          new TaskAssessor(plan.info().period(), data.round(), rule, new Collectives(plan));
      Map<String, IndexedReturn> returns = IndexedReturn.of(data);
      GoalAssessor ga = new GoalAssessor(plan, data.round(), rule);
      List<TaskAssessment> t = new ArrayList<>();
      for (Task task : plan.tasks()) {
        TaskAssessment a = ta.assess(task, returns);
        t.add(a);
        byId.putIfAbsent(task.id(), a);
      }
      List<GoalAssessment> g = new ArrayList<>();
      for (Goal goal : plan.goals()) {
        g.add(ga.assess(goal, returns));
      }
      this.tasks = t;
      this.goals = g;
      for (Light l : Light.values()) {
        lights.put(l, 0);
      }
      t.forEach(a -> lights.merge(a.judgement().light(), 1, Integer::sum));
      this.taskCompletion = Averages.mean(t.stream().map(TaskAssessment::completion).toList());
      this.goalCompletion = Averages.mean(g.stream().map(GoalAssessment::completion).toList());
    }

    static Snapshot of(Plan plan, RoundData data, LightRule rule) {
      return new Snapshot(plan, data, rule);
    }

    TrendPoint point() {
      return new TrendPoint(data.round(), schedule, taskCompletion, goalCompletion, lights);
    }

    double completionOf(String taskId) {
      TaskAssessment a = byId.get(taskId);
      Completion c = a == null ? Completion.UNKNOWN : a.completion();
      return c.ratio();
    }

    Light lightOf(String taskId) {
      TaskAssessment a = byId.get(taskId);
      return a == null ? Light.NONE : a.judgement().light();
    }
  }
}

package org.duban.completion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Light;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.RoundData;

/**
 * Everything computed for one round's summary; the summary writer only renders it.
 *
 * @param plan the plan
 * @param round the round
 * @param thresholds the light thresholds used
 * @param schedule 序时进度 of the plan at the round's end
 * @param tasks one per task, ledger order
 * @param goals one per goal indicator, ledger order
 * @param units units best first
 * @param taskCompletion capped mean over tasks with a known completion (unknown ones do not count)
 * @param goalCompletion capped mean over goal indicators with a known completion, NaN when none
 * @param lights tasks per light, every light present
 * @param unitsReported units whose return was taken (on time or late)
 * @param unitsExpected units asked for a return
 * @param trend earlier rounds then this one, oldest first
 * @param history per task id, its completion in each round of {@code trend} (NaN when unknown)
 * @param previousLights per task id, its light in the last earlier round (absent when none)
 * @param changes tasks whose light changed since the last earlier round
 * @param bulletin the drafted 通报 paragraph
 * @param data this round's merged data, for 明细
 * @param problems warnings met while assessing (thresholds, an outdated ledger)
 */
public record RoundAssessment(
    Plan plan,
    Round round,
    Thresholds thresholds,
    double schedule,
    List<TaskAssessment> tasks,
    List<GoalAssessment> goals,
    List<UnitStanding> units,
    double taskCompletion,
    double goalCompletion,
    Map<Light, Integer> lights,
    int unitsReported,
    int unitsExpected,
    List<TrendPoint> trend,
    Map<String, List<Double>> history,
    Map<String, Light> previousLights,
    List<LightChange> changes,
    String bulletin,
    RoundData data,
    List<Problem> problems) {
  public RoundAssessment {
    tasks = List.copyOf(tasks);
    goals = List.copyOf(goals);
    units = List.copyOf(units);
    EnumMap<Light, Integer> l = new EnumMap<>(Light.class);
    for (Light x : Light.values()) {
      l.put(x, lights.getOrDefault(x, 0));
    }
    lights = java.util.Collections.unmodifiableMap(l);
    trend = List.copyOf(trend);
    history = Map.copyOf(history);
    previousLights = Map.copyOf(previousLights);
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  public int count(Light l) {
    return lights.get(l);
  }
}

package org.duban.completion;

import java.util.Map;
import org.duban.model.Light;
import org.duban.model.Round;

/**
 * The headline of one round, for 趋势.
 *
 * @param round the round
 * @param schedule 序时进度 of the plan at its end
 * @param taskCompletion capped mean completion of the tasks with a known completion
 * @param goalCompletion the same over goal indicators, NaN when none
 * @param lights tasks per light
 */
public record TrendPoint(
    Round round, double schedule, double taskCompletion, double goalCompletion, Map<Light, Integer> lights) {
  public TrendPoint {
    lights = Map.copyOf(lights);
  }

  public int count(Light l) {
    return lights.getOrDefault(l, 0);
  }
}

package org.duban.completion;

import org.duban.model.Light;

/**
 * A task whose light differs from the last earlier round's.
 *
 * @param taskId the task's 编号
 * @param title its name
 * @param before the light last round
 * @param now the light this round
 */
public record LightChange(String taskId, String title, Light before, Light now) {
  /** 好转 / 恶化 / 变化, reading red as worst and 未评价 as no judgement. */
  public String direction() {
    int b = severity(before);
    int n = severity(now);
    if (b < 0 || n < 0) {
      return "变化";
    }
    return n < b ? "好转" : "退步";
  }

  private static int severity(Light l) {
    return switch (l) {
      case GREEN -> 0;
      case AMBER -> 1;
      case RED -> 2;
      case NONE -> -1;
    };
  }
}

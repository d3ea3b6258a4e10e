package org.duban.completion;

import java.util.List;
import java.util.Map;
import org.duban.model.Location;
import org.duban.model.Problem;

/**
 * The light thresholds in percentage points behind 序时进度: green up to {@code greenTolerance},
 * amber up to {@code redGap}, red beyond it.
 *
 * @param greenTolerance 绿灯容差, default 10
 * @param redGap 红灯差距, default 30
 */
public record Thresholds(double greenTolerance, double redGap) {
  /** Yinchuan's 2025 rule, the defaults of SPEC §6. */
  public static final Thresholds DEFAULT = new Thresholds(10, 30);

  /** The 方案信息 key of the green tolerance. */
  public static final String GREEN_KEY = "绿灯容差";

  /** The 方案信息 key of the red gap. */
  public static final String RED_KEY = "红灯差距";

  public Thresholds {
    if (Double.isNaN(greenTolerance) || greenTolerance < 0 || greenTolerance > 100) {
      throw new IllegalArgumentException(GREEN_KEY + "应在0到100之间，而不是 " + greenTolerance);
    }
    if (Double.isNaN(redGap) || redGap < greenTolerance || redGap > 100) {
      throw new IllegalArgumentException(
          RED_KEY + "应不小于" + GREEN_KEY + "（" + greenTolerance + "）且不大于100，而不是 " + redGap);
    }
  }

  /**
   * Reads the thresholds from the ledger's 方案信息 settings; a value that is not a number, or a
   * pair out of order, is reported as a warning and the default used instead.
   */
  public static Thresholds fromSettings(Map<String, String> settings, List<Problem> problems) {
    double green = read(settings, GREEN_KEY, DEFAULT.greenTolerance, problems);
    double red = read(settings, RED_KEY, DEFAULT.redGap, problems);
    try {
      return new Thresholds(green, red);
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.warning(
              Location.ofCell("plan.xlsx", "方案信息", ""),
              "红黄绿灯阈值不可用：" + e.getMessage(),
              "请在方案信息中把" + GREEN_KEY + "、" + RED_KEY + "改为0到100之间的数，且容差不大于差距；本次按默认10和30计算"));
      return DEFAULT;
    }
  }

  /** These thresholds with the caller's overrides (null keeps the current value). */
  public Thresholds with(Double green, Double red) {
    return new Thresholds(
        green == null ? greenTolerance : green, red == null ? redGap : red);
  }

  private static double read(
      Map<String, String> settings, String key, double fallback, List<Problem> problems) {
    String raw = settings.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String t = raw.strip().replace("%", "").replace("个百分点", "");
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      problems.add(
          Problem.warning(
                  Location.ofCell("plan.xlsx", "方案信息", ""),
                  key + "应为数字（百分点）",
                  "请填写如 10 的数字；本次按默认值" + fmt(fallback) + "计算")
              .withValue(raw));
      return fallback;
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}

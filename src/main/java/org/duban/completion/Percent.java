package org.duban.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How percentages read in Chinese text: 68.3%, 75%, never 75.0%. */
public final class Percent {
  private Percent() {}

  /** A ratio as a percentage with at most one decimal: 0.683 -> 68.3%. */
  public static String of(double ratio) {
    return points(ratio * 100.0) + "%";
  }

  /** Percentage points with at most one decimal: 35.0 -> 35, 12.25 -> 12.3. */
  public static String points(double points) {
    if (Double.isNaN(points)) {
      return "—";
    }
    return BigDecimal.valueOf(points)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}

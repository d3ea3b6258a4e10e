package org.duban.intake;

import java.math.BigDecimal;
import org.duban.model.Severity;

/**
 * A number between 0 and 1 written without a % sign in a percentage cell: 0.3 is usually 30%
 * typed as a fraction, but 0.9 against an R&amp;D intensity of 1.8% is 0.9%. The target decides
 * which is meant; when it cannot tell, the reading is a warning that says both.
 */
final class Fractions {
  /** What was taken, how sure the reading is, and the sentence that says which was taken. */
  record Reading(BigDecimal value, Severity grade, String message, String fix) {}

  /** The smallest fraction read as a percentage when there is no target to compare with. */
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  /** One reading must be this many times closer to the target than the other to be sure. */
  private static final double CLEAR = Math.log(10);

  private Fractions() {}

  /** True for the numbers this class decides about. */
  static boolean applies(BigDecimal v) {
    return v.signum() != 0 && v.abs().compareTo(BigDecimal.ONE) < 0;
  }

  /**
   * @param written the cell as the unit left it
   * @param target the target in percent, or null when there is none (完成比例 runs 0 to 100)
   */
  static Reading read(BigDecimal v, String written, BigDecimal target) {
    BigDecimal scaled = v.movePointRight(2).stripTrailingZeros();
    boolean takeScaled;
    boolean sure;
    if (target != null && target.signum() > 0) {
      double asWritten = distance(v, target);
      double asFraction = distance(scaled, target);
      takeScaled = asFraction < asWritten;
      sure = Math.abs(asWritten - asFraction) >= CLEAR;
    } else {
      takeScaled = v.abs().compareTo(TENTH) >= 0;
      sure = takeScaled;
    }
    String taken = takeScaled ? "“" + written + "”按小数形式理解，取 " + plain(scaled) + "%"
        : "“" + written + "”按 " + plain(v) + "% 读取";
    if (sure) {
      return new Reading(takeScaled ? scaled : v, Severity.NOTE, taken, "");
    }
    String other = takeScaled ? plain(v) + "%" : plain(scaled) + "%";
    return new Reading(takeScaled ? scaled : v, Severity.WARNING, taken + "，也可能是指 " + other,
        "请核对：如指 " + plain(scaled) + "%，请填写 " + plain(scaled) + "；如指 " + plain(v) + "%，请填写“"
            + plain(v) + "%”");
  }

  /** How far apart two positive numbers are as a ratio: |ln(a/b)|. */
  private static double distance(BigDecimal a, BigDecimal b) {
    return Math.abs(Math.log(a.abs().doubleValue() / b.doubleValue()));
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}

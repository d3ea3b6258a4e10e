package org.duban.completion;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.duban.model.Comparison;
import org.duban.model.Completion;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/** Completion of one target from one report, by the rule of its kind (SPEC §6). */
public final class TargetCompletion {
  /** One kind's rule: the reported figure to compare, or null when the report has none. */
  private interface Rule {
    Completion apply(Target target, BigDecimal bar, ItemReport r);
  }

  private static final Map<TargetKind, Rule> RULES = new EnumMap<>(TargetKind.class);

  static {
    Rule amount = (t, bar, r) -> amountRule(bar, r, "累计完成值÷目标值");
    RULES.put(TargetKind.AMOUNT, amount);
    RULES.put(TargetKind.APPROXIMATE, amount);
    RULES.put(TargetKind.CUMULATIVE, (t, bar, r) -> amountRule(bar, r, "累计完成值÷累计目标"));
    RULES.put(TargetKind.ANNUAL, (t, bar, r) -> amountRule(bar, r, "本年完成值÷年度目标"));
    RULES.put(TargetKind.RANGE, (t, bar, r) -> amountRule(bar, r, "累计完成值÷区间下限"));
    RULES.put(TargetKind.SHARE, (t, bar, r) -> ratio(r.actual(), bar, "实际占比÷目标占比"));
    RULES.put(TargetKind.GROWTH, TargetCompletion::growthRule);
    RULES.put(TargetKind.DECREASE, TargetCompletion::decreaseRule);
    RULES.put(TargetKind.BINARY, (t, bar, r) -> binaryRule(r));
  }

  private TargetCompletion() {}

  /**
   * Completion of {@code target} from {@code r}: by the kind's rule when the report has the
   * figure it needs; else 已完成 counts as 100% and 完成比例 as reported; else unknown.
   */
  public static Completion of(Target target, ItemReport r) {
    return of(target, target.value(), r);
  }

  /** As {@link #of(Target, ItemReport)} against another bar, e.g. a unit's sub-target. */
  public static Completion of(Target target, BigDecimal bar, ItemReport r) {
    if (r == null || r.isEmpty()) {
      return Completion.UNKNOWN;
    }
    Completion c;
    if (target.comparison() == Comparison.AT_MOST && target.kind() != TargetKind.DECREASE) {
      c = upperLimit(target, bar, r);
    } else {
      c = RULES.get(target.kind()).apply(target, bar, r);
    }
    return c.isKnown() ? c : fallback(r, c.basis());
  }

  /** A task without a number: 已完成 is 100%, else the reported 完成比例, else 未启动 is 0. */
  public static Completion withoutTarget(ItemReport r) {
    if (r == null || r.isEmpty()) {
      return Completion.UNKNOWN;
    }
    return fallback(r, "未填完成比例");
  }

  private static Completion fallback(ItemReport r, String why) {
    if (r.status() == Status.DONE) {
      return new Completion(1.0, "已完成");
    }
    if (r.percent() != null) {
      return new Completion(r.percent().doubleValue() / 100.0, "完成比例");
    }
    if (r.status() == Status.NOT_STARTED) {
      return new Completion(0, "未启动");
    }
    return new Completion(Double.NaN, why);
  }

  private static Completion amountRule(BigDecimal bar, ItemReport r, String basis) {
    if (r.actual() == null && r.growth() != null) {
      // The unit put a growth rate against a target that is an amount: no way to compare them.
      return new Completion(Double.NaN, "目标为数量，只报了增速，无法计算");
    }
    return ratio(r.actual(), bar, basis);
  }

  private static Completion growthRule(Target t, BigDecimal bar, ItemReport r) {
    if (r.growth() != null) {
      return ratio(r.growth(), bar, "同比增长÷目标增速");
    }
    // Units often type the rate into 累计完成值 when the form has no growth column for them.
    return ratio(r.actual(), bar, "累计完成值栏所填增速÷目标增速");
  }

  private static Completion decreaseRule(Target t, BigDecimal bar, ItemReport r) {
    if (r.growth() != null) {
      // A growth of -3.2% is a decrease of 3.2%.
      return ratio(r.growth().negate(), bar, "降幅（同比增长取反）÷目标降幅");
    }
    return ratio(r.actual(), bar, "降幅÷目标降幅");
  }

  private static Completion binaryRule(ItemReport r) {
    if (r.actual() != null) {
      return new Completion(r.actual().signum() > 0 ? 1.0 : 0.0, "是否达成");
    }
    if (r.status() != null) {
      return new Completion(r.status() == Status.DONE ? 1.0 : 0.0, "是否达成（按完成状态）");
    }
    return new Completion(Double.NaN, "未填是否达成");
  }

  private static Completion upperLimit(Target t, BigDecimal bar, ItemReport r) {
    BigDecimal v = t.kind() == TargetKind.GROWTH && r.growth() != null ? r.growth() : r.actual();
    if (v == null) {
      return new Completion(Double.NaN, "未填完成值");
    }
    if (v.compareTo(bar) <= 0) {
      return new Completion(1.0, "在上限以内");
    }
    return new Completion(bar.doubleValue() / v.doubleValue(), "超出上限：上限÷实际值");
  }

  /** reported ÷ bar; a zero bar is met by anything not below zero. */
  static Completion ratio(BigDecimal reported, BigDecimal bar, String basis) {
    if (reported == null) {
      return new Completion(Double.NaN, "未填完成值");
    }
    if (bar.signum() == 0) {
      return new Completion(reported.signum() >= 0 ? 1.0 : 0.0, "目标值为0");
    }
    return new Completion(reported.doubleValue() / bar.doubleValue(), basis);
  }
}

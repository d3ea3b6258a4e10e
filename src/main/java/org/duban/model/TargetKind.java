package org.duban.model;

/**
 * The kinds of quantitative target a plan states (SPEC §3), each with the word the ledger's
 * 类型 column shows and the prefix used in a target's one-line notation.
 */
public enum TargetKind {
  /** 达300家, 突破1200家, 10项以上, 超3万亿元. */
  AMOUNT("数量", ""),
  /** 5-6个, 3—5家: the lower bound is the bar. */
  RANGE("区间", ""),
  /** 15名左右. */
  APPROXIMATE("约数", ""),
  /** 增长9%以上: the reported growth rate is compared with the target rate. */
  GROWTH("增长", "增长"),
  /** 占比22%以上, 强度达到1.8%. */
  SHARE("占比", "占比"),
  /** 下降3%. */
  DECREASE("下降", "下降"),
  /** 破零, 争创…各1家: done or not. */
  BINARY("达成", "达成"),
  /** 每年不少于30个: counted within each year. */
  ANNUAL("每年", "每年"),
  /** 累计突破60亿元: counted from the plan's start. */
  CUMULATIVE("累计", "累计");

  private final String label;
  private final String prefix;

  TargetKind(String label, String prefix) {
    this.label = label;
    this.prefix = prefix;
  }

  /** The Chinese word in the ledger's 类型 column. */
  public String label() {
    return label;
  }

  /** The word placed before the value in the notation {@code 研发投入 增长≥9%}; empty if none. */
  public String prefix() {
    return prefix;
  }

  /** Reads a 类型 cell; accepts the label or the enum name. */
  public static TargetKind fromLabel(String s) {
    if (s == null || s.isBlank()) {
      return AMOUNT;
    }
    String t = s.strip();
    for (TargetKind k : values()) {
      if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
        return k;
      }
    }
    if (t.equals("二值") || t.equals("破零") || t.equals("有无")) {
      return BINARY;
    }
    if (t.equals("比例") || t.equals("比重") || t.equals("强度")) {
      return SHARE;
    }
    throw new IllegalArgumentException(
        "类型 must be one of 数量 区间 约数 增长 占比 下降 达成 每年 累计, found: " + s);
  }
}

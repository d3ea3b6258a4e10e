package org.duban.model;

/**
 * How far a task or indicator has got: a ratio (1.0 = 100%), shown uncapped, averaged capped.
 *
 * @param ratio reported ÷ target by the kind's rule; NaN when there is nothing to compute from
 * @param basis a short Chinese phrase saying how it was computed (累计完成值÷目标值, 已完成, 完成比例)
 */
public record Completion(double ratio, String basis) {
  public static final Completion UNKNOWN = new Completion(Double.NaN, "未报送");

  public Completion {
    if (ratio < 0 && !Double.isNaN(ratio)) {
      ratio = 0;
    }
    basis = basis == null ? "" : basis;
  }

  public boolean isKnown() {
    return !Double.isNaN(ratio);
  }

  /** The ratio capped at 1.0 for averaging: overachieving one task cannot hide another. */
  public double capped() {
    return isKnown() ? Math.min(1.0, ratio) : 0;
  }
}

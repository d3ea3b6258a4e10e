package org.duban.completion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.Completion;
import org.duban.model.Deadline;
import org.duban.model.Light;
import org.duban.model.Status;

/**
 * 红黄绿灯 (SPEC §6): green = done, or no more than the tolerance behind 序时进度; amber = up to
 * the red gap behind; red = further behind, reported 滞后, or past its deadline unfinished.
 */
public final class LightRule {
  private static final double EPS = 1e-9;
  private final Thresholds thresholds;

  public LightRule(Thresholds thresholds) {
    this.thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /**
   * @param c the completion (may be unknown)
   * @param schedule 序时进度 that applies to it, 0..1
   * @param status the reported status, or null
   * @param deadline its deadline (may be unknown)
   * @param roundEnd the last day of the round
   */
  public Judgement judge(
      Completion c, double schedule, Status status, Deadline deadline, LocalDate roundEnd) {
    return judge(c, schedule, status, "", deadline, roundEnd);
  }

  /**
   * As {@link #judge(Completion, double, Status, Deadline, LocalDate)}, naming who reported 滞后
   * ({@code behindBy}, e.g. one of several lead units) in the reason. Every reason that applies is
   * given, the gravest first: a leader reading 滞后预警 should not have to guess that a task past
   * its deadline is also 40 points behind.
   */
  public Judgement judge(
      Completion c, double schedule, Status status, String behindBy, Deadline deadline,
      LocalDate roundEnd) {
    boolean done = c.isKnown() ? c.ratio() >= 1 - EPS : status == Status.DONE;
    if (done) {
      return new Judgement(Light.GREEN, "");
    }
    List<String> reasons = new ArrayList<>();
    boolean red = false;
    if (deadline != null && deadline.isKnown() && roundEnd.isAfter(deadline.date())) {
      String when = deadline.text().isEmpty() ? deadline.date().toString() : deadline.text();
      reasons.add("已过完成时限（" + when + "）仍未完成");
      red = true;
    }
    if (status == Status.BEHIND) {
      reasons.add((behindBy == null ? "" : behindBy) + "填报状态为滞后");
      red = true;
    }
    if (!c.isKnown()) {
      if (red) {
        reasons.add(c.basis());
        return new Judgement(Light.RED, String.join("；", reasons));
      }
      return new Judgement(Light.NONE, c.basis());
    }
    double gap = gapPoints(c, schedule);
    Light light = red ? Light.RED : Light.GREEN;
    if (gap > thresholds.greenTolerance() + EPS) {
      reasons.add("落后序时进度" + Percent.points(gap) + "个百分点");
      if (!red) {
        light = gap <= thresholds.redGap() + EPS ? Light.AMBER : Light.RED;
      }
    }
    return new Judgement(light, String.join("；", reasons));
  }

  /** Percentage points behind 序时进度 (negative when ahead); completion counts capped. */
  public static double gapPoints(Completion c, double schedule) {
    return (schedule - c.capped()) * 100.0;
  }
}

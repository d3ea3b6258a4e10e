package org.duban.completion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.duban.model.Deadline;
import org.duban.model.Period;
import org.duban.model.Round;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/** 序时进度: the share of a period that has elapsed at a round's end. */
public final class Schedule {
  private Schedule() {}

  /** 序时进度 of the whole plan at the end of {@code round}: 2025-09 in calendar 2025 is 0.75. */
  public static double of(Period plan, Round round) {
    return share(plan, round.end());
  }

  /**
   * The period a task runs in: the plan's start to the task's own deadline when that comes
   * earlier than the plan's end (a task due 2025年6月底前 in a calendar-2025 plan is fully due at
   * the end of June).
   */
  public static Period taskPeriod(Period plan, Deadline deadline) {
    if (deadline == null || !deadline.isKnown()) {
      return plan;
    }
    LocalDate d = deadline.date();
    if (d.isBefore(plan.end()) && !d.isBefore(plan.start())) {
      return new Period(plan.start(), d);
    }
    return plan;
  }

  /** 序时进度 of a task with the given deadline at the end of {@code round}. */
  public static double forTask(Period plan, Deadline deadline, Round round) {
    return share(taskPeriod(plan, deadline), round.end());
  }

  /**
   * 序时进度 of one target: an annual target (每年…) runs over the round's calendar year within the
   * plan; any other target over its own deadline, else the task's.
   */
  public static double forTarget(Period plan, Target target, Deadline taskDeadline, Round round) {
    if (target.kind() == TargetKind.ANNUAL) {
      LocalDate from = LocalDate.of(round.year(), 1, 1);
      LocalDate to = LocalDate.of(round.year(), 12, 31);
      LocalDate start = from.isBefore(plan.start()) ? plan.start() : from;
      LocalDate end = to.isAfter(plan.end()) ? plan.end() : to;
      if (end.isBefore(start)) {
        return share(plan, round.end());
      }
      return share(new Period(start, end), round.end());
    }
    Deadline own = target.deadline().isKnown() ? target.deadline() : taskDeadline;
    return forTask(plan, own, round);
  }

  /**
   * Elapsed share of {@code period} at the end of {@code day}. Offices count 序时进度 in whole
   * months (9 of 12 months is 75%, not 273 of 365 days), so whole-month spans are counted in
   * months; anything else falls back to days.
   */
  static double share(Period period, LocalDate day) {
    if (day.isBefore(period.start())) {
      return 0;
    }
    if (!day.isBefore(period.end())) {
      return 1;
    }
    if (isMonthStart(period.start()) && isMonthEnd(period.end()) && isMonthEnd(day)) {
      long total = ChronoUnit.MONTHS.between(period.start(), period.end().plusDays(1));
      long elapsed = ChronoUnit.MONTHS.between(period.start(), day.plusDays(1));
      return (double) elapsed / total;
    }
    return period.elapsedShare(day);
  }

  private static boolean isMonthStart(LocalDate d) {
    return d.getDayOfMonth() == 1;
  }

  private static boolean isMonthEnd(LocalDate d) {
    return d.getDayOfMonth() == d.lengthOfMonth();
  }
}

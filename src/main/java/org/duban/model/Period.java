package org.duban.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A closed span of days, such as a plan period or a round. */
public record Period(LocalDate start, LocalDate end) {
  public Period {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException("a period needs start <= end: " + start + " .. " + end);
    }
  }

  /** Number of days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Share of the period that has elapsed by the end of {@code day} (0 before it starts, 1 after it
   * ends). 序时进度 is this share at a round's last day.
   */
  public double elapsedShare(LocalDate day) {
    if (day.isBefore(start)) {
      return 0;
    }
    if (!day.isBefore(end)) {
      return 1;
    }
    return (double) (ChronoUnit.DAYS.between(start, day) + 1) / days();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}

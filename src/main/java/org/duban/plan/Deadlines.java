package org.duban.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.duban.model.Deadline;

/** {@link Deadline#parse} that keeps an impossible date (2025年2月30日) as text without a date. */
final class Deadlines {
  private Deadlines() {}

  static Deadline parse(String text, LocalDate planEnd) {
    try {
      return Deadline.parse(text, planEnd);
    } catch (DateTimeException e) {
      return new Deadline(text, planEnd);
    }
  }
}

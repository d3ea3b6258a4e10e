package org.duban.app.demo;

import java.time.LocalDate;
import org.duban.model.Plan;
import org.duban.model.Round;

/** Two consecutive monthly rounds inside the plan period: August and September of its last year. */
record DemoRounds(Round first, Round second) {
  static DemoRounds fitting(Plan plan) {
    LocalDate end = plan.info().end();
    LocalDate start = plan.info().start();
    Round second = new Round(end.getYear(), Round.Granularity.MONTH, 9);
    // A plan that ends before September (or starts after it) gets its own last full month.
    if (second.end().isAfter(end) || second.start().isBefore(start)) {
      LocalDate last = end.withDayOfMonth(1).minusDays(1).isBefore(start) ? end : end.withDayOfMonth(1).minusDays(1);
      second = new Round(last.getYear(), Round.Granularity.MONTH, last.getMonthValue());
    }
    return new DemoRounds(second.previous(), second);
  }
}

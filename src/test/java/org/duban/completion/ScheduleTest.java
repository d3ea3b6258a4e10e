package org.duban.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.duban.model.Deadline;
import org.duban.model.Period;
import org.duban.model.Round;
import org.duban.model.TargetKind;
import org.duban.model.Comparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private static final Period Y2025 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final Period Y2021_2025 = new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));

  @ParameterizedTest(name = "{0} in calendar 2025 -> {1}")
  @CsvSource({
    "2025-09, 0.75", "2025-01, 0.0833333333", "2025-12, 1", "2025-Q1, 0.25", "2025-Q3, 0.75",
    "2025-H1, 0.5", "2025-H2, 1", "2025, 1", "2024-12, 0", "2026-03, 1"
  })
  void oneYearPlan(String round, double expected) {
    assertEquals(expected, Schedule.of(Y2025, Round.parse(round)), 1e-9);
  }

  @ParameterizedTest(name = "{0} in 2021-2025 -> {1}")
  @CsvSource({
    "2023, 0.6", "2023-06, 0.5", "2021-Q1, 0.05", "2025-H1, 0.9", "2022-H2, 0.4",
    "2025-09, 0.95", "2025-Q3, 0.95", "2021-01, 0.0166666667", "2025-12, 1", "2025, 1"
  })
  void multiYearPlan(String round, double expected) {
    assertEquals(expected, Schedule.of(Y2021_2025, Round.parse(round)), 1e-9);
  }

  @Test
  void aDateThatDoesNotExistIsNoDateAndNoException() {
    // Typed by a clerk into the ledger's 完成时限: read by the later rules, never a crash.
    assertEquals(LocalDate.of(2025, 12, 31), Deadline.parse("2025-13-01", Y2025.end()).date());
    assertEquals(LocalDate.of(2025, 2, 28), Deadline.parse("2025年2月30日", Y2025.end()).date());
    assertEquals(LocalDate.of(2025, 3, 1), Deadline.parse("2025-03-01", Y2025.end()).date());
  }

  @Test
  void taskDueBeforeThePlanEndsRunsToItsDeadline() {
    Deadline june = Deadline.parse("2025年6月底前", Y2025.end());
    assertEquals(0.5, Schedule.forTask(Y2025, june, Round.parse("2025-03")), 1e-9);
    assertEquals(1.0, Schedule.forTask(Y2025, june, Round.parse("2025-09")), 1e-9);
    assertEquals(0.75, Schedule.forTask(Y2025, Deadline.NONE, Round.parse("2025-09")), 1e-9);
    // A deadline after the plan's end does not stretch the plan.
    Deadline late = Deadline.parse("2030年", Y2025.end());
    assertEquals(0.75, Schedule.forTask(Y2025, late, Round.parse("2025-09")), 1e-9);
  }

  @Test
  void taskDueBeforeAMultiYearPlanEnds() {
    // Due 2025年6月底前 in a 2021-2025 plan: 54 months from January 2021.
    Deadline june = Deadline.parse("2025年6月底前", Y2021_2025.end());
    assertEquals(1.0, Schedule.forTask(Y2021_2025, june, Round.parse("2025-09")), 1e-9, "100% expected by 2025-09");
    assertEquals(48.0 / 54, Schedule.forTask(Y2021_2025, june, Round.parse("2024-12")), 1e-9);
    assertEquals(0.95, Schedule.forTask(Y2021_2025, Deadline.parse("到2025年", null), Round.parse("2025-09")), 1e-9);
    // A target's own deadline wins over its task's.
    var early = new org.duban.model.Target("", TargetKind.AMOUNT, Comparison.AT_LEAST, java.math.BigDecimal.TEN,
        null, "个", Deadline.parse("2023年底前", null), "");
    assertEquals(1.0, Schedule.forTarget(Y2021_2025, early, Deadline.NONE, Round.parse("2024-03")), 1e-9);
  }

  @Test
  void annualTargetRunsOverTheRoundsYear() {
    var annual = Fixtures.target(TargetKind.ANNUAL, Comparison.AT_LEAST, "30", null, "个");
    assertEquals(0.75, Schedule.forTarget(Y2021_2025, annual, Deadline.NONE, Round.parse("2023-09")), 1e-9);
    var total = Fixtures.target(TargetKind.CUMULATIVE, Comparison.AT_LEAST, "60", null, "亿元");
    assertEquals(0.55, Schedule.forTarget(Y2021_2025, total, Deadline.NONE, Round.parse("2023-09")), 1e-9);
  }

  @Test
  void planNotInWholeMonthsCountsDays() {
    Period p = new Period(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 13));
    // 15 March .. 31 March is 17 of 30 days.
    assertEquals(17.0 / 30, Schedule.of(p, Round.parse("2025-03")), 1e-9);
  }
}

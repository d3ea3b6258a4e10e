package org.duban.completion;

import static org.duban.completion.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.duban.model.Comparison;
import org.duban.model.Completion;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TargetCompletionTest {
  private static BigDecimal n(String s) {
    return s == null || s.isEmpty() ? null : new BigDecimal(s);
  }

  /** kind, comparison, value, upper, actual, growth, percent, status, expected ratio, basis word. */
  @ParameterizedTest(name = "{0} {1}{2} actual={4} growth={5} -> {8}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "AMOUNT      | AT_LEAST | 10  | -  | 12  | -    | -  | -        | 1.2   | 累计完成值÷目标值",
        "AMOUNT      | AT_LEAST | 10  | -  | 5   | -    | -  | 序时推进 | 0.5   | 累计完成值÷目标值",
        "APPROXIMATE | ABOUT    | 15  | -  | 12  | -    | -  | -        | 0.8   | 累计完成值÷目标值",
        "RANGE       | AT_LEAST | 5   | 6  | 4   | -    | -  | -        | 0.8   | 区间下限",
        "RANGE       | AT_LEAST | 5   | 6  | 6   | -    | -  | -        | 1.2   | 区间下限",
        "GROWTH      | AT_LEAST | 8   | -  | -   | 6    | -  | -        | 0.75  | 同比增长÷目标增速",
        "GROWTH      | AT_LEAST | 8   | -  | 10  | -    | -  | -        | 1.25  | 累计完成值栏所填增速",
        "GROWTH      | AT_LEAST | 8   | -  | 99  | 4    | -  | -        | 0.5   | 同比增长÷目标增速",
        "GROWTH      | AT_LEAST | 8   | -  | -   | -2   | -  | -        | 0     | 同比增长÷目标增速",
        "GROWTH      | AT_LEAST | 0   | -  | -   | 1.5  | -  | -        | 1     | 目标值为0",
        "GROWTH      | AT_LEAST | 0   | -  | -   | -1.5 | -  | -        | 0     | 目标值为0",
        "SHARE       | AT_LEAST | 22  | -  | 11  | -    | -  | -        | 0.5   | 实际占比÷目标占比",
        "DECREASE    | AT_LEAST | 3   | -  | -   | -1.5 | -  | -        | 0.5   | 同比增长取反",
        "DECREASE    | AT_LEAST | 3   | -  | 3.6 | -    | -  | -        | 1.2   | 降幅÷目标降幅",
        "DECREASE    | AT_LEAST | 3   | -  | -   | 2    | -  | -        | 0     | 同比增长取反",
        "BINARY      | AT_LEAST | 1   | -  | 1   | -    | -  | -        | 1     | 是否达成",
        "BINARY      | AT_LEAST | 1   | -  | 0   | -    | -  | 已完成   | 0     | 是否达成",
        "BINARY      | AT_LEAST | 1   | -  | -   | -    | -  | 已完成   | 1     | 按完成状态",
        "BINARY      | AT_LEAST | 1   | -  | -   | -    | -  | 序时推进 | 0     | 按完成状态",
        "AMOUNT      | AT_MOST  | 5   | -  | 4   | -    | -  | -        | 1     | 在上限以内",
        "AMOUNT      | AT_MOST  | 5   | -  | 5   | -    | -  | -        | 1     | 在上限以内",
        "AMOUNT      | AT_MOST  | 5   | -  | 10  | -    | -  | -        | 0.5   | 超出上限",
        "ANNUAL      | AT_LEAST | 30  | -  | 15  | -    | -  | -        | 0.5   | 年度目标",
        "CUMULATIVE  | AT_LEAST | 60  | -  | 45  | -    | -  | -        | 0.75  | 累计目标",
        "AMOUNT      | AT_LEAST | 0   | -  | 0   | -    | -  | -        | 1     | 目标值为0",
        "AMOUNT      | AT_LEAST | 10  | -  | -   | -    | 40 | -        | 0.4   | 完成比例",
        "AMOUNT      | AT_LEAST | 10  | -  | -   | -    | -  | 已完成   | 1     | 已完成",
        "AMOUNT      | AT_LEAST | 10  | -  | -   | -    | -  | 未启动   | 0     | 未启动",
        "AMOUNT      | AT_LEAST | 10  | -  | -3  | -    | -  | -        | 0     | 累计完成值÷目标值",
        "GROWTH      | AT_MOST  | 3   | -  | -   | 2.5  | -  | -        | 1     | 在上限以内",
        "GROWTH      | AT_MOST  | 3   | -  | -   | 4    | -  | -        | 0.75  | 超出上限",
        "GROWTH      | AT_MOST  | 3   | -  | -   | -1   | -  | -        | 1     | 在上限以内",
        "SHARE       | AT_MOST  | 0   | -  | 0   | -    | -  | -        | 1     | 在上限以内",
        "SHARE       | AT_LEAST | 0   | -  | 5   | -    | -  | -        | 1     | 目标值为0",
        "DECREASE    | AT_MOST  | 3   | -  | -   | -3.3 | -  | -        | 1.1   | 同比增长取反",
        "RANGE       | AT_LEAST | 5   | 6  | -   | 8    | -  | 序时推进 | NaN   | 只报了增速",
        "ANNUAL      | AT_LEAST | 30  | -  | 36  | -    | -  | -        | 1.2   | 年度目标",
      })
  void eachKindHasItsRule(
      TargetKind kind, Comparison cmp, String value, String upper, String actual, String growth,
      String percent, String status, double expected, String basis) {
    Target t = target(kind, cmp, value, upper, "个");
    Status s = status == null ? null : Status.fromLabel(status).orElseThrow();
    Completion c = TargetCompletion.of(t, ItemReport.of(n(actual), n(growth), n(percent), s));
    if (Double.isNaN(expected)) {
      assertFalse(c.isKnown(), "unknown, not " + c.ratio());
    } else {
      assertEquals(expected, c.ratio(), 1e-9, c.basis());
    }
    assertTrue(c.basis().contains(basis), "basis was " + c.basis());
  }

  @Test
  void noReportIsUnknown() {
    Completion c = TargetCompletion.of(Fixtures.amount("10", "个"), ItemReport.EMPTY);
    assertFalse(c.isKnown());
    assertEquals("未报送", c.basis());
  }

  @Test
  void growthReportedAgainstAnAmountIsNotComputed() {
    Completion c = TargetCompletion.of(
        Fixtures.amount("10", "个"), ItemReport.of(null, new BigDecimal("12"), null, Status.ON_TRACK));
    assertFalse(c.isKnown(), "a rate cannot be divided by a count: " + c.ratio());
    assertTrue(c.basis().contains("只报了增速"), c.basis());
  }

  @Test
  void taskWithoutNumber() {
    assertEquals(1.0, TargetCompletion.withoutTarget(ItemReport.of(null, null, null, Status.DONE)).ratio());
    assertEquals(0.4, TargetCompletion.withoutTarget(ItemReport.of(null, null, n("40"), Status.ON_TRACK)).ratio(), 1e-9);
    assertEquals(0.0, TargetCompletion.withoutTarget(ItemReport.of(null, null, null, Status.NOT_STARTED)).ratio());
    assertFalse(TargetCompletion.withoutTarget(ItemReport.of(null, null, null, Status.ON_TRACK)).isKnown());
    assertFalse(TargetCompletion.withoutTarget(ItemReport.EMPTY).isKnown());
  }

  @Test
  void shownUncappedAveragedCapped() {
    Completion over = TargetCompletion.of(Fixtures.amount("10", "个"), ItemReport.of(n("15"), null, null, null));
    assertEquals(1.5, over.ratio(), 1e-9, "shown as reported: 150%");
    assertEquals(1.0, over.capped(), 1e-9, "counts 100% in an average");
    Completion half = TargetCompletion.of(Fixtures.amount("10", "个"), ItemReport.of(n("5"), null, null, null));
    assertEquals(0.75, Averages.cappedMean(java.util.List.of(over, half, Completion.UNKNOWN), "").ratio(), 1e-9,
        "(100% + 50%) / 2: the unknown one is left out, the 150% cannot hide the 50%");
  }

  @Test
  void againstASubTarget() {
    Completion c = TargetCompletion.of(Fixtures.amount("20", "家"), n("8"), ItemReport.of(n("6"), null, null, null));
    assertEquals(0.75, c.ratio(), 1e-9);
  }
}

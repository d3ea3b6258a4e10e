package org.duban.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.model.Completion;
import org.duban.model.Deadline;
import org.duban.model.Light;
import org.duban.model.Problem;
import org.duban.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightRuleTest {
  private static final LocalDate SEP_END = LocalDate.of(2025, 9, 30);
  private static final Deadline YEAR_END = new Deadline("到2025年", LocalDate.of(2025, 12, 31));

  private static Light light(Thresholds th, double ratio, Status s, Deadline d) {
    return new LightRule(th).judge(new Completion(ratio, ""), 0.75, s, d, SEP_END).light();
  }

  @ParameterizedTest(name = "{0} against 75% -> {1}")
  @CsvSource({
    "1.12, GREEN", "0.75, GREEN", "0.66, GREEN", "0.65, GREEN", "0.64, AMBER", "0.45, AMBER",
    "0.44, RED", "0, RED", "NaN, NONE"
  })
  void defaultThresholds(double ratio, Light expected) {
    assertEquals(expected, light(Thresholds.DEFAULT, ratio, null, YEAR_END));
  }

  @Test
  void reportedBehindOrPastDeadlineIsRed() {
    assertEquals(Light.RED, light(Thresholds.DEFAULT, 0.74, Status.BEHIND, YEAR_END));
    Deadline june = Deadline.parse("2025年6月底前", null);
    Judgement j = new LightRule(Thresholds.DEFAULT)
        .judge(new Completion(0.9, ""), 1.0, Status.ON_TRACK, june, SEP_END);
    assertEquals(Light.RED, j.light());
    assertTrue(j.reason().contains("2025年6月底前"), j.reason());
    // Done is done, even after the deadline.
    assertEquals(Light.GREEN, light(Thresholds.DEFAULT, 1.0, Status.DONE, june));
    // Not reported, but its deadline has passed: red, not "no judgement".
    assertEquals(Light.RED, light(Thresholds.DEFAULT, Double.NaN, null, june));
  }

  @Test
  void everyReasonIsGivenGravestFirst() {
    Deadline june = Deadline.parse("2025年6月底前", null);
    LightRule rule = new LightRule(Thresholds.DEFAULT);
    assertEquals(new Judgement(Light.RED, "已过完成时限（2025年6月底前）仍未完成；市科技局填报状态为滞后；落后序时进度60个百分点"),
        rule.judge(new Completion(0.4, ""), 1.0, Status.BEHIND, "市科技局", june, SEP_END));
    // Behind by status only: still red, and the small gap is not listed.
    assertEquals(new Judgement(Light.RED, "填报状态为滞后"),
        rule.judge(new Completion(0.7, ""), 0.75, Status.BEHIND, YEAR_END, SEP_END));
    // Past its deadline with no return: red, and why there is no figure.
    assertEquals(new Judgement(Light.RED, "已过完成时限（2025年6月底前）仍未完成；牵头单位未报送"),
        rule.judge(new Completion(Double.NaN, "牵头单位未报送"), 1.0, null, june, SEP_END));
  }

  @Test
  void reasonNamesThePoints() {
    Judgement j = new LightRule(Thresholds.DEFAULT).judge(new Completion(0.4, ""), 0.75, null, YEAR_END, SEP_END);
    assertEquals("落后序时进度35个百分点", j.reason());
  }

  @Test
  void thresholdsFromSettings() {
    List<Problem> problems = new ArrayList<>();
    Thresholds th = Thresholds.fromSettings(Map.of("绿灯容差", "5", "红灯差距", "20%"), problems);
    assertEquals(new Thresholds(5, 20), th);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(Light.AMBER, light(th, 0.66, null, YEAR_END));
    assertEquals(Light.RED, light(th, 0.54, null, YEAR_END));
    assertEquals(new Thresholds(5, 25), th.with(null, 25.0));
  }

  @Test
  void badSettingsWarnAndFallBack() {
    List<Problem> problems = new ArrayList<>();
    Thresholds th = Thresholds.fromSettings(Map.of("绿灯容差", "十"), problems);
    assertEquals(Thresholds.DEFAULT, th);
    assertEquals(1, problems.size());
    assertEquals("十", problems.get(0).value());
    problems.clear();
    assertEquals(Thresholds.DEFAULT, Thresholds.fromSettings(Map.of("绿灯容差", "40"), problems));
    assertTrue(problems.get(0).message().contains("红灯差距"), problems.get(0).message());
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(-1, 30));
  }
}

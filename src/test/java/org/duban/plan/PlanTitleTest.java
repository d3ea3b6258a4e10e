package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.duban.model.Location;
import org.duban.model.SourceLine;
import org.junit.jupiter.api.Test;

class PlanTitleTest {
  private static List<SourceLine> lines(String... text) {
    return java.util.stream.IntStream.range(0, text.length)
        .mapToObj(i -> new SourceLine(text[i], Location.ofLine("x.txt", i + 1)))
        .toList();
  }

  @Test
  void titleLineWins() {
    assertEquals("创新提升行动实施方案",
        PlanInfoReader.title(lines("创新提升行动实施方案", "为加快创新驱动发展,特制定本方案。"), "x.txt"));
  }

  @Test
  void withoutTitleThePreambleNamesThePlan() {
    assertEquals("衡阳市科技创新赋能攻坚行动实施方案", PlanInfoReader.title(lines(
        "为落实湖南省科技创新赋能攻坚行动,纵深推进发展战略,结合衡阳实际,特制定本实施方案。", "一、攻坚目标"), "000.txt"));
    assertEquals("“智赋万企”行动工作方案".replace("“", "").replace("”", ""), PlanInfoReader.title(lines(
        "为深入贯彻落实“智赋万企”行动,加快数字化转型,制定本工作方案。"), "000.txt"));
  }

  @Test
  void otherwiseTheFileName() {
    assertEquals("000_abc", PlanInfoReader.title(lines("一、总体要求", "（一）目标"), "000_abc.txt"));
    assertNull(PlanInfoReader.fromPreamble(lines("为加快创新驱动发展,特此通知。")));
  }
}

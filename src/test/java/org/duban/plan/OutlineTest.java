package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.duban.model.Task;
import org.junit.jupiter.api.Test;

/** Numbering, OCR repair and section kinds, through the parser. */
class OutlineTest {
  static PlanParse parse(String... lines) {
    List<SourceLine> src = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      src.add(new SourceLine(lines[i], Location.ofLine("方案.txt", i + 1)));
    }
    return PlanParser.parse(src, "方案.txt");
  }

  static List<String> ids(PlanParse p) {
    List<String> ids = new ArrayList<>();
    p.plan().tasks().forEach(t -> ids.add(t.id()));
    return ids;
  }

  @Test
  void fullWidthAndHalfWidthNumberingAtEveryLevel() {
    PlanParse p =
        parse(
            "某某实施方案",
            "一、工作目标",
            "到2025年，高新技术企业达300家。",
            "二、重点任务",
            "（一）强化平台",
            "1．建设实验室。推进实验室建设。（市科技局牵头）",
            "2、建设中心。推进中心建设。（市发改委牵头）",
            "（二）强化人才",
            "1.引进人才",
            "(1)引进院士。引进院士2名。(市委组织部牵头)",
            "（2）培养博士。培养博士10名。（市人社局牵头）",
            "三、保障措施",
            "（一）加强领导。成立专班。(市政府办牵头)");
    assertEquals(List.of("二.(一).1", "二.(一).2", "二.(二).1.(1)", "二.(二).1.(2)"), ids(p));
    Task t = p.plan().tasks().get(2);
    assertEquals("1.引进人才", t.section());
    assertEquals("引进院士", t.title());
    assertEquals(10, t.source().line());
    assertEquals(1, p.plan().goals().size());
    assertEquals("某某实施方案", p.plan().info().name());
  }

  @Test
  void chaptersAboveTheNumbering() {
    PlanParse p =
        parse(
            "第一章 总则",
            "一、编制依据",
            "依据有关文件制定。",
            "第二章 重点任务",
            "一、科技创新",
            "1.建设平台。建设平台3个。(市科技局牵头)",
            "第三章 重点任务",
            "一、人才引育",
            "1.引进人才。引进人才10名。(市委组织部牵头)");
    assertEquals(List.of("第二章.一.1", "第三章.一.1"), ids(p));
  }

  @Test
  void ocrDamageIsRepaired() {
    PlanParse p =
        parse(
            "三、重点任务(-)实施能力提升工程L建设高水平创新平台。遴选IOO家以上重点企业。2、高端人才引育集聚。引进人才30人以上。");
    assertEquals(List.of("三.(一).1", "三.(一).2"), ids(p));
    Task first = p.plan().tasks().get(0);
    assertEquals("(一)实施能力提升工程", first.section());
    assertEquals("建设高水平创新平台", first.title());
    assertEquals("遴选重点企业 ≥100家", first.targets().get(0).notation());
    assertTrue(
        p.problems().stream().anyMatch(x -> x.message().equals("疑似识别错误,已把“IOO”读作“100”,请核对")),
        p.problems().toString());
    PlanParse spoiled = parse("一、重点任务", "1.推进创新。遴选1O0家重点企业,引进3S0家企业。(市科技局牵头)");
    assertEquals("遴选重点企业 ≥100家", spoiled.plan().tasks().get(0).targets().get(0).notation());
    assertTrue(
        spoiled.problems().stream()
            .anyMatch(x -> x.message().equals("任务 一.1 中有看不懂的数字") && x.value().equals("3S0家")),
        spoiled.problems().toString());
  }

  @Test
  void pageNumbersGluedIntoTheTextAreDropped() {
    String filler = "推进科技创新工作持续深入开展".repeat(12);
    PlanParse p =
        parse(
            "1、某某工作方案为深入实施创新驱动发展战略,制定本方案。" + filler + "。二、主",
            "2、要目标到2025年,高新技术企业数量达300家。" + filler + "。三、重点任务(一)实施",
            "3、科技工程L建设平台。建设平台5家。" + filler + "。");
    assertEquals("高新技术企业数量 ≥300家（到2025年）", p.plan().goals().get(0).target().notation());
    assertEquals(List.of("三.(一).1"), ids(p));
    assertEquals("(一)实施科技工程", p.plan().tasks().get(0).section());
  }

  @Test
  void aNumberedListOfLongParagraphsIsNotAPageDump() {
    String filler = "推进科技创新工作持续深入开展".repeat(12);
    PlanParse p =
        parse(
            "一、重点任务",
            "1、建设平台。" + filler + "。(市科技局牵头)",
            "2、引进人才。" + filler + "。(市委组织部牵头)",
            "3、培育企业。" + filler + "。(市工业和信息化局牵头)");
    assertEquals(List.of("一.1", "一.2", "一.3"), ids(p));
    assertEquals("引进人才", p.plan().tasks().get(1).title());
  }

  @Test
  void partsThatAreNotTasksAreSkipped() {
    PlanParse p =
        parse(
            "一、指导思想",
            "坚持创新驱动。(市科技局牵头)",
            "二、主要任务",
            "1.推进创新。建设平台10个。(市科技局牵头)",
            "三、推进机制",
            "1.加强调度。每月报送1篇以上新闻报道。(专班办公室负责)",
            "扫一扫在手机打开当前页");
    assertEquals(List.of("二.1"), ids(p));
  }

  /** Topical parts hold tasks; background, principles and steps do not, numbered or not. */
  @Test
  void partsHeadedByTopicHoldTasksAndTheOthersDoNot() {
    PlanParse p =
        parse(
            "一、工作背景",
            "1.近年来全县建成产业园区3个。",
            "二、工作原则",
            "1.坚持统筹推进,建立联席会议制度。",
            "三、推进园区扩容提质",
            "1.新建标准厂房5万平方米。(县工信局牵头)",
            "四、时间安排",
            "1.6月底前完成规划编制。(县发改局负责)",
            "重点任务",
            "1.引进亿元以上项目8个。(县商务局牵头)");
    assertEquals(List.of("三.1", "1"), ids(p));
  }

  @Test
  void doubtsAreReportedWithTheirLine() {
    PlanParse p =
        parse(
            "一、重点任务",
            "1.推进创新。建设平台10个。",
            "2.推进合作。(市科技局牵头)",
            "2.推进开放。(市商务局牵头,加快推进各项工作落实等按职责分工负责)");
    List<String> rendered = new ArrayList<>();
    p.problems().forEach(x -> rendered.add(x.render()));
    assertTrue(rendered.stream().anyMatch(s -> s.startsWith("方案.txt:2: 警告: 任务 一.1 没有写明责任单位")), rendered.toString());
    assertTrue(rendered.stream().anyMatch(s -> s.startsWith("方案.txt:4: 警告: 任务编号 一.2 重复出现")), rendered.toString());
    assertTrue(rendered.stream().anyMatch(s -> s.contains("责任单位列表中有看不懂的部分")), rendered.toString());
    assertEquals(List.of("一.1", "一.2", "一.2#2"), ids(p));
    for (Problem x : p.problems()) {
      if (x.message().contains("任务")) {
        assertTrue(x.where().line() > 0, x.render());
      }
    }
  }

  @Test
  void oneTaskPerUnitListInAParagraph() {
    PlanParse p =
        parse(
            "一、重点任务",
            "1.推进建设。推进A建设。(市科技局牵头,市财政局配合)推进B建设,建成基地3个。(市教育局牵头负责)");
    assertEquals(List.of("一.1-1", "一.1-2"), ids(p));
    assertEquals(List.of("市财政局"), p.plan().tasks().get(0).cooperators());
    assertEquals(List.of("市教育局"), p.plan().tasks().get(1).leads());
    assertEquals("推进B建设,建成基地3个", p.plan().tasks().get(1).title());
  }
}

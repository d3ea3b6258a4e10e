package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duban.model.Goal;
import org.duban.model.Task;
import org.junit.jupiter.api.Test;

/** Measures written as a heading with a paragraph, introductions, and goal parts inside 总体要求. */
class ParagraphTasksTest {
  @Test
  void headingWithParagraphIsOneTaskAndIntroductionsAreNot() {
    PlanParse p =
        OutlineTest.parse(
            "一、总体要求",
            "（一）指导思想",
            "坚持以人民为中心。",
            "（二）工作目标",
            "到2025年底，新增市场主体5万户以上，营商环境评价进入全省前5名。",
            "二、重点任务",
            "（一）提升政务服务效能",
            "围绕企业需求，全面提升服务效能。",
            "1.深化改革。实现50项高频事项“一件事一次办”。（责任单位：市政务服务中心、市数据局、各县市区人民政府。列第一位的为牵头单位，下同）",
            "（二）优化市场环境",
            "2.加强知识产权保护。",
            "责任单位：市市场监管局、市公安局",
            "（三）推进数字政府",
            "持续推进数字政府建设，新建应用场景10个。（市数据局牵头）",
            "三、保障措施",
            "（一）强化目标考核。将工作纳入绩效考核。（市政府办牵头）");
    List<Task> tasks = p.plan().tasks();
    assertEquals(List.of("二.(一).1", "二.(二).2", "二.(三)"), tasks.stream().map(Task::id).toList());
    assertEquals(List.of("市政务服务中心"), tasks.get(0).leads());
    assertEquals(List.of("市数据局", "各县市区人民政府"), tasks.get(0).cooperators());
    assertEquals("加强知识产权保护", tasks.get(1).title());
    assertEquals(List.of("市市场监管局"), tasks.get(1).leads());
    assertEquals(List.of("市公安局"), tasks.get(1).cooperators());
    assertEquals("推进数字政府", tasks.get(2).title());
    assertEquals("二、重点任务", tasks.get(2).section());
    assertEquals("新建应用场景 ≥10个", tasks.get(2).targets().get(0).notation());
    assertEquals(1, p.plan().goals().size());
    assertEquals("新增市场主体 ≥5万户（到2025年底）", p.plan().goals().get(0).target().notation());
  }

  @Test
  void measuresUnderAGroupWithUnitsInheritThem() {
    PlanParse p =
        OutlineTest.parse(
            "一、重点任务",
            "（一）加快平台建设。（市发改委牵头，市财政局配合）",
            "1.建设实验室。新建实验室2家。",
            "2.建设中心。新建中心3家。（市科技局牵头）",
            "（二）强化人才支撑。引进人才50名。（市委组织部牵头）");
    List<Task> tasks = p.plan().tasks();
    assertEquals(List.of("一.(一).1", "一.(一).2", "一.(二)"), tasks.stream().map(Task::id).toList());
    assertEquals(List.of("市发改委"), tasks.get(0).leads());
    assertEquals(List.of("市财政局"), tasks.get(0).cooperators());
    assertEquals(List.of("市科技局"), tasks.get(1).leads());
    assertEquals(0, p.problems().stream().filter(x -> x.message().contains("没有写明责任单位")).count());
  }

  @Test
  void circledNumbersNumberMeasuresAtTheStartOfALineOnly() {
    PlanParse p =
        OutlineTest.parse(
            "一、聚焦产业发展",
            "①做强特色产业。新建高标准农田2万亩，重点做好三件事：①建基地；②育品牌；③拓市场。",
            "责任单位：县农业农村局，各乡镇人民政府",
            "②壮大村级集体经济。集体经济收入10万元以上的村占比达到60%。",
            "责任单位：县委组织部（牵头）、县财政局、县农业农村局",
            "二、聚焦乡村建设",
            "⑴加强农村道路建设。新改建农村公路150公里。（县交通运输局负责）");
    List<Task> tasks = p.plan().tasks();
    assertEquals(List.of("一.①", "一.②", "二.(1)"), tasks.stream().map(Task::id).toList());
    assertEquals("做强特色产业", tasks.get(0).title());
    assertEquals(List.of("县农业农村局", "各乡镇人民政府"), tasks.get(0).leads());
    assertEquals(List.of("县委组织部"), tasks.get(1).leads());
    assertEquals(List.of("县财政局", "县农业农村局"), tasks.get(1).cooperators());
    // the 10万元 qualifies the villages counted; only the share is a target
    assertEquals(List.of("集体经济收入10万元以上的村 占比≥60%"),
        tasks.get(1).targets().stream().map(t -> t.notation()).toList());
    assertEquals(List.of("县交通运输局"), tasks.get(2).leads());
  }

  @Test
  void goalUnitsOnLinesOfTheirOwnAfterTheLeaderInCharge() {
    PlanParse p =
        OutlineTest.parse(
            "一、主要目标",
            "1.地区生产总值增长7%左右。",
            "牵头负责领导:金力",
            "牵头责任单位:市发改委",
            "协同责任单位:市统计局、市财政局",
            "2.城镇新增就业3万人以上。",
            "牵头责任单位:市人社局",
            "二、重点任务",
            "1.建设实验室。新建实验室2家。（市科技局牵头）");
    List<Goal> goals = p.plan().goals();
    assertEquals(2, goals.size());
    assertEquals(List.of("市发改委", "市统计局", "市财政局"), goals.get(0).units());
    assertEquals(List.of("市人社局"), goals.get(1).units());
    assertEquals(java.util.Map.of("牵头负责领导", "金力"), goals.get(0).extras());
  }

  @Test
  void deadlineStatedInTheListIsTheTasksAndItsTargets() {
    PlanParse p =
        OutlineTest.parse(
            "一、强化企业创新主体地位",
            "1.推动研发活动全覆盖。有研发活动的规上工业企业占比达到45%。（责任单位：市科技局；完成时限：2025年11月底前）");
    Task t = p.plan().tasks().get(0);
    assertEquals(List.of("市科技局"), t.leads());
    assertEquals("2025年11月底前", t.deadline().text());
    assertEquals("有研发活动的规上工业企业 占比≥45%（2025年11月底前）", t.targets().get(0).notation());
  }

  @Test
  void leaderInChargeOfATaskIsKeptBesideIt() {
    PlanParse p =
        OutlineTest.parse(
            "二、坚决打好三大攻坚战",
            "12. 新建改造农村公路500公里。",
            "牵头负责领导:李四。",
            "牵头责任单位:市交通运输局。");
    Task t = p.plan().tasks().get(0);
    assertEquals(List.of("市交通运输局"), t.leads());
    assertEquals("新建改造农村公路500公里。", t.content());
    assertEquals(java.util.Map.of("牵头负责领导", "李四"), t.extras());
  }
}

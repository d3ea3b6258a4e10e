package org.duban.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;
import org.duban.model.Problem;
import org.duban.model.Status;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static RoundAssessment september() {
    return Assessor.assess(Fixtures.plan(), Fixtures.september(), List.of(Fixtures.june()),
        Thresholds.DEFAULT, List.of());
  }

  private static TaskAssessment task(RoundAssessment a, String id) {
    return a.tasks().stream().filter(t -> t.task().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void taskCompletionComesFromTheLead() {
    TaskAssessment t = task(september(), "一.1");
    assertEquals(1.2, t.completion().ratio(), 1e-9, "shown uncapped");
    assertEquals(Light.GREEN, t.judgement().light());
    assertEquals("12", t.actualText());
    assertEquals("已布局12个项目", t.merged(UnitResult::progress));
  }

  @Test
  void severalLeadsAverageThoseThatReported() {
    TaskAssessment t = task(september(), "一.2");
    assertEquals(0.75, t.completion().ratio(), 1e-9);
    assertEquals("2个牵头单位中2个报送，取平均", t.completion().basis());
    assertEquals(Status.ON_TRACK, t.status());
    assertEquals("【市科技局】平台已挂牌\n【市农业农村局】=HYPERLINK(\"x\")农业平台在建",
        t.merged(UnitResult::progress), "lead order, each unit named");
  }

  @Test
  void aLeadThatDidNotReportIsLeftOutOfTheAverage() {
    var base = Fixtures.september();
    var data = new org.duban.model.RoundData(base.round(), "", null,
        base.returns().stream().filter(r -> !r.unit().equals("市农业农村局")).toList(), base.intake());
    TaskAssessment t = Assessor.assess(Fixtures.plan(), data, List.of(), Thresholds.DEFAULT, List.of())
        .tasks().get(1);
    assertEquals(1.0, t.completion().ratio(), 1e-9);
    assertEquals("2个牵头单位中1个报送，取平均", t.completion().basis());
  }

  @Test
  void aTaskWithSeveralTargetsShowsEveryValueAndEveryProgressText() {
    var base = Fixtures.plan();
    var t = Fixtures.task("四.1", "(四)企业", "培育企业", List.of("市科技局"), List.of(),
        org.duban.model.Deadline.NONE, List.of(Fixtures.amount("10", "家"), Fixtures.amount("80", "个")));
    var plan = new org.duban.model.Plan(base.info(), List.of(), List.of(t), List.of(), base.units());
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(
        Fixtures.ret("市科技局")
            .num("四.1#1", org.duban.model.Field.ACTUAL, "3").text("四.1#1", org.duban.model.Field.PROGRESS, "新增3家")
            .num("四.1#2", org.duban.model.Field.ACTUAL, "56").text("四.1#2", org.duban.model.Field.PROGRESS, "建成56个")
            .build(r)), List.of());
    TaskAssessment task = Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of()).tasks().get(0);
    assertEquals("3家 / 目标" + t.targets().get(0).notation() + "\n56个 / 目标" + t.targets().get(1).notation(),
        task.actualText(), "one line per target, each with its measure word");
    assertEquals("新增3家\n建成56个", task.merged(UnitResult::progress), "the progress of every row");
  }

  @Test
  void aCollectiveLeadReportsThroughItsMembers() {
    var base = Fixtures.plan();
    var t = Fixtures.task("三.1", "(三)人才", "引育高层次人才", List.of("在衡高校"), List.of("市科技局"),
        org.duban.model.Deadline.NONE, List.of());
    var collective = new org.duban.model.Unit("在衡高校", List.of(), org.duban.model.UnitKind.COLLECTIVE,
        List.of("南华大学", "衡阳师范学院"), "", "");
    var plan = new org.duban.model.Plan(base.info(), List.of(), List.of(t), List.of(), List.of(collective));
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(
        Fixtures.ret("南华大学").text("三.1", org.duban.model.Field.STATUS, "已完成").build(r),
        Fixtures.ret("衡阳师范学院").num("三.1", org.duban.model.Field.PERCENT, "50")
            .text("三.1", org.duban.model.Field.STATUS, "序时推进").build(r)), List.of());
    RoundAssessment a = Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of());
    TaskAssessment task = a.tasks().get(0);
    assertEquals(0.75, task.completion().ratio(), 1e-9);
    assertEquals("2个牵头单位中2个报送，取平均", task.completion().basis());
    assertEquals(List.of("南华大学", "衡阳师范学院", "市科技局"),
        task.units().stream().map(UnitResult::unit).toList());
    UnitStanding nanhua = a.units().stream().filter(u -> u.unit().equals("南华大学")).findFirst().orElseThrow();
    assertEquals(1, nanhua.leadTasks());
    assertEquals(1.0, nanhua.leadCompletion(), 1e-9);
  }

  @Test
  void behindAndPastDeadlineIsRedAndUnreportedIsUnjudged() {
    RoundAssessment a = september();
    TaskAssessment growth = task(a, "二.1");
    assertEquals(0.5, growth.completion().ratio(), 1e-9);
    assertEquals(1.0, growth.schedule(), 1e-9, "due end of June: fully due by September");
    assertEquals(Light.RED, growth.judgement().light());
    TaskAssessment missing = task(a, "二.2");
    assertFalse(missing.completion().isKnown());
    assertEquals(Light.NONE, missing.judgement().light());
    assertEquals(Map.of(Light.GREEN, 2, Light.AMBER, 0, Light.RED, 1, Light.NONE, 1), a.lights());
    assertEquals(0.75, a.taskCompletion(), 1e-9, "mean of 100% (capped 120%), 75%, 50%");
    assertEquals(0.75, a.schedule(), 1e-9);
  }

  @Test
  void brokenDownIndicatorSumsItsUnits() {
    GoalAssessment g = september().goals().get(1);
    assertEquals("指标2", g.goal().id());
    assertEquals(0, g.actual().compareTo(new java.math.BigDecimal("9")));
    assertEquals(0.45, g.completion().ratio(), 1e-9);
    assertEquals(Light.AMBER, g.judgement().light(), "30 points behind is still amber");
    assertEquals(2, g.parts().size());
    assertEquals(0.75, g.parts().get(0).completion().ratio(), 1e-9, "甲区 9 of its own 12");
    assertFalse(g.parts().get(1).completion().isKnown(), "乙区 did not report");
    GoalAssessment lead = september().goals().get(0);
    assertEquals(0.8, lead.completion().ratio(), 1e-9);
    assertEquals("市科技局", lead.reportedBy());
  }

  @Test
  void unitsRankedOnTimelinessThenCompleteness() {
    List<UnitStanding> u = september().units();
    List<String> order = u.stream().map(UnitStanding::unit).toList();
    assertEquals(List.of("甲区", "市科技局", "市工信局", "市农业农村局", "市财政局", "乙区", "市发改委"), order);
    assertEquals(List.of(1, 1, 1, 4, 5, 6, 6), u.stream().map(UnitStanding::rank).toList());
    UnitStanding sci = u.get(1);
    assertEquals(2, sci.leadTasks());
    assertEquals(1, sci.cooperateTasks());
    assertEquals(1, sci.indicators());
    assertEquals(4, sci.items());
    assertEquals(1.0, sci.completeness(), 1e-9);
    assertEquals(1.0, sci.leadCompletion(), 1e-9, "capped mean of 120% and 100%");
    assertEquals(IntakeStatus.MISSING, u.get(6).intake());
    assertEquals(0.0, u.get(6).completeness());
  }

  @Test
  void completenessCountsRowsWithoutAFigure() {
    var r = Fixtures.september();
    var sept = r.round();
    var data = new org.duban.model.RoundData(sept, "", null, List.of(
        Fixtures.ret("市科技局").text("一.1", org.duban.model.Field.STATUS, "序时推进").build(sept)),
        List.of());
    UnitStanding sci = Assessor.assess(Fixtures.plan(), data, List.of(), Thresholds.DEFAULT, List.of())
        .units().stream().filter(x -> x.unit().equals("市科技局")).findFirst().orElseThrow();
    assertEquals(0, sci.itemsComplete(), "a status without the figure of a numbered task is not usable");
    assertEquals(IntakeStatus.ON_TIME, sci.intake());
  }

  @Test
  void bulletin() {
    assertEquals(
        "截至2025年9月底，《测试市科技创新实施方案》确定的4项重点任务中，已报送完成情况的3项平均完成率75%，"
            + "与序时进度（75%）持平。4项任务中，绿灯2项、红灯1项，另有1项因牵头单位未报送暂未评价。"
            + "目标指标方面，2项指标平均完成率62.5%。"
            + "“布局重大科技项目”已完成；"
            + "“推动工业投资增长”（市工信局牵头）进度滞后，亮红灯；"
            + "乙区、市发改委未报送，市财政局报送的表格已退回重报，市农业农村局逾期报送。",
        september().bulletin());
  }

  @Test
  void trendAndLightChanges() {
    RoundAssessment a = september();
    assertEquals(List.of("2025-06", "2025-09"), a.trend().stream().map(p -> p.round().toString()).toList());
    assertEquals(0.5, a.trend().get(0).schedule(), 1e-9);
    // June: 一.1 3 of 10 (30%), 二.1 8 of 8 (100%): mean 65%.
    assertEquals(0.65, a.trend().get(0).taskCompletion(), 1e-9);
    assertEquals(List.of(0.3, 1.2), a.history().get("一.1"));
    // 一.1 amber in June (30% against 50%), green now; 二.1 green in June, red now.
    assertEquals(Light.AMBER, a.previousLights().get("一.1"));
    List<String> changed = a.changes().stream().map(c -> c.taskId() + ":" + c.direction()).toList();
    assertTrue(changed.contains("一.1:好转"), changed.toString());
    assertTrue(changed.contains("二.1:退步"), changed.toString());
  }

  @Test
  void laterRoundsAreIgnoredAndOutdatedLedgerWarns() {
    var june = Fixtures.june();
    var withPrint = new org.duban.model.RoundData(june.round(), "0000", null, june.returns(), june.intake());
    List<Problem> problems = new ArrayList<>();
    RoundAssessment a = Assessor.assess(Fixtures.plan(), withPrint, List.of(Fixtures.september()),
        Thresholds.DEFAULT, problems);
    assertEquals(1, a.trend().size(), "September is after June");
    assertTrue(a.changes().isEmpty());
    assertEquals(1, a.problems().size());
  }

  @Test
  void aBrokenDownRateIsAveragedNotSummed() {
    var base = Fixtures.plan();
    var growth = Fixtures.target(org.duban.model.TargetKind.GROWTH, org.duban.model.Comparison.AT_LEAST, "8", null, "%");
    var goal = new org.duban.model.Goal("指标3", "规上工业增加值", growth, List.of("甲区", "乙区"), "", null, Map.of());
    var split = List.of(
        new org.duban.model.Breakdown("指标3", "规上工业增加值", "甲区", new java.math.BigDecimal("8"), "%"),
        new org.duban.model.Breakdown("指标3", "规上工业增加值", "乙区", new java.math.BigDecimal("10"), "%"));
    var plan = new org.duban.model.Plan(base.info(), List.of(goal), List.of(), split, List.of());
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(
        Fixtures.ret("甲区").num("指标3@甲区", org.duban.model.Field.GROWTH, "6").build(r),
        Fixtures.ret("乙区").num("指标3@乙区", org.duban.model.Field.GROWTH, "10").build(r)), List.of());
    GoalAssessment g = Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of()).goals().get(0);
    assertEquals(0.75, g.parts().get(0).completion().ratio(), 1e-9, "甲区 6% of its own 8%");
    assertEquals(1.0, g.parts().get(1).completion().ratio(), 1e-9, "乙区 10% of its own 10%");
    assertEquals(0.875, g.completion().ratio(), 1e-9, "(75% + 100%) / 2, not 16% ÷ 8%");
    assertTrue(g.completion().basis().contains("不能相加"), g.completion().basis());
    assertEquals(null, g.actual(), "no summed figure for a rate");
  }

  @Test
  void aBrokenDownAmountWithAUnitReportingOnlyARate() {
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(
        Fixtures.ret("甲区").num("指标2@甲区", org.duban.model.Field.ACTUAL, "9").build(r),
        Fixtures.ret("乙区").num("指标2@乙区", org.duban.model.Field.GROWTH, "12")
            .text("指标2@乙区", org.duban.model.Field.STATUS, "序时推进").build(r)), List.of());
    GoalAssessment g = Assessor.assess(Fixtures.plan(), data, List.of(), Thresholds.DEFAULT, List.of()).goals().get(1);
    assertFalse(g.parts().get(1).completion().isKnown(), "12% against 8家 is not a completion");
    assertEquals(Light.NONE, g.parts().get(1).judgement().light());
    assertEquals(0, g.actual().compareTo(new java.math.BigDecimal("9")), "the rate is not added to the count");
    assertEquals(0.45, g.completion().ratio(), 1e-9, "9 of 20");
  }

  @Test
  void aTaskWithSeveralTargetsAveragesThemCapped() {
    var base = Fixtures.plan();
    var t = Fixtures.task("三.1", "(三)平台", "建设研发平台", List.of("市科技局"), List.of(),
        org.duban.model.Deadline.NONE, List.of(Fixtures.amount("10", "个"), Fixtures.amount("5", "家")));
    var plan = new org.duban.model.Plan(base.info(), List.of(), List.of(t), List.of(), List.of());
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(
        Fixtures.ret("市科技局").num("三.1#1", org.duban.model.Field.ACTUAL, "15")
            .num("三.1#2", org.duban.model.Field.ACTUAL, "2").text("三.1#1", org.duban.model.Field.STATUS, "序时推进")
            .build(r)), List.of());
    TaskAssessment a = Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of()).tasks().get(0);
    assertEquals(0.7, a.completion().ratio(), 1e-9, "(100% for 150%, 40%) / 2");
    assertEquals("2项量化目标平均", a.completion().basis());
    assertEquals(Light.GREEN, a.judgement().light(), "5 points behind 75%");
  }

  @Test
  void multiYearPlanAnnualTargetAndEarlierDeadline() {
    var info = new org.duban.model.PlanInfo("五年行动方案", "", java.time.LocalDate.of(2021, 1, 1),
        java.time.LocalDate.of(2025, 12, 31), "", "", Map.of());
    var end = info.end();
    var annual = Fixtures.target(org.duban.model.TargetKind.ANNUAL, org.duban.model.Comparison.AT_LEAST, "30", null, "个");
    var total = Fixtures.target(org.duban.model.TargetKind.CUMULATIVE, org.duban.model.Comparison.AT_LEAST, "60", null, "亿元");
    List<org.duban.model.Task> tasks = List.of(
        Fixtures.task("一", "", "每年实施基础研究项目", List.of("甲局"), List.of(), org.duban.model.Deadline.parse("", end), List.of(annual)),
        Fixtures.task("二", "", "累计引导投资", List.of("甲局"), List.of(), org.duban.model.Deadline.parse("", end), List.of(total)),
        Fixtures.task("三", "", "建成中试基地", List.of("甲局"), List.of(),
            org.duban.model.Deadline.parse("2025年6月底前", end), List.of(Fixtures.amount("4", "个"))));
    var plan = new org.duban.model.Plan(info, List.of(), tasks, List.of(), List.of());
    var r = org.duban.model.Round.parse("2025-09");
    var data = new org.duban.model.RoundData(r, "", null, List.of(Fixtures.ret("甲局")
        .num("一", org.duban.model.Field.ACTUAL, "18").num("二", org.duban.model.Field.ACTUAL, "57")
        .num("三", org.duban.model.Field.ACTUAL, "3").build(r)), List.of());
    RoundAssessment a = Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of());
    assertEquals(0.95, a.schedule(), 1e-9, "57 of 60 months of 2021-2025");
    TaskAssessment perYear = a.tasks().get(0);
    assertEquals(0.75, perYear.schedule(), 1e-9, "a 每年 target runs over 2025 only");
    assertEquals(Light.AMBER, perYear.judgement().light(), "18 of 30 is 60%, 15 points behind 75% of the year");
    TaskAssessment cumulative = a.tasks().get(1);
    assertEquals(0.95, cumulative.completion().ratio(), 1e-9);
    assertEquals(Light.GREEN, cumulative.judgement().light());
    TaskAssessment early = a.tasks().get(2);
    assertEquals(1.0, early.schedule(), 1e-9, "due June 2025: 100% expected by September");
    assertEquals(Light.RED, early.judgement().light());
    assertEquals("已过完成时限（2025年6月底前）仍未完成；落后序时进度25个百分点", early.judgement().reason());
  }
}

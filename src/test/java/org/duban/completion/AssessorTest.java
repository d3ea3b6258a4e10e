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
        "截至2025年9月底，《测试市科技创新实施方案》共4项重点任务，平均完成率75%，序时进度75%；"
            + "绿灯2项、黄灯0项、红灯1项，1项因未报送暂未评价。2项目标指标平均完成率62.5%。"
            + "“布局重大科技项目”进展较快，已达到或超过序时进度；"
            + "“推动工业投资增长”滞后，牵头单位为市工信局；"
            + "乙区、市发改委、市财政局等4个单位未按时报送。",
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
}

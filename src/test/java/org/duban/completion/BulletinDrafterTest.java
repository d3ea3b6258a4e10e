package org.duban.completion;

import static org.duban.completion.Fixtures.amount;
import static org.duban.completion.Fixtures.ret;
import static org.duban.completion.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.duban.model.Deadline;
import org.duban.model.Field;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Task;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;

/** The 通报 draft read as a 督查室 would send it: whole sentences, every figure from the assessment. */
class BulletinDrafterTest {
  private static final Round SEP = Round.parse("2025-09");

  /** Five tasks of ≥10 each; T5 has two leads. */
  private static Plan plan() {
    PlanInfo info = new PlanInfo("测试市创新行动方案", "", Fixtures.START, Fixtures.END, "", "", Map.of());
    List<Task> tasks = List.of(
        task("一.1", "(一)攻关", "大力实施“4+4科创工程”", List.of("甲局"), List.of(), Deadline.NONE, List.of(amount("10", "个"))),
        task("一.2", "(一)攻关", "建设创新平台", List.of("甲局"), List.of(), Deadline.NONE, List.of(amount("10", "个"))),
        task("二.1", "(二)产业", "培育科技型企业", List.of("乙局"), List.of(), Deadline.NONE, List.of(amount("10", "个"))),
        task("二.2", "(二)产业", "推进成果转化", List.of("丙局"), List.of(), Deadline.NONE, List.of(amount("10", "个"))),
        task("二.3", "(二)产业", "建设人才高地", List.of("丁局", "戊局"), List.of(), Deadline.NONE,
            List.of(amount("10", "个"))));
    return new Plan(info, List.of(), tasks, List.of(), List.of());
  }

  private static UnitReturn one(String unit, String task, String actual, String status) {
    return ret(unit).num(task, Field.ACTUAL, actual).text(task, Field.STATUS, status).build(SEP);
  }

  private static RoundAssessment assess(Plan plan, RoundData data) {
    return Assessor.assess(plan, data, List.of(), Thresholds.DEFAULT, List.of());
  }

  @Test
  void namesTheLaggingTasksAfterTheUnitWhosePartIsBehind() {
    // Against 75%: 一.1 20%, 一.2 30%, 二.1 40% and 二.2 10% are red; 二.3 averages 75% but
    // 戊局 reports its part 滞后.
    RoundData data = new RoundData(SEP, "", null, List.of(
        ret("甲局").num("一.1", Field.ACTUAL, "2").text("一.1", Field.STATUS, "序时推进")
            .num("一.2", Field.ACTUAL, "3").text("一.2", Field.STATUS, "序时推进").build(SEP),
        one("乙局", "二.1", "4", "序时推进"),
        one("丙局", "二.2", "1", "滞后"),
        one("丁局", "二.3", "8", "序时推进"),
        one("戊局", "二.3", "7", "滞后")), List.of());
    RoundAssessment a = assess(plan(), data);
    TaskAssessment shared = a.tasks().get(4);
    assertEquals(Light.RED, shared.judgement().light());
    assertEquals("戊局填报状态为滞后", shared.judgement().reason(), "the reason names whose part is behind");
    assertEquals(List.of("戊局"), shared.laggingLeads());
    assertEquals(Light.GREEN, shared.units().get(0).judgement().light(), "丁局's own part is on schedule");
    assertEquals(
        "截至2025年9月底，《测试市创新行动方案》确定的5项重点任务平均完成率35%，落后序时进度（75%）40个百分点。"
            + "其中，红灯5项。"
            + "“推进成果转化”（丙局牵头）、“大力实施‘4+4科创工程’”“建设创新平台”（均由甲局牵头）等5项任务进度滞后，亮红灯；"
            + "各责任单位均按时报送。",
        a.bulletin());
  }

  @Test
  void aheadLagsAndMissingEachGetTheirClause() {
    RoundData data = new RoundData(SEP, "", null, List.of(
        ret("甲局").num("一.1", Field.ACTUAL, "12").text("一.1", Field.STATUS, "已完成")
            .num("一.2", Field.ACTUAL, "8").text("一.2", Field.STATUS, "序时推进").build(SEP),
        one("乙局", "二.1", "5.5", "序时推进"),
        one("丙局", "二.2", "2", "序时推进")),
        List.of(Fixtures.intake("甲局", IntakeStatus.ON_TIME, SEP, 1), Fixtures.intake("乙局", IntakeStatus.LATE, SEP, 9),
            Fixtures.intake("丙局", IntakeStatus.ON_TIME, SEP, 2), Fixtures.intake("丁局", IntakeStatus.MISSING, SEP, 0),
            Fixtures.intake("戊局", IntakeStatus.REJECTED, SEP, 0)));
    assertEquals(
        "截至2025年9月底，《测试市创新行动方案》确定的5项重点任务中，已报送完成情况的4项平均完成率63.8%，"
            + "落后序时进度（75%）11.2个百分点。5项任务中，绿灯2项、黄灯1项、红灯1项，另有1项因牵头单位未报送暂未评价。"
            + "“大力实施‘4+4科创工程’”“建设创新平台”2项任务进展较快，完成率已达到或超过序时进度；"
            + "“推进成果转化”（丙局牵头）进度滞后，亮红灯；"
            + "“培育科技型企业”（乙局牵头）进度偏慢，亮黄灯；"
            + "丁局未报送，戊局报送的表格已退回重报，乙局逾期报送。",
        assess(plan(), data).bulletin());
  }

  @Test
  void aYearEndRoundAllDoneAndOnTime() {
    Round year = Round.parse("2025");
    List<UnitReturn> all = List.of(
        ret("甲局").text("一.1", Field.STATUS, "已完成").text("一.2", Field.STATUS, "已完成").build(year),
        ret("乙局").text("二.1", Field.STATUS, "已完成").build(year),
        ret("丙局").text("二.2", Field.STATUS, "已完成").build(year),
        ret("丁局").text("二.3", Field.STATUS, "已完成").build(year),
        ret("戊局").text("二.3", Field.STATUS, "已完成").build(year));
    RoundAssessment a = assess(plan(), new RoundData(year, "", null, all, List.of()));
    assertEquals(
        "截至2025年底，《测试市创新行动方案》确定的5项重点任务平均完成率100%，与序时进度（100%）持平。"
            + "其中，绿灯5项，无红灯。"
            + "“大力实施‘4+4科创工程’”“建设创新平台”“培育科技型企业”等5项任务已完成；"
            + "各责任单位均按时报送。",
        a.bulletin());
  }

  @Test
  void nothingReportedYet() {
    RoundAssessment a = assess(plan(), new RoundData(SEP, "", null, List.of(), List.of()));
    assertEquals(
        "截至2025年9月底，《测试市创新行动方案》确定的5项重点任务尚无完成情况报送，序时进度为75%。"
            + "丁局、丙局、乙局等5个单位未报送。",
        a.bulletin());
  }
}

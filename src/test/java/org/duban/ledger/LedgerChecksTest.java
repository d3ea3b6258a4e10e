package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.junit.jupiter.api.Test;

class LedgerChecksTest {
  @Test
  void theSamplePlanLosesNothing() {
    assertEquals(List.of(), LedgerChecks.roundTrip(SamplePlan.plan()));
  }

  @Test
  void aUnitNameHoldingASeparatorWouldReadBackAsTwoUnits() {
    Plan p = SamplePlan.plan();
    Task t =
        new Task(
            "一.2",
            "",
            "协同",
            "",
            List.of("市科技局，市财政局"),
            List.of(),
            null,
            null,
            Location.ofLine("方案.txt", 3),
            null);
    List<Problem> found =
        LedgerChecks.roundTrip(new Plan(p.info(), List.of(), List.of(t), List.of(), List.of()));
    assertEquals(1, found.size(), found.toString());
    assertEquals("任务“一.2”的责任单位“市科技局，市财政局”写入台账后会读成“市科技局、市财政局”", found.get(0).message());
  }

  @Test
  void aMeasureWithBracketsWouldReadBackAsADeadline() {
    Target lossy =
        new Target(
            "引进资金",
            TargetKind.AMOUNT,
            Comparison.AT_LEAST,
            new BigDecimal("60"),
            null,
            "亿元(人民币)",
            Deadline.NONE,
            "累计引进资金60亿元(人民币)");
    Task t =
        new Task(
            "一.1",
            "",
            "招商",
            "",
            List.of("市商务局"),
            List.of(),
            new Deadline("2025年6月底前", LocalDate.of(2025, 5, 31)),
            List.of(lossy),
            Location.ofLine("方案.txt", 9),
            null);
    Plan p = SamplePlan.plan();
    Plan plan = new Plan(p.info(), List.of(), List.of(t), List.of(), List.of());
    List<Problem> found = LedgerChecks.roundTrip(plan);
    assertEquals(2, found.size(), found.toString());
    assertEquals(Location.ofLine("方案.txt", 9), found.get(0).where());
    assertEquals("任务“一.1”的量化目标写入台账后会读成“引进资金 ≥60亿元（人民币）”", found.get(0).message());
    assertEquals("引进资金 ≥60亿元(人民币)", found.get(0).value());
    assertEquals("任务“一.1”的完成时限“2025年6月底前”读回后的日期与解析结果不同", found.get(1).message());
  }
}

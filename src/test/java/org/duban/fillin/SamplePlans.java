package org.duban.fillin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.model.Breakdown;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/** Small plans built in code for the fill-in tests. */
final class SamplePlans {
  static final String KJJ = "市科技局";
  static final String CZJ = "市财政局";
  static final String PARK = "临湘高新区";

  private SamplePlans() {}

  static Target amount(String subject, int value, String measure) {
    return new Target(subject, TargetKind.AMOUNT, Comparison.AT_LEAST, BigDecimal.valueOf(value), null, measure,
        new Deadline("2025年", LocalDate.of(2025, 12, 31)), "");
  }

  static Target growth(String subject, String rate) {
    return new Target(subject, TargetKind.GROWTH, Comparison.AT_LEAST, new BigDecimal(rate), null, "%",
        new Deadline("2025年", LocalDate.of(2025, 12, 31)), "");
  }

  /** Three tasks (one with two targets, one with none), two goals, one breakdown row. */
  static Plan small() {
    PlanInfo info = new PlanInfo("衡阳市科技创新三年行动实施方案", "衡阳市人民政府", LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31), "市科创专班办公室", "seed.txt", Map.of());
    List<Task> tasks = List.of(
        new Task("二.(一).1", "(一)攻关", "体系化布局重大科技攻关项目",
            "体系化布局重大科技攻关项目。统筹布局市重大科技计划项目10个以上，" + "很长的任务文字".repeat(20),
            List.of(KJJ), List.of(CZJ), new Deadline("2025年", LocalDate.of(2025, 12, 31)),
            List.of(amount("统筹布局市重大科技计划项目", 10, "个")), Location.NONE, Map.of()),
        new Task("二.(一).2", "(一)攻关", "培育高新技术企业", "培育高新技术企业突破1200家，技术合同成交额增长8%",
            List.of(KJJ), List.of(), Deadline.NONE,
            List.of(amount("高新技术企业", 1200, "家"), growth("技术合同成交额", "8")), Location.NONE, Map.of()),
        new Task("三.(二).1", "(二)机制", "建立调度机制", "建立月调度机制",
            List.of(CZJ), List.of(KJJ), new Deadline("2025年6月底前", LocalDate.of(2025, 6, 30)),
            List.of(), Location.NONE, Map.of()));
    List<Goal> goals = List.of(
        new Goal("指标1", "高新技术企业数量", amount("高新技术企业", 1200, "家"), List.of(KJJ), "", Location.NONE, Map.of()),
        new Goal("指标2", "研发投入增长", growth("全社会研发投入", "9"), List.of(KJJ, CZJ), "", Location.NONE, Map.of()));
    List<Breakdown> breakdowns = List.of(new Breakdown("指标1", "高新技术企业数量", PARK, BigDecimal.valueOf(60), "家"));
    List<Unit> units = new ArrayList<>();
    units.add(new Unit(KJJ, List.of(), UnitKind.DEPARTMENT, List.of(), "张三", "0734-1234567"));
    units.add(Unit.named(CZJ, UnitKind.DEPARTMENT));
    units.add(Unit.named(PARK, UnitKind.PARK));
    return new Plan(info, goals, tasks, breakdowns, units);
  }
}

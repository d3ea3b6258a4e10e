package org.duban.completion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.model.Breakdown;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.Goal;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;

/** A small calendar-2025 plan and hand-made returns, shared by the completion and summary tests. */
public final class Fixtures {
  public static final LocalDate START = LocalDate.of(2025, 1, 1);
  public static final LocalDate END = LocalDate.of(2025, 12, 31);

  private Fixtures() {}

  public static Target target(TargetKind kind, Comparison cmp, String value, String upper, String measure) {
    return new Target(
        "", kind, cmp, new BigDecimal(value), upper == null ? null : new BigDecimal(upper), measure,
        Deadline.NONE, "");
  }

  public static Target amount(String value, String measure) {
    return target(TargetKind.AMOUNT, Comparison.AT_LEAST, value, null, measure);
  }

  public static Task task(
      String id, String section, String title, List<String> leads, List<String> coops,
      Deadline deadline, List<Target> targets) {
    return new Task(id, section, title, title + "。", leads, coops, deadline, targets,
        Location.ofLine("方案.txt", 1), Map.of());
  }

  /**
   * 一.1 布局重大科技项目 (市科技局, ≥10个); 一.2 建设创新平台 (市科技局、市农业农村局, no number);
   * 二.1 推动工业投资增长 (市工信局, 增长≥8%, 2025年6月底前); 二.2 培育科技型企业 (市发改委, no number);
   * 指标1 高新技术企业 ≥100家 (市科技局); 指标2 新增规上企业 ≥20家 split 甲区 12, 乙区 8.
   */
  public static Plan plan(Map<String, String> settings) {
    PlanInfo info = new PlanInfo("测试市科技创新实施方案", "测试市人民政府", START, END, "专班办公室", "方案.txt", settings);
    List<Task> tasks = List.of(
        task("一.1", "(一)科技攻关", "布局重大科技项目", List.of("市科技局"), List.of("市财政局"),
            Deadline.parse("到2025年", END), List.of(amount("10", "个"))),
        task("一.2", "(一)科技攻关", "建设创新平台", List.of("市科技局", "市农业农村局"), List.of(),
            Deadline.parse("", END), List.of()),
        task("二.1", "(二)产业培育", "推动工业投资增长", List.of("市工信局"), List.of("市科技局"),
            Deadline.parse("2025年6月底前", END),
            List.of(target(TargetKind.GROWTH, Comparison.AT_LEAST, "8", null, "%"))),
        task("二.2", "(二)产业培育", "培育科技型企业", List.of("市发改委"), List.of(),
            Deadline.parse("", END), List.of()));
    List<Goal> goals = List.of(
        new Goal("指标1", "高新技术企业数量", amount("100", "家"), List.of("市科技局"), "", null, Map.of()),
        new Goal("指标2", "新增规上企业", amount("20", "家"), List.of("甲区", "乙区"), "", null, Map.of()));
    List<Breakdown> split = List.of(
        new Breakdown("指标2", "新增规上企业", "甲区", new BigDecimal("12"), "家"),
        new Breakdown("指标2", "新增规上企业", "乙区", new BigDecimal("8"), "家"));
    return new Plan(info, goals, tasks, split, List.of());
  }

  public static Plan plan() {
    return plan(Map.of());
  }

  /** Builds one unit's return value by value, each at its own cell of 重点任务 or 指标. */
  public static final class ReturnBuilder {
    private final String unit;
    private final List<ReportedValue> values = new ArrayList<>();
    private int row = 5;

    public ReturnBuilder(String unit) {
      this.unit = unit;
    }

    public ReturnBuilder num(String item, Field f, String number) {
      values.add(new ReportedValue(item, f, number, new BigDecimal(number), where(f)));
      return this;
    }

    public ReturnBuilder text(String item, Field f, String text) {
      values.add(new ReportedValue(item, f, text, null, where(f)));
      return this;
    }

    private Location where(Field f) {
      return Location.ofCell(unit + ".xlsx", "重点任务", "" + (char) ('G' + f.ordinal()) + (row++));
    }

    public UnitReturn build(Round round) {
      return new UnitReturn(unit, round, unit + ".xlsx",
          new Filer("张三", "0730-1234567", round.end().plusDays(3), "李四"), values, List.of());
    }
  }

  public static ReturnBuilder ret(String unit) {
    return new ReturnBuilder(unit);
  }

  public static UnitIntake intake(String unit, IntakeStatus s, Round r, int daysAfterEnd) {
    return new UnitIntake(unit, s, s.reported() ? unit + ".xlsx" : "",
        s.reported() ? r.end().plusDays(daysAfterEnd) : null, 0, 0);
  }

  /**
   * Round 2025-09 of {@link #plan()}: 市科技局 12 of 10 projects, 一.2 已完成, 指标1 80家; 市农业农村局
   * 一.2 50%; 市工信局 growth 4% (滞后); 甲区 9 of 12; 市发改委, 市财政局, 乙区 missing.
   */
  public static RoundData september() {
    Round r = Round.parse("2025-09");
    List<UnitReturn> returns = List.of(
        ret("市科技局")
            .num("一.1", Field.ACTUAL, "12").text("一.1", Field.STATUS, "已完成")
            .text("一.1", Field.PROGRESS, "已布局12个项目")
            .text("一.2", Field.STATUS, "已完成").text("一.2", Field.PROGRESS, "平台已挂牌")
            .text("二.1", Field.STATUS, "序时推进").text("二.1", Field.PROGRESS, "配合开展技改")
            .num("指标1", Field.ACTUAL, "80")
            .build(r),
        ret("市农业农村局")
            .text("一.2", Field.STATUS, "序时推进").num("一.2", Field.PERCENT, "50")
            .text("一.2", Field.PROGRESS, "=HYPERLINK(\"x\")农业平台在建")
            .build(r),
        ret("市工信局")
            .num("二.1", Field.GROWTH, "4").text("二.1", Field.STATUS, "滞后")
            .text("二.1", Field.ISSUES, "项目开工不足")
            .build(r),
        ret("甲区").num("指标2@甲区", Field.ACTUAL, "9").build(r));
    List<UnitIntake> intake = List.of(
        intake("市科技局", IntakeStatus.ON_TIME, r, 2),
        intake("市农业农村局", IntakeStatus.LATE, r, 9),
        intake("市工信局", IntakeStatus.ON_TIME, r, 3),
        intake("甲区", IntakeStatus.ON_TIME, r, 1),
        intake("市发改委", IntakeStatus.MISSING, r, 0),
        intake("市财政局", IntakeStatus.REJECTED, r, 0),
        intake("乙区", IntakeStatus.MISSING, r, 0));
    return new RoundData(r, "", r.end().plusDays(5), returns, intake);
  }

  /** Round 2025-06: 市科技局 3 projects (序时推进), 市工信局 growth 8% (序时推进), others missing. */
  public static RoundData june() {
    Round r = Round.parse("2025-06");
    List<UnitReturn> returns = List.of(
        ret("市科技局").num("一.1", Field.ACTUAL, "3").text("一.1", Field.STATUS, "序时推进").build(r),
        ret("市工信局").num("二.1", Field.GROWTH, "8").text("二.1", Field.STATUS, "序时推进").build(r));
    return new RoundData(r, "", null, returns, List.of());
  }
}

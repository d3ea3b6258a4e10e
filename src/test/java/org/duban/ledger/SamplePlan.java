package org.duban.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** A plan using every feature the ledger has to carry, built by hand. */
final class SamplePlan {
  static final LocalDate END = LocalDate.of(2025, 12, 31);

  private SamplePlan() {}

  static Plan plan() {
    PlanInfo info =
        new PlanInfo(
            "衡阳市科技创新赋能攻坚行动实施方案",
            "衡阳市人民政府办公室",
            LocalDate.of(2025, 1, 1),
            END,
            "市科技创新工作专班办公室",
            "000_b24d0ce0b46200df.txt",
            Map.of("绿灯容差", "10", "红灯差距", "30"));
    List<Goal> goals =
        List.of(
            goal(
                "指标1",
                "高新技术企业数量",
                TargetKind.AMOUNT,
                Comparison.AT_LEAST,
                "1200",
                null,
                "家",
                "到2025年",
                List.of("市科技局"),
                "高新技术企业突破1200家",
                Map.of("备注", "省考指标")),
            goal(
                "指标2",
                "全社会研发投入",
                TargetKind.GROWTH,
                Comparison.AT_LEAST,
                "9",
                null,
                "%",
                "",
                List.of("市科技局", "市统计局"),
                "全社会研发投入增长9%以上",
                Map.of()),
            goal(
                "指标3",
                "新型研发机构",
                TargetKind.RANGE,
                Comparison.AT_LEAST,
                "5",
                "6",
                "个",
                "2025年底前",
                List.of("市科技局"),
                "新建新型研发机构5-6个",
                Map.of()),
            goal(
                "指标4",
                "引进高层次人才",
                TargetKind.APPROXIMATE,
                Comparison.ABOUT,
                "15",
                null,
                "名",
                "",
                List.of("市委人才办"),
                "引进高层次人才15名左右",
                Map.of()),
            goal(
                "指标5",
                "研发投入强度",
                TargetKind.SHARE,
                Comparison.AT_LEAST,
                "1.8",
                null,
                "%",
                "2025年",
                List.of("市科技局", "市财政局"),
                "研发投入强度达到1.8%",
                Map.of("备注", "")),
            goal(
                "指标6",
                "单位产值能耗",
                TargetKind.DECREASE,
                Comparison.AT_MOST,
                "3",
                null,
                "%",
                "",
                List.of("市发展改革委"),
                "单位产值能耗下降3%以内",
                Map.of()));
    List<Task> tasks =
        List.of(
            new Task(
                "二.(一).1",
                "(一)赋能高水平技术攻关",
                "体系化布局重大科技攻关项目",
                "统筹布局市重大科技计划项目10个以上，研发投入增长9%以上。",
                List.of("市科技局", "市工业和信息化局"),
                List.of("市财政局", "在衡高校"),
                Deadline.parse("2025年6月底前", END),
                List.of(
                    new Target(
                        "统筹布局市重大科技计划项目",
                        TargetKind.AMOUNT,
                        Comparison.AT_LEAST,
                        new BigDecimal("10"),
                        null,
                        "个",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "研发投入",
                        TargetKind.GROWTH,
                        Comparison.AT_LEAST,
                        new BigDecimal("9"),
                        null,
                        "%",
                        Deadline.parse("2025年", END),
                        "")),
                Location.ofLine("000_b24d0ce0b46200df.txt", 42),
                extras("督办人", "张三", "备注", "季度调度")),
            new Task(
                "二.(一).2",
                "(一)赋能高水平技术攻关",
                "建设创新平台",
                "争创国家级创新平台，新增省级平台5-6家，累计引进资金突破60亿元，每年不少于30个项目。",
                List.of("长株潭三市人民政府"),
                List.of(),
                Deadline.parse("年内", END),
                List.of(
                    new Target(
                        "争创国家级创新平台",
                        TargetKind.BINARY,
                        Comparison.AT_LEAST,
                        BigDecimal.ONE,
                        null,
                        "家",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "新增省级平台",
                        TargetKind.RANGE,
                        Comparison.AT_LEAST,
                        new BigDecimal("5"),
                        new BigDecimal("6"),
                        "家",
                        Deadline.parse("2025年底前", END),
                        ""),
                    new Target(
                        "引进资金",
                        TargetKind.CUMULATIVE,
                        Comparison.AT_LEAST,
                        new BigDecimal("60"),
                        null,
                        "亿元",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "",
                        TargetKind.ANNUAL,
                        Comparison.AT_LEAST,
                        new BigDecimal("30"),
                        null,
                        "个",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "企业成本",
                        TargetKind.DECREASE,
                        Comparison.AT_LEAST,
                        new BigDecimal("2.5"),
                        null,
                        "%",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "高校成果转化占比",
                        TargetKind.SHARE,
                        Comparison.AT_LEAST,
                        new BigDecimal("22"),
                        null,
                        "%",
                        Deadline.NONE,
                        ""),
                    new Target(
                        "专业人才",
                        TargetKind.APPROXIMATE,
                        Comparison.ABOUT,
                        new BigDecimal("15"),
                        null,
                        "名",
                        Deadline.NONE,
                        "")),
                Location.ofLine("000_b24d0ce0b46200df.txt", 57),
                extras("督办人", "李四")),
            new Task(
                "三.1",
                "三、保障措施",
                "加强统筹调度",
                "各相关部门每季度报送进展。",
                List.of(),
                List.of(),
                Deadline.parse("", END),
                List.of(),
                Location.ofCell("任务分解表.xlsx", "Sheet1", "B7"),
                Map.of()));
    List<Breakdown> breakdowns =
        List.of(
            new Breakdown("指标1", "高新技术企业数量", "临湘高新区", new BigDecimal("10"), "家"),
            new Breakdown("指标1", "高新技术企业数量", "各镇(街道)", new BigDecimal("2.5"), "家"));
    List<Unit> units =
        List.of(
            new Unit(
                "市科技局",
                List.of("衡阳市科学技术局", "市科学技术局"),
                UnitKind.DEPARTMENT,
                List.of(),
                "王五",
                "0734-8888888"),
            new Unit("在衡高校", List.of(), UnitKind.COLLECTIVE, List.of("南华大学", "衡阳师范学院"), "", ""),
            new Unit(
                "长株潭三市人民政府",
                List.of("長株潭三市人民政府"),
                UnitKind.COLLECTIVE,
                List.of("长沙市人民政府", "株洲市人民政府", "湘潭市人民政府"),
                "",
                ""),
            new Unit("临湘高新区", List.of(), UnitKind.PARK, List.of(), "赵六", "13800138000"),
            Unit.named("市财政局", UnitKind.DEPARTMENT));
    return new Plan(info, goals, tasks, breakdowns, units);
  }

  private static Goal goal(
      String id,
      String name,
      TargetKind kind,
      Comparison cmp,
      String value,
      String upper,
      String measure,
      String deadline,
      List<String> units,
      String text,
      Map<String, String> extras) {
    Target t =
        new Target(
            name,
            kind,
            cmp,
            new BigDecimal(value),
            upper == null ? null : new BigDecimal(upper),
            measure,
            deadline.isEmpty() ? Deadline.NONE : Deadline.parse(deadline, END),
            "");
    Map<String, String> kept = new LinkedHashMap<>(extras);
    kept.values().removeIf(String::isEmpty); // a blank extra cell reads back as no value
    return new Goal(id, name, t, units, text, Location.NONE, kept);
  }

  private static Map<String, String> extras(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The goals with the location they get when read back from a ledger, for comparing. */
  static List<Goal> withoutSource(List<Goal> goals) {
    return goals.stream()
        .map(
            g ->
                new Goal(
                    g.id(), g.name(), g.target(), g.units(), g.text(), Location.NONE, g.extras()))
        .toList();
  }
}

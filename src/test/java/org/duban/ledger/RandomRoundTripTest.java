package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random plans survive write then read; a failure names its seed so it can be replayed. */
class RandomRoundTripTest {
  private static final String[] UNITS = {
    "市科技局",
    "市财政局",
    "市发展改革委",
    "市工业和信息化局",
    "在衡高校",
    "各县市区人民政府",
    "临湘高新区",
    "市政府办(金融工作科)",
    "人民银行衡阳市分行",
    "長株潭三市人民政府",
    "市委人才办"
  };
  private static final String[] SUBJECTS = {
    "",
    "高新技术企业",
    "新增5G基站",
    "研发投入",
    "技术合同成交额",
    "省级以上创新平台",
    "科技型中小企业评价入库",
    "专精特新“小巨人”企业",
    "规模以上工业企业研发机构覆盖率"
  };
  private static final String[] MEASURES = {"家", "个", "%", "亿元", "万元", "项", "名", "人次", ""};
  private static final String[] DEADLINES = {"", "2025年", "2025年6月底前", "年内", "2025年第三季度", "长期坚持"};
  private static final String[] TEXT = {
    "建设", "创新", "平台", "企业", "攻关", "（一）", "1.", "、", "，", "。", " ", "\n", "A", "5"
  };

  @TempDir Path dir;

  @Test
  void randomPlansRoundTrip() throws Exception {
    long base = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      long seed = base + i;
      Plan plan = plan(new Random(seed));
      Path ledger = dir.resolve("plan-" + i + ".xlsx");
      LedgerWriter.write(plan, List.of(), ledger);
      Plan back = LedgerReader.read(ledger);
      String msg = "seed " + seed;
      assertEquals(plan.info(), back.info(), msg);
      assertEquals(plan.tasks(), back.tasks(), msg);
      assertEquals(plan.goals(), SamplePlan.withoutSource(back.goals()), msg);
      assertEquals(plan.breakdowns(), back.breakdowns(), msg);
      assertEquals(plan.units(), back.units(), msg);
    }
  }

  static Plan plan(Random r) {
    LocalDate start = LocalDate.of(2024 + r.nextInt(2), 1, 1);
    LocalDate end = start.plusYears(1 + r.nextInt(3)).minusDays(1);
    PlanInfo info =
        new PlanInfo(text(r, 3) + "实施方案", text(r, 2), start, end, text(r, 2), "方案.docx", Map.of());
    List<Goal> goals = new ArrayList<>();
    for (int g = 0; g < r.nextInt(6); g++) {
      Target t = target(r, end);
      String name = t.subject();
      goals.add(new Goal("指标" + (g + 1), name, t, units(r), text(r, 5), Location.NONE, extras(r)));
    }
    List<Task> tasks = new ArrayList<>();
    for (int k = 0; k < 1 + r.nextInt(8); k++) {
      List<Target> targets = new ArrayList<>();
      for (int j = 0; j < r.nextInt(4); j++) {
        targets.add(target(r, end));
      }
      tasks.add(
          new Task(
              "二.(" + k + ")." + r.nextInt(9),
              text(r, 2),
              text(r, 3),
              text(r, 12),
              units(r),
              units(r),
              Deadline.parse(pick(r, DEADLINES), end),
              targets,
              Location.ofLine("方案.docx", 1 + r.nextInt(500)),
              extras(r)));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Goal g : goals) {
      for (String u : units(r)) {
        breakdowns.add(new Breakdown(g.id(), g.name(), u, number(r), g.target().measure()));
      }
    }
    List<Unit> units = new ArrayList<>();
    for (String u : UNITS) {
      if (r.nextBoolean()) {
        units.add(
            new Unit(
                u,
                r.nextBoolean() ? List.of(u + "办公室") : List.of(),
                UnitKind.values()[r.nextInt(UnitKind.values().length)],
                r.nextBoolean() ? List.of("甲单位", "乙单位") : List.of(),
                text(r, 1),
                r.nextBoolean() ? "0734-" + r.nextInt(10000000) : ""));
      }
    }
    return new Plan(info, goals, tasks, breakdowns, units);
  }

  private static Target target(Random r, LocalDate end) {
    TargetKind kind = TargetKind.values()[r.nextInt(TargetKind.values().length)];
    BigDecimal value = number(r);
    BigDecimal upper = kind == TargetKind.RANGE ? value.add(BigDecimal.ONE) : null;
    Comparison cmp =
        kind == TargetKind.RANGE
            ? Comparison.AT_LEAST
            : kind == TargetKind.APPROXIMATE
                ? Comparison.ABOUT
                : r.nextBoolean() ? Comparison.AT_LEAST : Comparison.AT_MOST;
    String deadline = pick(r, DEADLINES);
    return new Target(
        pick(r, SUBJECTS),
        kind,
        cmp,
        value,
        upper,
        pick(r, MEASURES),
        deadline.isEmpty() ? Deadline.NONE : Deadline.parse(deadline, end),
        "");
  }

  private static BigDecimal number(Random r) {
    BigDecimal v = BigDecimal.valueOf(r.nextInt(100000), r.nextInt(3));
    return Cells.canonical(v);
  }

  private static List<String> units(Random r) {
    List<String> out = new ArrayList<>();
    for (String u : UNITS) {
      if (r.nextInt(5) == 0) {
        out.add(u);
      }
    }
    return out;
  }

  private static Map<String, String> extras(Random r) {
    Map<String, String> m = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      m.put("督办人", text(r, 1));
    }
    if (r.nextBoolean()) {
      m.put("备注（" + r.nextInt(3) + "）", text(r, 4));
    }
    return m;
  }

  private static String text(Random r, int words) {
    StringBuilder b = new StringBuilder("任务");
    for (int i = 0; i < words; i++) {
      b.append(pick(r, TEXT));
    }
    return b.toString().strip();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}

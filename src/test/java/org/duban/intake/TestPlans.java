package org.duban.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Breakdown;
import org.duban.model.Field;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.ReturnIdentity;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/** A small plan and correctly filled returns for it, built in code, for intake tests. */
public final class TestPlans {
  public static final LocalDate END = LocalDate.of(2025, 12, 31);

  /** Plan id and fingerprint hash the whole plan; benchmarks build thousands of forms. */
  private static final Map<Plan, String[]> IDS =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private TestPlans() {}

  /**
   * 市科技局 leads 一.1 (≥10个) and 二.1 (≥5000万元) and holds 指标1 (≥1200家); 市财政局 leads 一.2 (two
   * targets) and cooperates on 一.1; 在衡高校 (甲大学, 乙学院) leads 一.3 (no number); 甲县 holds the
   * breakdown 指标2@甲县 (30亿元).
   */
  public static Plan plan() {
    return plan(Map.of());
  }

  /** The same plan with further 方案信息 rows (settings such as 联系人). */
  public static Plan plan(Map<String, String> settings) {
    PlanInfo info = new PlanInfo("测试行动方案", "市政府", LocalDate.of(2025, 1, 1), END, "市科创办", "",
        settings);
    Goal g1 = new Goal("指标1", "高新技术企业数量", t("高新技术企业 ≥1200家"), List.of("市科技局"), "", null, null);
    Goal g2 = new Goal("指标2", "研发经费投入", t("研发经费投入 ≥60亿元"), List.of(), "", null, null);
    Task t1 = task("一.1", "布局重大科技项目", List.of("市科技局"), List.of("市财政局"), t("项目 ≥10个"));
    Task t2 = task("一.2", "培育科技型企业", List.of("市财政局"), List.of(), t("科技型企业 ≥5家"),
        t("财政科技投入 增长≥8%"));
    Task t3 = task("一.3", "建设创新平台", List.of("在衡高校"), List.of());
    Task t4 = task("二.1", "加大科技投入", List.of("市科技局"), List.of(), t("科技投入 ≥5000万元"));
    Breakdown b = new Breakdown("指标2", "研发经费投入", "甲县", new BigDecimal("30"), "亿元");
    List<Unit> units = List.of(
        new Unit("市科技局", List.of("衡阳市科学技术局"), UnitKind.DEPARTMENT, List.of(), "张三", "0734-1111111"),
        new Unit("市财政局", List.of(), UnitKind.DEPARTMENT, List.of(), "李四", "0734-2222222"),
        new Unit("在衡高校", List.of(), UnitKind.COLLECTIVE, List.of("甲大学", "乙学院"), "", ""),
        new Unit("甲大学", List.of(), UnitKind.UNIVERSITY, List.of(), "王五", "13800000000"),
        new Unit("乙学院", List.of(), UnitKind.UNIVERSITY, List.of(), "", ""),
        new Unit("甲县", List.of(), UnitKind.GOVERNMENT, List.of(), "赵六", "0734-3333333"),
        new Unit("市教育局", List.of(), UnitKind.DEPARTMENT, List.of(), "", ""));
    return new Plan(info, List.of(g1, g2), List.of(t1, t2, t3, t4), List.of(b), units);
  }

  static Target t(String notation) {
    return Target.parseNotation(notation, END);
  }

  private static Task task(String id, String title, List<String> leads, List<String> coops,
      Target... targets) {
    return new Task(id, "", title, title, leads, coops, null, List.of(targets), null, null);
  }

  public static ReturnBuilder form(Plan plan, String unit, String round) {
    return new ReturnBuilder(plan, unit, round);
  }

  /** A return as the unit's form would come back, well filled, then spoiled by the test. */
  public static final class ReturnBuilder {
    private final Plan plan;
    private String fileName;
    private ReturnIdentity identity;
    private final Map<String, RawCell> fields = new LinkedHashMap<>();
    private final List<RawRow> rows = new ArrayList<>();
    private boolean macro;
    private List<String> titles = List.of();
    private List<String> sheets = List.of("填报说明", "重点任务", "指标");

    ReturnBuilder(Plan plan, String unit, String round) {
      this.plan = plan;
      this.fileName = unit + ".xlsx";
      String[] planIds = IDS.computeIfAbsent(plan, p -> new String[] {p.id(), p.fingerprint()});
      this.identity = new ReturnIdentity("1", planIds[0], planIds[1], round, unit);
      fields.put("填报单位", RawCell.text("C3", unit));
      fields.put("填报人", RawCell.text("C4", "小刘"));
      fields.put("联系电话", RawCell.text("E4", "0734-9999999"));
      fields.put("填报日期", new RawCell("G4", RawCell.Type.NUMBER, "2025-09-28", 45928, false, true));
      fields.put("审核人", RawCell.text("I4", "老陈"));
      int taskRow = 5;
      int goalRow = 5;
      for (String base : Items.expectedItems(plan, unit)) {
        boolean task = plan.task(base).isPresent();
        List<String> ids = new ArrayList<>();
        int n = task ? plan.task(base).get().targets().size() : 1;
        if (n > 1) {
          for (int i = 1; i <= n; i++) {
            ids.add(base + "#" + i);
          }
        } else {
          ids.add(base);
        }
        for (String id : ids) {
          int r = task ? taskRow++ : goalRow++;
          rows.add(task ? taskRow(id, r) : goalRow(id, r));
        }
      }
    }

    private RawRow taskRow(String id, int r) {
      EnumMap<Field, RawCell> in = new EnumMap<>(Field.class);
      Target target = Items.target(plan, id).orElse(null);
      in.put(Field.ACTUAL, target == null ? RawCell.blank("G" + r)
          : RawCell.number("G" + r, target.value().doubleValue() / 2));
      in.put(Field.STATUS, RawCell.text("H" + r, "序时推进"));
      in.put(Field.PERCENT, target == null ? RawCell.number("I" + r, 60) : RawCell.blank("I" + r));
      in.put(Field.PROGRESS, RawCell.text("J" + r, "按计划推进"));
      in.put(Field.ISSUES, RawCell.blank("K" + r));
      in.put(Field.NEXT_STEPS, RawCell.text("L" + r, "继续推进"));
      return new RawRow("重点任务", r, id, Items.base(id), "", in);
    }

    private RawRow goalRow(String id, int r) {
      EnumMap<Field, RawCell> in = new EnumMap<>(Field.class);
      Target target = Items.target(plan, id).orElseThrow();
      in.put(Field.ACTUAL, RawCell.number("E" + r, target.value().doubleValue() / 2));
      in.put(Field.PROGRESS, RawCell.text("G" + r, "稳步推进"));
      return new RawRow("指标", r, id, id, "", in);
    }

    public ReturnBuilder file(String name) {
      this.fileName = name;
      return this;
    }

    public ReturnBuilder identity(ReturnIdentity id) {
      this.identity = id;
      return this;
    }

    public ReturnBuilder noIdentity() {
      return identity(null);
    }

    public ReturnBuilder field(String label, RawCell cell) {
      if (cell == null) {
        fields.remove(label);
      } else {
        fields.put(label, cell);
      }
      return this;
    }

    public ReturnBuilder filled(LocalDate date) {
      return field("填报日期", RawCell.text("G4", date.toString()));
    }

    /** The texts above the header row, as a retyped form's title. */
    public ReturnBuilder titles(String... texts) {
      this.titles = List.of(texts);
      return this;
    }

    public ReturnBuilder sheets(String... names) {
      this.sheets = List.of(names);
      return this;
    }

    public ReturnBuilder macro() {
      this.macro = true;
      return this;
    }

    /** Replaces the cell of {@code field} in the row of {@code item}, keeping its address. */
    public ReturnBuilder set(String item, Field field, String text) {
      return cell(item, field, ref -> RawCell.text(ref, text));
    }

    public ReturnBuilder setNumber(String item, Field field, double value) {
      return cell(item, field, ref -> RawCell.number(ref, value));
    }

    public ReturnBuilder cell(String item, Field field, java.util.function.Function<String, RawCell> make) {
      for (int i = 0; i < rows.size(); i++) {
        RawRow r = rows.get(i);
        if (r.itemId().equals(item)) {
          EnumMap<Field, RawCell> in = new EnumMap<>(Field.class);
          in.putAll(r.inputs());
          in.put(field, make.apply(in.get(field).ref()));
          rows.set(i, new RawRow(r.sheet(), r.row(), r.itemId(), r.shownId(), r.shownText(), in));
          return this;
        }
      }
      throw new IllegalArgumentException("no row " + item);
    }

    public ReturnBuilder dropRow(String item) {
      if (!rows.removeIf(r -> r.itemId().equals(item))) {
        throw new IllegalArgumentException("no row " + item);
      }
      return this;
    }

    public ReturnBuilder addRow(RawRow row) {
      rows.add(row);
      return this;
    }

    public ReturnBuilder reverseRows() {
      java.util.Collections.reverse(rows);
      return this;
    }

    public List<RawRow> rows() {
      return rows;
    }

    public RawReturn build() {
      return new RawReturn(fileName, identity, fields, rows, sheets, macro, List.of(), titles);
    }
  }
}

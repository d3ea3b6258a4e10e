package org.duban.fillin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duban.model.Breakdown;
import org.duban.model.Field;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.ReportedValue;
import org.duban.model.Role;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.UnitReturn;

/** Lays a plan out as the rows of one unit's 重点任务 and 指标 sheets (see package-info). */
final class FormRows {
  private FormRows() {}

  /** One row per task, or one per target when a task has several ({@code taskId#n}). */
  static List<FormRow> tasks(Plan plan, String unit, Optional<UnitReturn> last) {
    List<FormRow> rows = new ArrayList<>();
    for (Task t : PlanIndex.of(plan).tasksOf(unit)) {
      Role role = t.roleOf(unit);
      List<Target> targets = t.targets();
      int n = Math.max(1, targets.size());
      for (int i = 0; i < n; i++) {
        String itemId = targets.size() > 1 ? t.id() + "#" + (i + 1) : t.id();
        Target target = targets.isEmpty() ? null : targets.get(i);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(FormFormat.COL_SEQ, rows.size() + 1);
        shown.put(FormFormat.COL_ID, itemId);
        shown.put(FormFormat.COL_TASK_TEXT, i == 0 ? taskText(t) : "〃（同上）" + t.title());
        shown.put(FormFormat.COL_ROLE, role.label());
        shown.put(FormFormat.COL_TARGET, target == null ? "" : target.notation());
        String deadline = t.deadline().text();
        if (target != null && !target.deadline().text().isEmpty()) {
          deadline = target.deadline().text();
        }
        shown.put(FormFormat.COL_DEADLINE, deadline);
        Set<Field> inputs = EnumSet.of(Field.STATUS, Field.PROGRESS, Field.ISSUES, Field.NEXT_STEPS);
        // A number is asked only where there is a target to compare it with; otherwise the
        // unit estimates a percentage (SPEC §6: tasks without a number use 完成比例).
        inputs.add(target == null ? Field.PERCENT : Field.ACTUAL);
        rows.add(finish(itemId, shown, inputs, last));
      }
    }
    return rows;
  }

  /** Goal indicators the unit answers for (item id = goal id), then its breakdown sub-targets. */
  static List<FormRow> indicators(Plan plan, String unit, Optional<UnitReturn> last) {
    List<FormRow> rows = new ArrayList<>();
    for (Goal g : PlanIndex.of(plan).goalsOf(unit)) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put(FormFormat.COL_SEQ, rows.size() + 1);
      shown.put(FormFormat.COL_ID, g.id());
      shown.put(FormFormat.COL_INDICATOR, g.name().isEmpty() ? g.text() : g.name());
      shown.put(FormFormat.COL_TARGET_VALUE, bare(g.target()));
      shown.put(FormFormat.COL_DEADLINE, g.target().deadline().text());
      rows.add(finish(g.id(), shown, indicatorInputs(g.target().kind()), last));
    }
    for (Breakdown d : PlanIndex.of(plan).breakdownsOf(unit)) {
      Optional<Goal> goal = PlanIndex.of(plan).goal(d.goalId());
      TargetKind kind = goal.map(g -> g.target().kind()).orElse(TargetKind.AMOUNT);
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put(FormFormat.COL_SEQ, rows.size() + 1);
      shown.put(FormFormat.COL_ID, d.itemId());
      shown.put(FormFormat.COL_INDICATOR, d.goalName() + "（分解到本单位）");
      String prefix = kind == TargetKind.GROWTH ? "增长" : "";
      shown.put(FormFormat.COL_TARGET_VALUE, prefix + d.value().stripTrailingZeros().toPlainString() + d.measure());
      shown.put(FormFormat.COL_DEADLINE, goal.map(g -> g.target().deadline().text()).orElse(""));
      rows.add(finish(d.itemId(), shown, indicatorInputs(kind), last));
    }
    return rows;
  }

  /**
   * {@code 增长≥18.1%}, {@code ≥350家}: the name has its own column and the deadline its own, so
   * the full notation would say both twice in the narrow 目标值 column.
   */
  private static String bare(Target t) {
    return new Target("", t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), null, "").notation();
  }

  private static Set<Field> indicatorInputs(TargetKind kind) {
    Set<Field> inputs = EnumSet.of(Field.ACTUAL, Field.STATUS, Field.PROGRESS);
    if (kind == TargetKind.GROWTH) {
      inputs.add(Field.GROWTH);
    }
    return inputs;
  }

  private static String taskText(Task t) {
    if (t.content().isEmpty()) {
      return t.title();
    }
    if (t.title().isEmpty() || t.content().startsWith(t.title())) {
      return t.content();
    }
    return t.title() + "：" + t.content();
  }

  private static FormRow finish(String itemId, Map<String, Object> shown, Set<Field> inputs, Optional<UnitReturn> last) {
    Map<Field, Object> previous = new EnumMap<>(Field.class);
    if (last.isPresent()) {
      for (Field f : inputs) {
        last.get().value(itemId, f).ifPresent(v -> {
          Object value = lastValue(f, v);
          if (value != null) {
            previous.put(f, value);
          }
        });
      }
    }
    shown.put(FormFormat.COL_LAST_ROUND, previous.isEmpty() ? "" : lastRoundNote(previous));
    return new FormRow(itemId, shown, inputs, previous);
  }

  private static Object lastValue(Field f, ReportedValue v) {
    if (f.isNumeric()) {
      return v.number() != null ? v.number() : (v.text().isBlank() ? null : v.text());
    }
    return v.text().isBlank() ? null : v.text();
  }

  /** The visible note of what was prefilled, so nobody mistakes it for this round's report. */
  private static String lastRoundNote(Map<Field, Object> previous) {
    StringBuilder b = new StringBuilder("已预填上期：");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Field, Object> e : previous.entrySet()) {
      if (e.getKey().isText()) {
        continue;
      }
      Object v = e.getValue();
      String s = v instanceof java.math.BigDecimal bd ? bd.stripTrailingZeros().toPlainString() : v.toString();
      parts.add(e.getKey().header() + " " + s);
    }
    if (parts.isEmpty()) {
      parts.add("文字内容");
    }
    b.append(String.join("；", parts)).append("。有变化请直接修改");
    return b.toString();
  }
}

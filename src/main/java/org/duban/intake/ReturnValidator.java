package org.duban.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.ReportedValue;
import org.duban.model.Role;
import org.duban.model.Round;
import org.duban.model.Severity;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.model.UnitReturn;
import org.duban.names.UnitDirectory;

/**
 * Checks one read return against the plan and the round: identifies it, then compares its rows
 * with what the unit's form should hold and reads every input cell. Thread-safe once built.
 */
public final class ReturnValidator {
  private final Plan plan;
  private final Round round;
  private final Identifier identifier;

  public ReturnValidator(Plan plan, Round round, UnitDirectory directory) {
    this.plan = plan;
    this.round = round;
    this.identifier =
        new Identifier(plan, round, directory, new LinkedHashSet<>(Items.expectedUnits(plan)));
  }

  public Validation validate(RawReturn raw) {
    List<Problem> problems = new ArrayList<>(raw.readNotes());
    Location file = Location.ofFile(raw.fileName());
    if (raw.macroEnabled()) {
      // The reader only unzips and parses XML: a macro is never run, so the data can be used.
      problems.add(Problem.warning(file, "文件是启用宏的工作簿，宏未运行，只读取了表格中的数据",
          "今后请将表格另存为“Excel 工作簿(.xlsx)”后再报送"));
    }
    Identifier.Identified id = identifier.identify(raw);
    problems.addAll(id.problems());
    if (id.refused()) {
      return Validation.rejected(raw.fileName(), id.unit(), problems);
    }
    Filer filer = FilerFields.read(raw, round, problems);
    List<ReportedValue> values = new ArrayList<>();
    checkRows(raw, id.unit(), values, problems);
    UnitReturn ret = new UnitReturn(id.unit(), round, raw.fileName(), filer, values, problems);
    boolean clean = problems.stream().allMatch(p -> p.severity() == Severity.NOTE);
    return new Validation(raw.fileName(), id.unit(),
        clean ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_WARNINGS, ret, problems);
  }

  private void checkRows(RawReturn raw, String unit, List<ReportedValue> values,
      List<Problem> problems) {
    List<String> expected = Items.expectedItems(plan, unit);
    Set<String> expectedKeys = new LinkedHashSet<>();
    expected.forEach(e -> expectedKeys.add(key(e)));
    Map<String, Integer> seen = new HashMap<>();
    List<String> orderSeen = new ArrayList<>();
    Map<String, String> sheetOfKind = new HashMap<>();
    RowsByText byText = null;
    for (RawRow row : raw.rows()) {
      String item = Identifier.itemOf(row);
      Location rowAt = Location.ofCell(raw.fileName(), row.sheet(), firstRef(row));
      if ((item.isEmpty() || !Items.known(plan, item)) && !row.shownText().isBlank()) {
        // A retyped form with its 编号 left out or mistyped: the task's own words may say.
        byText = byText == null ? new RowsByText(plan, expected) : byText;
        Optional<String> named = byText.match(row.shownText());
        if (named.isPresent()) {
          problems.add(Problem.warning(rowAt, "第" + row.row() + "行的编号"
                  + (item.isEmpty() ? "为空" : "“" + item + "”对不上任务台账") + "，已按内容认定为“"
                  + named.get() + " " + title(named.get()) + "”",
              "请核对该行；今后请保留下发表格中的编号").withValue(item));
          item = named.get();
        }
      }
      if (item.isEmpty()) {
        if (!blankRow(row)) {
          problems.add(Problem.error(rowAt, "第" + row.row() + "行没有编号，无法对应到任务，该行未采用",
              "请不要增删表格行；如需补充说明，请写在对应任务的“工作进展”栏"));
        }
        continue;
      }
      if (!Items.known(plan, item)) {
        problems.add(Problem.error(rowAt, "第" + row.row() + "行的编号" + Quoted.of(item)
                + "不在任务台账中（可能是自行增加的行），该行未采用",
            "请删除该行，补充内容写在对应任务的“工作进展”栏").withValue(item));
        continue;
      }
      if (!expectedKeys.contains(key(item)) && !Items.listedGoal(plan, unit, item)) {
        problems.add(Problem.error(rowAt, "第" + row.row() + "行的“" + item + "”不是本单位的任务，该行未采用",
            "请使用下发给本单位的表格填写").withValue(item));
        continue;
      }
      Integer first = seen.putIfAbsent(item, row.row());
      if (first != null) {
        problems.add(Problem.error(rowAt, "编号" + Quoted.of(item) + "重复出现，只采用第" + first + "行，第"
            + row.row() + "行未采用", "请删除重复的行").withValue(item));
        continue;
      }
      if (!orderSeen.contains(key(item))) {
        orderSeen.add(key(item));
      }
      sheetOfKind.putIfAbsent(kind(item), row.sheet());
      checkCells(raw.fileName(), unit, row, item, values, problems);
    }
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      if (!orderSeen.contains(key(e)) && !missing.contains(key(e))) {
        missing.add(key(e));
        String sheet = sheetOfKind.getOrDefault(kind(e), kind(e).equals("task") ? "重点任务" : "指标");
        problems.add(Problem.warning(Location.ofCell(raw.fileName(), sheet, ""),
            "缺少“" + e + " " + title(e) + "”的行（可能被删除），该项按未报送处理",
            "请按下发的表格补回该行并填写"));
      }
    }
    List<String> expectedOrder = new ArrayList<>();
    for (String e : expected) {
      if (orderSeen.contains(key(e)) && !expectedOrder.contains(key(e))) {
        expectedOrder.add(key(e));
      }
    }
    if (!expectedOrder.equals(orderSeen)) {
      problems.add(Problem.note(Location.ofFile(raw.fileName()),
          "表中行的顺序与下发的表格不同，已按编号逐行对应"));
    }
  }

  private void checkCells(String fileName, String unit, RawRow row, String item,
      List<ReportedValue> values, List<Problem> problems) {
    Optional<Target> target = Items.target(plan, item);
    List<ReportedValue> rowValues = new ArrayList<>();
    for (Field f : new Field[] {Field.ACTUAL, Field.PERCENT, Field.GROWTH}) {
      RawCell c = row.input(f);
      if (c != null) {
        Location at = Location.ofCell(fileName, row.sheet(), c.ref());
        java.math.BigDecimal n = CellChecks.number(c, f, target, at, problems);
        if (n != null) {
          rowValues.add(new ReportedValue(item, f, c.text().strip(), n, at));
        }
      }
    }
    if (row.inputs().containsKey(Field.STATUS)) {
      RawCell c = row.input(Field.STATUS);
      Location at = Location.ofCell(fileName, row.sheet(), c.ref());
      Optional<Status> status = CellChecks.status(c, at, problems);
      status.ifPresent(s -> rowValues.add(new ReportedValue(item, Field.STATUS, s.label(), null, at)));
      CellChecks.doneBelowTarget(status, target, rowValues, at, problems);
      if (leads(unit, item)) {
        // A cooperating unit's number does not make the task's completion (its lead's does).
        CellChecks.numberMissing(row, status, target, fileName, problems);
      }
    }
    for (Field f : new Field[] {Field.PROGRESS, Field.ISSUES, Field.NEXT_STEPS}) {
      RawCell c = row.input(f);
      if (c != null && !c.isBlank()) {
        Location at = Location.ofCell(fileName, row.sheet(), c.ref());
        rowValues.add(new ReportedValue(item, f, c.text().strip(), null, at));
      }
    }
    values.addAll(rowValues);
  }

  /** True unless the item is a task the unit only cooperates on (directly or as a member). */
  private boolean leads(String unit, String item) {
    Optional<Task> task = plan.task(Items.base(item));
    return task.isEmpty() || Items.namesCovering(plan, unit).stream()
        .anyMatch(n -> task.get().roleOf(n) == Role.LEAD);
  }

  /** A task and its n-th targets share a key, and so do a goal and its breakdown rows. */
  static String key(String item) {
    String base = Items.base(item);
    int at = base.indexOf('@');
    return at > 0 ? base.substring(0, at) : base;
  }

  private String kind(String item) {
    return plan.task(Items.base(item)).isPresent() ? "task" : "indicator";
  }

  private String title(String item) {
    String k = key(item);
    return plan.task(k).map(t -> t.title()).or(() -> plan.goal(k).map(g -> g.name())).orElse("");
  }

  private static String firstRef(RawRow row) {
    return row.inputs().values().stream().map(RawCell::ref).filter(r -> !r.isEmpty()).findFirst()
        .orElse("");
  }

  private static boolean blankRow(RawRow row) {
    return row.inputs().values().stream().allMatch(RawCell::isBlank);
  }
}

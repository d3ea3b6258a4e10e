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
import org.duban.model.Round;
import org.duban.model.Status;
import org.duban.model.Target;
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
      // SPEC §5: macro-enabled files are refused; their macros are never run either way.
      problems.add(Problem.error(file, "文件含有宏（启用宏的工作簿），为安全起见不予接收",
          "请单位将表格另存为“Excel 工作簿(.xlsx)”后重新报送"));
      return Validation.rejected(raw.fileName(), "", problems);
    }
    Identifier.Identified id = identifier.identify(raw);
    problems.addAll(id.problems());
    if (id.refused()) {
      return Validation.rejected(raw.fileName(), id.unit(), problems);
    }
    Filer filer = FilerFields.read(raw, problems);
    List<ReportedValue> values = new ArrayList<>();
    checkRows(raw, id.unit(), values, problems);
    UnitReturn ret = new UnitReturn(id.unit(), round, raw.fileName(), filer, values, problems);
    boolean clean = problems.stream().allMatch(p -> p.severity() == org.duban.model.Severity.NOTE);
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
    for (RawRow row : raw.rows()) {
      String item = Identifier.itemOf(row);
      Location rowAt = Location.ofCell(raw.fileName(), row.sheet(), firstRef(row));
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
      if (!expectedKeys.contains(key(item))) {
        problems.add(Problem.error(rowAt, "第" + row.row() + "行的" + Quoted.of(item) + "不是本单位的任务，该行未采用",
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
      checkCells(raw.fileName(), row, item, values, problems);
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

  private void checkCells(String fileName, RawRow row, String item, List<ReportedValue> values,
      List<Problem> problems) {
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

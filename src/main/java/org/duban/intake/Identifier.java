package org.duban.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.ReturnIdentity;
import org.duban.model.Round;
import org.duban.model.Unit;
import org.duban.names.UnitDirectory;

/**
 * Decides which plan, round and unit a file belongs to: from its embedded identity, else from the
 * 填报单位 field or the file name plus the rows' 编号 (with a warning), and refuses files meant for
 * another plan, round or unit.
 */
final class Identifier {
  /** The unit found (empty when none) and whether the file is refused. */
  record Identified(String unit, boolean refused, List<Problem> problems) {}

  static final String UNIT_FIELD = "填报单位";
  static final String PLAN_NAME_FIELD = "方案名称";

  private final Plan plan;
  private final Round round;
  private final UnitDirectory directory;
  private final Set<String> expected;
  // Both hash the whole plan: computed once per run, not once per file.
  private final String planId;
  private final String fingerprint;

  Identifier(Plan plan, Round round, UnitDirectory directory, Set<String> expected) {
    this.plan = plan;
    this.planId = plan.id();
    this.fingerprint = plan.fingerprint();
    this.round = round;
    this.directory = directory;
    this.expected = expected;
  }

  Identified identify(RawReturn raw) {
    return raw.identity() == null ? fallback(raw) : embedded(raw, raw.identity());
  }

  private Identified embedded(RawReturn raw, ReturnIdentity id) {
    Location file = Location.ofFile(raw.fileName());
    List<Problem> problems = new ArrayList<>();
    if (!id.planId().isEmpty() && !id.planId().equals(planId)) {
      String theirs = fieldText(raw, PLAN_NAME_FIELD);
      // Without a 方案名称 cell the sheet's title (…重点任务推进情况表) still says what it is.
      String what = !theirs.isEmpty() ? "《" + theirs + "》方案"
          : !raw.titles().isEmpty() ? "“" + raw.titles().get(0) + "”，属于另一个方案"
          : "另一个方案（编号 " + id.planId() + "）";
      return refuse(file, "该文件是" + what + "的填报表，本工作区是《" + plan.info().name() + "》",
          "请确认文件是否发错；本方案的填报表请从本轮下发的表格中填写");
    }
    if (!sameRound(id.round())) {
      // Same plan, wrong round: the unit is known, so the refusal counts against it (报送被退回,
      // a 问题清单 and a 催报 that says why) rather than leaving it among the silent ones.
      String owner = id.unit().isEmpty() ? "" : directory.find(id.unit()).map(Unit::name)
          .filter(expected::contains).orElse("");
      return new Identified(owner, true, List.of(Problem.error(file,
          "该文件是" + label(id.round()) + "的填报表，本次收集的是" + round.label() + "的",
          "请单位使用" + round.label() + "下发的表格重新填报")));
    }
    if (!id.fingerprint().isEmpty() && !id.fingerprint().equals(fingerprint)) {
      problems.add(Problem.warning(file,
          "该填报表生成后任务台账已修改，表中任务可能与当前台账不一致",
          "请核对表中任务；如差别较大，请重新下发本轮表格"));
    }
    Optional<Unit> unit = id.unit().isEmpty() ? Optional.empty() : directory.find(id.unit());
    if (unit.isEmpty()) {
      return refuse(file, "填报表记录的单位" + Quoted.of(id.unit()) + "不在本方案的责任单位中",
          "请确认文件来源；如是新增单位，请先在台账“责任单位”表中添加并重新下发表格");
    }
    String name = unit.get().name();
    if (!expected.contains(name)) {
      return refuse(file, "“" + name + "”不是本轮需要报送的单位",
          "请确认文件来源，或在台账中为该单位分配任务后重新下发表格");
    }
    String written = fieldText(raw, UNIT_FIELD);
    if (!written.isEmpty()) {
      Optional<Unit> other = directory.find(written);
      if (other.isPresent() && !other.get().name().equals(name)) {
        problems.add(Problem.warning(cellOf(raw, UNIT_FIELD),
            "填报单位写的是" + Quoted.of(written) + "，但该表是下发给“" + name + "”的，按“" + name + "”接收",
            "请确认是否用了其他单位的表格").withValue(written));
      }
    }
    return new Identified(name, false, problems);
  }

  private Identified fallback(RawReturn raw) {
    Location file = Location.ofFile(raw.fileName());
    long known = raw.rows().stream().filter(r -> Items.known(plan, itemOf(r))).count();
    if (raw.rows().isEmpty() || known == 0) {
      return refuse(file, "文件中没有识别信息，表内编号也对不上本方案的任何任务或指标，不像是本方案的填报表",
          "请单位使用本轮下发的表格填写后重新报送");
    }
    String written = fieldText(raw, UNIT_FIELD);
    Optional<Unit> unit = written.isEmpty() ? Optional.empty() : directory.find(written);
    String how = "填报单位" + Quoted.of(written);
    // Then where a retyped form names its unit: its title (or a 填报单位：… cell), a sheet
    // named after the unit, the file name. The first place that names exactly one unit decides.
    for (String title : raw.titles()) {
      if (unit.isEmpty()) {
        unit = mentioned(title);
        how = "表格标题" + Quoted.of(title);
      }
    }
    for (String sheet : raw.sheetNames()) {
      if (unit.isEmpty()) {
        unit = mentioned(sheet);
        how = "工作表名" + Quoted.of(sheet);
      }
    }
    if (unit.isEmpty()) {
      unit = mentioned(stem(raw.fileName()));
      how = "文件名";
    }
    if (unit.isEmpty()) {
      return refuse(file, "文件中没有识别信息，也无法从填报单位、表格标题或文件名认出是哪个单位",
          "请在“填报单位”处填写单位全称，或将文件名改为“单位名称.xlsx”后重新收集");
    }
    String name = unit.get().name();
    if (!expected.contains(name)) {
      return refuse(file, "“" + name + "”不是本轮需要报送的单位",
          "请确认文件来源，或在台账中为该单位分配任务后重新下发表格");
    }
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.warning(file,
        "文件中的识别信息缺失（可能是重新录入或另存的表格），已按表头和" + how + "认定为“" + name
            + "”的" + round.label() + "填报",
        "请核对单位和轮次；今后请直接在下发的表格中填写"));
    otherMonth(raw.titles()).ifPresent(title -> problems.add(Problem.warning(file,
        "表格标题“" + title + "”写的不是本次收集的" + round.label() + "，可能报错了月份",
        "请与单位核实；如确是其他月份的数据，请单位按本轮表格重新填报")));
    return new Identified(name, false, problems);
  }

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");

  /** A title naming another month than a monthly round's, when none names the round's own. */
  private Optional<String> otherMonth(List<String> titles) {
    if (round.granularity() != Round.Granularity.MONTH) {
      return Optional.empty();
    }
    String other = null;
    for (String t : titles) {
      Matcher m = YEAR_MONTH.matcher(t);
      while (m.find()) {
        if (Integer.parseInt(m.group(1)) == round.year() && Integer.parseInt(m.group(2)) == round.index()) {
          return Optional.empty();
        }
        if (other == null) {
          other = t;
        }
      }
    }
    return Optional.ofNullable(other);
  }

  private static String stem(String fileName) {
    return fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
  }

  /**
   * The expected unit whose name or alias the text is, else the one whose name or alias it
   * contains, the longest winning; empty when two units tie (a title naming both says nothing).
   */
  private Optional<Unit> mentioned(String text) {
    Optional<Unit> direct = directory.find(text);
    if (direct.isPresent()) {
      return direct;
    }
    Map<String, Integer> longest = new HashMap<>(); // unit -> longest of its names in the text
    for (Unit u : plan.units()) {
      if (expected.contains(u.name())) {
        List<String> names = new ArrayList<>(u.aliases());
        names.add(u.name());
        for (String n : names) {
          if (!n.isEmpty() && text.contains(n)) {
            longest.merge(u.name(), n.length(), Math::max);
          }
        }
      }
    }
    // Expected units the ledger's unit sheet does not list (members named only in tasks).
    for (String name : expected) {
      if (plan.unit(name).isEmpty() && text.contains(name)) {
        longest.merge(name, name.length(), Math::max);
      }
    }
    int max = longest.values().stream().max(Integer::compare).orElse(0);
    List<String> best = longest.entrySet().stream().filter(e -> e.getValue() == max)
        .map(Map.Entry::getKey).toList();
    if (best.size() != 1) {
      return Optional.empty();
    }
    String name = best.get(0);
    return Optional.of(plan.unit(name).orElseGet(() -> Unit.named(name, null)));
  }

  /** 2025-08 as the clerk says it (2025年8月); a round that does not parse as written. */
  private static String label(String round) {
    try {
      return Round.parse(round).label();
    } catch (IllegalArgumentException e) {
      return "“" + round + "”轮次";
    }
  }

  private boolean sameRound(String written) {
    if (written.isEmpty()) {
      return true;
    }
    try {
      return Round.parse(written).equals(round);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String itemOf(RawRow r) {
    return r.itemId().isEmpty() ? r.shownId().strip() : r.itemId();
  }

  static String fieldText(RawReturn raw, String label) {
    RawCell c = raw.fields().get(label);
    return c == null ? "" : c.text().strip();
  }

  static Location cellOf(RawReturn raw, String label) {
    RawCell c = raw.fields().get(label);
    String ref = c == null ? "" : c.ref();
    // A field's ref may carry its sheet (填报说明!C3); without one only the cell is known.
    String sheet = ref.contains("!") ? ref.substring(0, ref.indexOf('!')) : "";
    String cell = ref.contains("!") ? ref.substring(ref.indexOf('!') + 1) : ref;
    return Location.ofCell(raw.fileName(), sheet, cell);
  }

  private static Identified refuse(Location file, String message, String fix) {
    return new Identified("", true, List.of(Problem.error(file, message, fix)));
  }
}

package org.duban.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.duban.model.Comparison;
import org.duban.model.Field;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawRow;
import org.duban.model.ReportedValue;
import org.duban.model.Severity;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/** Reads and checks the input cells of one form row; appends findings and accepted values. */
final class CellChecks {
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  static final String STATUS_FIX = "请从下拉列表中选择：已完成、序时推进、滞后、未启动";

  private CellChecks() {}

  /** A numeric cell read to a number, or null when blank or refused (an error is recorded). */
  static BigDecimal number(RawCell c, Field f, Optional<Target> target, Location where,
      List<Problem> problems) {
    TargetKind kind = target.map(Target::kind).orElse(TargetKind.AMOUNT);
    // A growth or decrease target is a rate: its 累计完成值 is read as a percentage too.
    boolean rate = kind == TargetKind.GROWTH || kind == TargetKind.DECREASE;
    String measure = f != Field.ACTUAL || rate ? "%" : target.map(Target::measure).orElse("");
    boolean pct = f != Field.ACTUAL || measure.equals("%");
    String shown = c.text().strip();
    if (c.formula() && shown.isEmpty()) {
      // Saved by a program that does not calculate (or with calculation off): no result to take.
      problems.add(Problem.error(where, "单元格是公式，但文件中没有保存计算结果，该值未采用",
          "请在 Excel 或 WPS 中打开文件，确认该格显示出数字后保存再报送；或直接填写数字"));
      return null;
    }
    if (c.formula()) {
      problems.add(new Problem(where, Severity.NOTE,
          "单元格是公式，只采用其计算结果" + (shown.isEmpty() ? "" : " " + shown) + "（不跟随外部链接）",
          "", shown));
    }
    BigDecimal value;
    switch (c.type()) {
      case BLANK:
        return null;
      case ERROR:
        problems.add(Problem.error(where, "公式计算结果是错误值" + Quoted.of(shown) + "，该值未采用",
            "请改为直接填写数字").withValue(shown));
        return null;
      case BOOLEAN:
        problems.add(Problem.error(where, f.header() + "应填写数字，填的是" + Quoted.of(shown) + "，该值未采用",
            "请填写数字").withValue(shown));
        return null;
      case NUMBER:
        if (!Double.isFinite(c.number())) {
          problems.add(Problem.error(where, f.header() + "应填写数字：" + Quoted.of(shown) + "不是有效的数字，该值未采用",
              "请只填写数字").withValue(shown));
          return null;
        }
        value = new BigDecimal(RawCell.plain(c.number()));
        if (c.dateStyled()) {
          problems.add(Problem.warning(where, "单元格设成了日期格式，按数字 " + plain(value) + " 读取",
              "请把单元格格式改为“常规”或“数值”后核对数字").withValue(shown));
        }
        if (c.percentStyled()) {
          // Excel stores a typed 100% as 1 with a percent format: the unit saw 100%.
          BigDecimal seen = value.movePointRight(2).stripTrailingZeros();
          shown = plain(seen) + "%";
          if (pct) {
            problems.add(new Problem(where, Severity.NOTE,
                "单元格为百分比格式，显示为 " + shown + "，按 " + shown + " 读取", "", shown));
            value = seen;
          } else {
            problems.add(Problem.warning(where, "单元格设成了百分比格式（显示为 " + shown + "），按数字 "
                    + plain(value) + (measure.isEmpty() ? "" : measure) + " 读取",
                "请把单元格格式改为“常规”或“数值”后核对数字").withValue(shown));
          }
        } else if (pct) {
          value = fraction(value, plain(value), f, target, where, shown, problems);
        }
        break;
      default:
        NumberForms.Parsed p = NumberForms.parse(c.text(), measure, pct);
        for (String n : p.notes()) {
          problems.add(new Problem(where, Severity.NOTE, n, "", shown));
        }
        for (String w : p.warnings()) {
          problems.add(new Problem(where, Severity.WARNING, w,
              "请核对计量单位", shown));
        }
        if (!p.ok()) {
          problems.add(Problem.error(where, f.header() + "应填写数字：" + p.error() + "，该值未采用",
              "请只填写数字" + (measure.isEmpty() ? "" : "（计量单位：" + measure + "）")
                  + "，文字说明请写在“工作进展”栏").withValue(shown));
          return null;
        }
        value = p.value();
        if (value == null) {
          return null;
        }
        if (pct && !p.percentSign()) {
          value = fraction(value, shown, f, target, where, shown, problems);
        }
    }
    return checkRange(value, f, target, where, shown, problems);
  }

  /** A fraction in a percentage cell, read as the target suggests (see {@link Fractions}). */
  private static BigDecimal fraction(BigDecimal value, String written, Field f,
      Optional<Target> target, Location where, String shown, List<Problem> problems) {
    if (!Fractions.applies(value)) {
      return value;
    }
    // 完成比例 has no target of its own; 同比增长, rates and shares compare with theirs.
    BigDecimal bar = f == Field.PERCENT ? null : target.filter(t -> t.kind() == TargetKind.GROWTH
        || t.kind() == TargetKind.DECREASE || t.measure().equals("%")).map(Target::value).orElse(null);
    Fractions.Reading r = Fractions.read(value, written, bar);
    problems.add(new Problem(where, r.grade(), r.message(), r.fix(), shown));
    return r.value();
  }

  private static BigDecimal checkRange(BigDecimal value, Field f, Optional<Target> target,
      Location where, String shown, List<Problem> problems) {
    TargetKind kind = target.map(Target::kind).orElse(TargetKind.AMOUNT);
    boolean signed = f == Field.GROWTH || kind == TargetKind.GROWTH || kind == TargetKind.DECREASE;
    if (value.signum() < 0 && !signed) {
      problems.add(Problem.error(where, f.header() + "不能为负数，填的是 " + plain(value) + "，该值未采用",
          "请填写大于或等于 0 的数").withValue(shown));
      return null;
    }
    if (f == Field.PERCENT && value.compareTo(HUNDRED) > 0) {
      problems.add(Problem.warning(where, "完成比例 " + plain(value) + "% 超过 100%",
          "请核对；完成比例应在 0 到 100 之间").withValue(shown));
    }
    boolean comparable = kind != TargetKind.GROWTH && kind != TargetKind.DECREASE
        && kind != TargetKind.BINARY;
    if (f == Field.ACTUAL && comparable && target.isPresent() && target.get().value().signum() > 0
        && value.compareTo(target.get().value().multiply(TEN)) > 0) {
      Target t = target.get();
      problems.add(Problem.warning(where,
          "累计完成值 " + plain(value) + " 超过目标值 " + plain(t.value()) + t.measure()
              + " 的十倍，可能是计量单位填错（如把万元填成元）",
          "请核对数字和计量单位" + (t.measure().isEmpty() ? "" : "（应按“" + t.measure() + "”填写）"))
          .withValue(shown));
    }
    return value;
  }

  /** The status as chosen, or empty (with a finding) when blank or not one of the four. */
  static Optional<Status> status(RawCell c, Location where, List<Problem> problems) {
    String shown = c == null ? "" : c.text().strip();
    if (c == null || c.isBlank()) {
      problems.add(Problem.warning(where, "完成状态未填写", STATUS_FIX));
      return Optional.empty();
    }
    Optional<Status> exact = Status.fromLabel(shown);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<Status> loose = loose(shown.replaceAll("[\\s。.，,！!、]", ""));
    if (loose.isPresent()) {
      problems.add(new Problem(where, Severity.NOTE,
          "完成状态" + Quoted.of(shown) + "按“" + loose.get().label() + "”读取", "", shown));
      return loose;
    }
    problems.add(Problem.error(where, "完成状态" + Quoted.of(shown) + "不是可选的状态，该值未采用", STATUS_FIX)
        .withValue(shown));
    return Optional.empty();
  }

  private static Optional<Status> loose(String t) {
    Optional<Status> exact = Status.fromLabel(t);
    if (exact.isPresent()) {
      return exact;
    }
    if (t.equals("完成") || t.equals("已完工") || t.equals("全部完成") || t.equals("已经完成")) {
      return Optional.of(Status.DONE);
    }
    if (t.contains("滞后") || t.equals("落后")) {
      return Optional.of(Status.BEHIND);
    }
    if (t.equals("未开始") || t.equals("尚未启动") || t.equals("未开展")) {
      return Optional.of(Status.NOT_STARTED);
    }
    if (t.equals("正常推进") || t.equals("推进中") || t.equals("按序时推进") || t.equals("正在推进")
        || t.equals("序时")) {
      return Optional.of(Status.ON_TRACK);
    }
    return Optional.empty();
  }

  /** 已完成 while the reported number is below the bar: the value is used, the unit should look. */
  static void doneBelowTarget(Optional<Status> status, Optional<Target> target,
      List<ReportedValue> rowValues, Location statusCell, List<Problem> problems) {
    if (status.isEmpty() || status.get() != Status.DONE || target.isEmpty()) {
      return;
    }
    Target t = target.get();
    if (t.kind() == TargetKind.DECREASE || t.kind() == TargetKind.BINARY
        || t.comparison() == Comparison.AT_MOST) {
      return;
    }
    Field field = Field.ACTUAL;
    if (t.kind() == TargetKind.GROWTH
        && rowValues.stream().anyMatch(v -> v.field() == Field.GROWTH && v.number() != null)) {
      field = Field.GROWTH;
    }
    for (ReportedValue v : rowValues) {
      if (v.field() == field && v.number() != null && v.number().compareTo(t.value()) < 0) {
        problems.add(Problem.warning(statusCell,
            "完成状态为“已完成”，但" + field.header() + " " + plain(v.number()) + " 低于目标值 "
                + plain(t.value()) + t.measure(),
            "请核对完成值，或把完成状态改为“序时推进”或“滞后”").withValue(Status.DONE.label()));
      }
    }
  }

  /**
   * A row whose number is left blank cannot be given a completion: a warning at the blank cell,
   * unless the task has not started, or is done and has no number to reach.
   */
  static void numberMissing(RawRow row, Optional<Status> status, Optional<Target> target,
      String fileName, List<Problem> problems) {
    if (status.isPresent() && status.get() == Status.NOT_STARTED) {
      return;
    }
    if (target.isPresent() && target.get().kind() == TargetKind.BINARY) {
      return; // 破零 and the like: the value, or else the status, says whether it was reached
    }
    boolean numbered = target.isPresent();
    if (!numbered && status.isPresent() && status.get() == Status.DONE) {
      return; // 已完成 is 100% for a task without a number
    }
    Field f = numbered ? Field.ACTUAL : Field.PERCENT;
    RawCell c = row.input(f);
    RawCell growth = row.input(Field.GROWTH);
    if (c == null || !c.isBlank() || c.formula() || numbered && growth != null && !growth.isBlank()) {
      return; // no such column, a value (or a refused one, already reported), or the growth says it
    }
    String measure = numbered ? target.get().measure() : "";
    String name = f.header().replace("(%)", "");
    problems.add(Problem.warning(Location.ofCell(fileName, row.sheet(), c.ref()),
        name + "未填写，本项无法计算完成率",
        "请填写" + name + (numbered ? measure.isEmpty() ? "" : "（计量单位：" + measure + "）" : "（0 到 100）")
            + "；如尚未开展，请把完成状态选为“未启动”"));
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}

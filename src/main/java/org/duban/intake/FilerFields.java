package org.duban.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duban.model.Filer;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.model.Severity;

/** Reads 填报人, 联系电话, 填报日期 and 审核人, converting a date typed as text. */
final class FilerFields {
  static final String NAME = "填报人";
  static final String PHONE = "联系电话";
  static final String DATE = "填报日期";
  static final String REVIEWER = "审核人";

  private FilerFields() {}

  /** @param round the round collected: a date typed without its year is taken near its end */
  static Filer read(RawReturn raw, Round round, List<Problem> problems) {
    return new Filer(
        Identifier.fieldText(raw, NAME),
        Identifier.fieldText(raw, PHONE),
        plausible(date(raw, round.end(), problems), raw, round, problems),
        Identifier.fieldText(raw, REVIEWER));
  }

  /**
   * A date far from the round is a typo (2052 for 2025): it must neither win the choice between
   * a unit's files nor date the return, so the file's time stands in, with a warning.
   */
  private static LocalDate plausible(LocalDate d, RawReturn raw, Round round, List<Problem> problems) {
    if (d == null || !d.isBefore(round.start().minusMonths(1)) && !d.isAfter(round.end().plusMonths(6))) {
      return d;
    }
    RawCell c = raw.fields().get(DATE);
    problems.add(Problem.warning(Identifier.cellOf(raw, DATE), "填报日期 " + d + " 与本轮（" + round.label()
            + "）相差太远，可能填错，按文件修改时间认定报送时间", "请核对填报日期")
        .withValue(c == null ? "" : c.text().strip()));
    return null;
  }

  private static LocalDate date(RawReturn raw, LocalDate near, List<Problem> problems) {
    RawCell c = raw.fields().get(DATE);
    Location where = Identifier.cellOf(raw, DATE);
    if (c == null || c.isBlank()) {
      problems.add(Problem.warning(where, "填报日期未填写，按文件修改时间认定报送时间",
          "请填写填报日期，格式如 2025-09-28"));
      return null;
    }
    String shown = c.text().strip();
    if (c.type() == RawCell.Type.NUMBER) {
      Optional<LocalDate> compact = DateForms.parse(shown);
      if (!c.dateStyled() && compact.isPresent()) {
        problems.add(new Problem(where, Severity.NOTE,
            "填报日期写成了数字" + Quoted.of(shown) + "，按 " + compact.get() + " 读取", "", shown));
        return compact.get();
      }
      Optional<LocalDate> serial = DateForms.fromSerial(c.number());
      if (serial.isPresent() && (c.dateStyled() || c.number() > 20000 && c.number() < 80000)) {
        if (!c.dateStyled()) {
          problems.add(new Problem(where, Severity.NOTE,
              "填报日期单元格不是日期格式，按 " + serial.get() + " 读取", "", shown));
        }
        return serial.get();
      }
    } else if (c.type() == RawCell.Type.TEXT) {
      Optional<LocalDate> d = DateForms.parse(shown, near);
      if (d.isPresent()) {
        problems.add(new Problem(where, Severity.NOTE, DateForms.withoutYear(shown)
            ? "填报日期“" + shown + "”未写年份，按 " + d.get() + " 读取"
            : "填报日期以文本形式填写，按 " + d.get() + " 读取", "", shown));
        return d.get();
      }
    }
    problems.add(Problem.warning(where, "填报日期" + Quoted.of(shown) + "无法识别为日期，按文件修改时间认定报送时间",
        "请按 2025-09-28 的格式填写填报日期").withValue(shown));
    return null;
  }
}

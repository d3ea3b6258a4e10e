package org.duban.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity a task or goal commits to: {@code 统筹布局市重大科技计划项目 ≥10个}.
 *
 * <p>The ledger shows a target on one line in a fixed notation, {@code 主体 [类型词]比较值[-上限]计量单位
 * [（时限）]}, which {@link #notation()} writes and {@link #parseNotation} reads back, so a clerk
 * can edit targets in Excel without a second sheet.
 *
 * @param subject what is counted (市重大科技计划项目); may be empty
 * @param kind amount, range, growth, ...
 * @param comparison ≥ ≤ ≈ =
 * @param value the bar (lower bound for a range; the rate for growth, share and decrease)
 * @param upper upper bound of a range, or null
 * @param measure 计量单位 as written: 个, 家, %, 亿元
 * @param deadline when it is due
 * @param text the words of the document it was read from (may be empty for ledger input)
 */
public record Target(
    String subject,
    TargetKind kind,
    Comparison comparison,
    BigDecimal value,
    BigDecimal upper,
    String measure,
    Deadline deadline,
    String text) {

  private static final Pattern NOTATION =
      Pattern.compile(
          "^(?<subject>.*?)\\s*(?<prefix>增长|占比|下降|达成|每年|累计)?(?<cmp>[≥≤≈=])?"
              + "(?<value>\\d+(?:\\.\\d+)?)(?:\\s*[-–—~～]\\s*(?<upper>\\d+(?:\\.\\d+)?))?"
              + "(?<measure>[^\\s（(]*)\\s*(?:[（(](?<deadline>[^）)]*)[）)])?\\s*$");

  public Target {
    subject = subject == null ? "" : subject.strip();
    if (kind == null) {
      throw new IllegalArgumentException("target kind is required: " + text);
    }
    if (comparison == null) {
      comparison = Comparison.AT_LEAST;
    }
    if (value == null) {
      throw new IllegalArgumentException("target value is required: " + text);
    }
    if (upper != null && upper.compareTo(value) < 0) {
      throw new IllegalArgumentException(
          "target upper bound " + upper + " is below its value " + value + ": " + text);
    }
    measure = measure == null ? "" : measure.strip();
    deadline = deadline == null ? Deadline.NONE : deadline;
    text = text == null ? "" : text.strip();
  }

  /** {@code 统筹布局市重大科技计划项目 ≥10个（2025年）}. */
  public String notation() {
    StringBuilder b = new StringBuilder();
    if (!subject.isEmpty()) {
      b.append(subject).append(' ');
    }
    b.append(kind.prefix());
    if (kind != TargetKind.RANGE) {
      b.append(comparison.symbol());
    }
    b.append(value.stripTrailingZeros().toPlainString());
    if (upper != null) {
      b.append('-').append(upper.stripTrailingZeros().toPlainString());
    }
    b.append(measure);
    if (!deadline.text().isEmpty()) {
      b.append('（').append(deadline.text()).append('）');
    }
    return b.toString();
  }

  /**
   * Reads one line of the notation back. A value with an upper bound is a range; the kind word
   * chooses growth, share, decrease, binary, annual, cumulative; {@code ≈} is approximate.
   *
   * @throws IllegalArgumentException naming the line when it does not follow the notation
   */
  public static Target parseNotation(String line, java.time.LocalDate planEnd) {
    if (line == null || line.isBlank()) {
      throw new IllegalArgumentException("empty target line");
    }
    Matcher m = NOTATION.matcher(line.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "量化目标 should read like \"统筹布局市重大科技计划项目 ≥10个\", found: " + line);
    }
    Comparison cmp = m.group("cmp") == null ? null : Comparison.fromSymbol(m.group("cmp"));
    BigDecimal upper = m.group("upper") == null ? null : new BigDecimal(m.group("upper"));
    TargetKind kind = kindOf(m.group("prefix"), cmp, upper);
    if (cmp == null) {
      cmp = Comparison.AT_LEAST;
    }
    Deadline deadline =
        m.group("deadline") == null ? Deadline.NONE : Deadline.parse(m.group("deadline"), planEnd);
    return new Target(
        m.group("subject"),
        kind,
        cmp,
        new BigDecimal(m.group("value")),
        upper,
        m.group("measure"),
        deadline,
        "");
  }

  private static TargetKind kindOf(String prefix, Comparison cmp, BigDecimal upper) {
    if (prefix != null) {
      for (TargetKind k : TargetKind.values()) {
        if (!k.prefix().isEmpty() && k.prefix().equals(prefix)) {
          return k;
        }
      }
    }
    if (upper != null) {
      return TargetKind.RANGE;
    }
    if (cmp == Comparison.ABOUT) {
      return TargetKind.APPROXIMATE;
    }
    return TargetKind.AMOUNT;
  }

  @Override
  public String toString() {
    return notation();
  }
}

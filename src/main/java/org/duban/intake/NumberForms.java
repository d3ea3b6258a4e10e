package org.duban.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways units write a number in a text cell: {@code 1,200}, full-width {@code １２００},
 * {@code 1200家}, {@code 约50}, {@code 1.2亿元} against a target in 万元, {@code 30%}.
 *
 * <p>Every conversion is reported: a tolerated form gives a note, a doubtful one a warning, and
 * text that is no number an error, so nothing is changed silently.
 */
public final class NumberForms {
  /**
   * The outcome of reading one cell: the value (null when blank or unreadable) and findings.
   *
   * @param percentSign true when the number was written with a % sign (so 0.5% is 0.5, not 50)
   */
  public record Parsed(BigDecimal value, String error, List<String> notes, List<String> warnings,
      boolean percentSign) {
    public Parsed {
      notes = List.copyOf(notes);
      warnings = List.copyOf(warnings);
    }

    public boolean ok() {
      return error == null;
    }

    public boolean blank() {
      return error == null && value == null;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+)(.*)$");
  private static final Pattern THOUSANDS = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern APPROX_BEFORE = Pattern.compile("^(约为|大约|大概|约|近|超过|超)");
  private static final Pattern APPROX_AFTER = Pattern.compile("(左右|以上|余|多)$");
  /** What units write for "nothing to report" in a number cell. */
  private static final Set<String> NOTHING = Set.of("/", "-", "—", "——", "无", "暂无", "空", "／");
  /** Counting words that may follow a number; dropped when the target counts the same way. */
  private static final Set<String> COUNTERS =
      Set.of(
          "个", "家", "项", "名", "人", "人次", "件", "户", "所", "台", "套", "座", "次", "篇", "条",
          "亩", "公里", "千米", "米", "平方米", "个百分点", "批", "场", "期", "类", "款", "支", "元",
          "吨", "辆", "处", "间", "张", "部", "份", "笔", "天", "小时", "千瓦", "项次", "家次");

  private NumberForms() {}

  /**
   * Reads {@code raw} for a field whose target is counted in {@code targetMeasure} (may be empty).
   *
   * @param percentField true when the field holds a percentage (完成比例, 同比增长, a share)
   */
  public static Parsed parse(String raw, String targetMeasure, boolean percentField) {
    List<String> notes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String measure = targetMeasure == null ? "" : targetMeasure.strip();
    String t = halfWidth(raw == null ? "" : raw);
    if (!t.equals(raw == null ? "" : raw)) {
      notes.add("全角字符已转换为半角");
    }
    t = t.replaceAll("\\s+", "");
    if (t.isEmpty()) {
      return new Parsed(null, null, notes, warnings, false);
    }
    if (NOTHING.contains(t)) {
      notes.add(Quoted.of(t) + "视为未填写");
      return new Parsed(null, null, notes, warnings, false);
    }
    Matcher before = APPROX_BEFORE.matcher(t);
    boolean approx = false;
    if (before.find()) {
      t = t.substring(before.end());
      approx = true;
    }
    Matcher after = APPROX_AFTER.matcher(t);
    if (after.find() && after.start() > 0) {
      t = t.substring(0, after.start());
      approx = true;
    }
    Matcher thousands = THOUSANDS.matcher(t);
    if (thousands.find()) {
      t = thousands.group().replace(",", "") + t.substring(thousands.end());
      notes.add("千位分隔符已去掉");
    }
    Matcher m = NUMBER.matcher(t);
    if (!m.matches()) {
      return failure(Quoted.of(raw.strip()) + "不是数字", notes, warnings);
    }
    BigDecimal value = new BigDecimal(m.group(2));
    if (m.group(1).equals("-")) {
      value = value.negate();
    }
    String suffix = m.group(3);
    if (suffix.startsWith("余") || suffix.startsWith("多")) {
      suffix = suffix.substring(1); // 1200余家, 50多个
      approx = true;
    }
    if (suffix.contains(",")) {
      return failure(Quoted.of(raw.strip()) + "中的逗号位置不对，无法判断数值", notes, warnings);
    }
    boolean percentTarget = percentField || measure.equals("%");
    boolean percentSign = suffix.equals("%");
    if (percentSign) {
      if (!percentTarget) {
        return failure(
            "填写的是百分数" + Quoted.of(raw.strip()) + "，但该项按“" + measure + "”计", notes, warnings);
      }
      suffix = "";
    }
    // 0.3 without a % sign in a percentage cell: whether it means 30% depends on the target, so
    // the caller decides (intake.Fractions).
    if (!suffix.isEmpty()) {
      Parsed scaled = applyMeasure(value, suffix, measure, raw.strip(), notes, warnings);
      if (!scaled.ok()) {
        return scaled;
      }
      value = scaled.value();
    }
    if (approx) {
      notes.add("约数" + Quoted.of(raw.strip()) + "按 " + plain(value) + " 读取");
    }
    return new Parsed(value, null, notes, warnings, percentSign);
  }

  /** Scales 亿/万/千 against the target's measure and drops counting words. */
  private static Parsed applyMeasure(
      BigDecimal value, String suffix, String measure, String raw, List<String> notes,
      List<String> warnings) {
    Scaled written = Scaled.of(suffix);
    Scaled wanted = Scaled.of(measure);
    boolean sameBase = written.base.equals(wanted.base);
    if (written.base.isEmpty() || sameBase || measure.isEmpty()) {
      if (written.factor.compareTo(wanted.factor) != 0) {
        if (!sameBase && !written.base.isEmpty()) {
          return failure(Quoted.of(raw) + "的计量单位与目标不一致", notes, warnings);
        }
        BigDecimal converted =
            value.multiply(written.factor).divide(wanted.factor, 10, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        notes.add(Quoted.of(raw) + "已换算为 " + plain(converted) + measure);
        return new Parsed(converted, null, notes, warnings, false);
      }
      if (written.base.isEmpty() && !measure.isEmpty()) {
        notes.add(Quoted.of(raw) + "按 " + plain(value) + measure + " 读取");
        return new Parsed(value, null, notes, warnings, false);
      }
      if (!measure.isEmpty() || COUNTERS.contains(written.base)) {
        notes.add("已去掉计量单位" + Quoted.of(suffix));
        return new Parsed(value, null, notes, warnings, false);
      }
    }
    if (COUNTERS.contains(suffix) && written.factor.compareTo(BigDecimal.ONE) == 0) {
      warnings.add("填写的计量单位" + Quoted.of(suffix) + "与目标的“" + measure + "”不同，已按数字 " + plain(value)
          + " 读取");
      return new Parsed(value, null, notes, warnings, false);
    }
    return failure(Quoted.of(raw) + "不是单纯的数字（多了" + Quoted.of(suffix) + "）", notes, warnings);
  }

  /** A measure split into its scale word and the rest: 亿元 = 10^8 × 元. */
  private record Scaled(BigDecimal factor, String base) {
    static Scaled of(String measure) {
      String m = measure == null ? "" : measure.strip();
      if (m.startsWith("万亿")) {
        return new Scaled(new BigDecimal("1000000000000"), m.substring(2));
      }
      if (m.startsWith("亿")) {
        return new Scaled(new BigDecimal("100000000"), m.substring(1));
      }
      if (m.startsWith("万")) {
        return new Scaled(new BigDecimal("10000"), m.substring(1));
      }
      if (m.startsWith("千") && m.length() > 1 && !m.startsWith("千米") && !m.startsWith("千瓦")) {
        return new Scaled(new BigDecimal("1000"), m.substring(1));
      }
      return new Scaled(BigDecimal.ONE, m);
    }
  }

  private static Parsed failure(String message, List<String> notes, List<String> warnings) {
    return new Parsed(null, message, notes, warnings, false);
  }

  /** Full-width digits, signs and punctuation as units type them with a Chinese IME. */
  static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) (c - '０' + '0'));
      } else if (c == '．' || c == '。' && i > 0 && i + 1 < s.length()
          && Character.isDigit(halfWidth(s.substring(i + 1, i + 2)).charAt(0))) {
        b.append('.');
      } else if (c == '，' || c == '､') {
        b.append(',');
      } else if (c == '％') {
        b.append('%');
      } else if (c == '－' || c == '−') {
        b.append('-');
      } else if (c == '＋') {
        b.append('+');
      } else if (c == '\u3000') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}

package org.duban.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.duban.model.Comparison;
import org.duban.model.Field;
import org.duban.model.Plan;
import org.duban.model.Role;
import org.duban.model.Round;
import org.duban.model.Status;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/**
 * What a simulated unit types into its workbook: values that move with 序时进度, a few lagging
 * items, texts in the register units use, and on request the mistakes real units make.
 */
final class ReturnSimulator {
  /** Mistakes a unit can make when filling in. */
  enum Mistake {
    /** "35家" typed into a number cell. */
    MEASURE_WORD,
    /** "1,200" with a thousands separator, or full-width digits "１２" where no number is that big. */
    THOUSANDS_SEPARATOR,
    /** 完成状态 left empty on one row. */
    EMPTY_STATUS
  }

  private final Plan plan;
  private final long seed;

  ReturnSimulator(Plan plan, long seed) {
    this.plan = plan;
    this.seed = seed;
  }

  /**
   * What the unit typed.
   *
   * @param values item id -> field -> value, for {@link org.duban.fillin.ReturnFiller}
   * @param mistake what went wrong, in words for the console, or empty when nothing did
   */
  record Typed(Map<String, Map<Field, Object>> values, String mistake) {}

  Typed values(String unit, Round round, double schedule, Mistake mistake) {
    Map<String, Map<Field, Object>> out = new LinkedHashMap<>();
    String made = "";
    for (FormItems.Item item : FormItems.of(plan, unit).items()) {
      // An item keeps its pace from round to round, and the units sharing it report much the same
      // pace (a lagging task lags for all its leads, as in life); only the noise changes.
      Random pace = new Random(seed ^ item.id().hashCode());
      Random own = new Random(seed ^ (unit + "|" + item.id()).hashCode());
      Random noise = new Random(seed ^ (unit + "|" + item.id() + "|" + round).hashCode());
      double factor = (pace.nextDouble() < 0.15 ? 0.3 + 0.3 * pace.nextDouble() : 0.75 + 0.55 * pace.nextDouble())
          * (0.92 + 0.16 * own.nextDouble());
      double progress = Math.min(1.25, schedule * factor * (0.95 + 0.1 * noise.nextDouble()));
      Status status = statusOf(progress, schedule);
      Map<Field, Object> row = new LinkedHashMap<>();
      if (item.role() == Role.COOPERATE) {
        row.put(Field.STATUS, status.label());
        row.put(Field.PROGRESS, Phrases.cooperating(noise));
      } else {
        row.put(Field.STATUS, status.label());
        Target t = item.target();
        if (t == null) {
          row.put(Field.PERCENT, Math.min(100, Math.round(progress * 100)));
        } else if (t.kind() == TargetKind.GROWTH) {
          // The 重点任务 sheet has no 同比增长 column: a task's growth goes in 累计完成值.
          row.put(item.task() != null ? Field.ACTUAL : Field.GROWTH,
              scale(t.value().doubleValue() * (0.7 + 0.5 * noise.nextDouble()), 1));
        } else {
          row.put(Field.ACTUAL, actual(t, progress, noise));
        }
        row.put(Field.PROGRESS, Phrases.progress(status, noise));
        row.put(Field.ISSUES, status == Status.DONE ? "" : Phrases.issues(noise));
        row.put(Field.NEXT_STEPS, Phrases.nextSteps(noise));
      }
      if (mistake != null && made.isEmpty()) {
        made = apply(mistake, row, item.target());
      }
      out.put(item.id(), row);
    }
    if (mistake == Mistake.THOUSANDS_SEPARATOR && made.isEmpty()) {
      made = fullWidth(out);
    }
    return new Typed(out, made);
  }

  /** Retypes the first number in full-width digits, as a Chinese input method in full-width mode does. */
  private static String fullWidth(Map<String, Map<Field, Object>> out) {
    for (Map<Field, Object> row : out.values()) {
      if (row.get(Field.ACTUAL) instanceof BigDecimal n) {
        StringBuilder b = new StringBuilder();
        for (char c : n.toPlainString().toCharArray()) {
          b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        row.put(Field.ACTUAL, b.toString());
        return "用全角数字填数（如“" + b + "”）";
      }
    }
    return "";
  }

  /** Makes the mistake on this row if it can; says what was done, or "" when the row does not allow it. */
  private static String apply(Mistake mistake, Map<Field, Object> row, Target target) {
    Object actual = row.get(Field.ACTUAL);
    switch (mistake) {
      case MEASURE_WORD:
        if (actual instanceof BigDecimal n && target != null && !target.measure().isEmpty()) {
          String typed = n.toPlainString() + target.measure();
          row.put(Field.ACTUAL, typed);
          return "在数值格里填了带单位的数（“" + typed + "”）";
        }
        return "";
      case THOUSANDS_SEPARATOR:
        if (actual instanceof BigDecimal n && n.compareTo(BigDecimal.valueOf(1000)) >= 0) {
          String typed = String.format("%,d", n.longValue());
          row.put(Field.ACTUAL, typed);
          return "填数时带了千分位逗号（“" + typed + "”）";
        }
        return "";
      case EMPTY_STATUS:
        if (row.containsKey(Field.STATUS)) {
          // Clear it: from the second round the form comes prefilled with last round's status.
          row.put(Field.STATUS, null);
          return "有一行的完成状态被清空未选";
        }
        return "";
      default:
        return "";
    }
  }

  private static Status statusOf(double progress, double schedule) {
    if (progress >= 1) {
      return Status.DONE;
    }
    if (progress <= 0.01) {
      return Status.NOT_STARTED;
    }
    // Units own up to 滞后 only when clearly behind, about where the office's red light starts.
    return progress >= schedule - 0.25 ? Status.ON_TRACK : Status.BEHIND;
  }

  private static BigDecimal actual(Target t, double progress, Random noise) {
    double v = t.value().doubleValue();
    if (t.comparison() == Comparison.AT_MOST) {
      return scale(v * (0.7 + 0.4 * noise.nextDouble()), decimals(t));
    }
    return switch (t.kind()) {
      case BINARY -> BigDecimal.valueOf(progress >= 1 ? 1 : 0);
      case SHARE -> scale(v * (0.85 + 0.2 * noise.nextDouble()), 1);
      default -> scale(v * progress, decimals(t));
    };
  }

  private static int decimals(Target t) {
    String m = t.measure();
    boolean countable = m.matches("[个家项名人件次所座条场篇批套台户]");
    return countable ? 0 : (t.value().doubleValue() >= 100 ? 0 : 2);
  }

  private static BigDecimal scale(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}

package org.duban.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (调度轮次): {@code 2025-09} (month), {@code 2025-Q3}, {@code 2025-H1},
 * {@code 2025} (year).
 *
 * @param year calendar year
 * @param granularity month, quarter, half or year
 * @param index 1-12 for months, 1-4 for quarters, 1-2 for halves, 1 for a year
 */
public record Round(int year, Granularity granularity, int index) implements Comparable<Round> {
  /** How long a round is. */
  public enum Granularity {
    MONTH(1),
    QUARTER(3),
    HALF(6),
    YEAR(12);

    private final int months;

    Granularity(int months) {
      this.months = months;
    }

    public int months() {
      return months;
    }

    int count() {
      return 12 / months;
    }
  }

  private static final Pattern FORM =
      Pattern.compile("^(\\d{4})(?:-(?:(\\d{1,2})|[Qq]([1-4])|[Hh]([12])))?$");

  public Round {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("round year out of range: " + year);
    }
    if (granularity == null) {
      throw new IllegalArgumentException("round granularity is required");
    }
    if (index < 1 || index > granularity.count()) {
      throw new IllegalArgumentException(
          "round index " + index + " out of range for " + granularity + " in " + year);
    }
  }

  /**
   * Parses {@code 2025-09}, {@code 2025-9}, {@code 2025-Q3}, {@code 2025-H1} or {@code 2025}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Round parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "轮次应写作 2025-09、2025-Q3、2025-H1 或 2025，而不是 \"" + t + "\"");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("轮次的月份应为 01-12，而不是 \"" + t + "\"");
      }
      return new Round(year, Granularity.MONTH, month);
    }
    if (m.group(3) != null) {
      return new Round(year, Granularity.QUARTER, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return new Round(year, Granularity.HALF, Integer.parseInt(m.group(4)));
    }
    return new Round(year, Granularity.YEAR, 1);
  }

  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * granularity.months() + 1, 1);
  }

  public LocalDate end() {
    return YearMonth.of(year, index * granularity.months()).atEndOfMonth();
  }

  public Period period() {
    return new Period(start(), end());
  }

  /** The round before this one, of the same granularity. */
  public Round previous() {
    if (index > 1) {
      return new Round(year, granularity, index - 1);
    }
    return new Round(year - 1, granularity, granularity.count());
  }

  /** The Chinese label: 2025年9月, 2025年第三季度, 2025年上半年, 2025年度. */
  public String label() {
    return switch (granularity) {
      case MONTH -> year + "年" + index + "月";
      case QUARTER -> year + "年第" + "一二三四".charAt(index - 1) + "季度";
      case HALF -> year + "年" + (index == 1 ? "上半年" : "下半年");
      case YEAR -> year + "年度";
    };
  }

  /** Rounds order by their end date, then by length (a month before the quarter it closes). */
  @Override
  public int compareTo(Round o) {
    int c = end().compareTo(o.end());
    return c != 0 ? c : Integer.compare(granularity.months(), o.granularity.months());
  }

  /** The canonical text form, also the round's folder name: 2025-09, 2025-Q3, 2025-H1, 2025. */
  @Override
  public String toString() {
    return switch (granularity) {
      case MONTH -> String.format("%d-%02d", year, index);
      case QUARTER -> year + "-Q" + index;
      case HALF -> year + "-H" + index;
      case YEAR -> Integer.toString(year);
    };
  }
}

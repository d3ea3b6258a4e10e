package org.duban.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as the document wrote it ({@code 到2025年}, {@code 2025年6月底前}, {@code 年内}) and
 * the date it means, when one can be derived.
 *
 * @param text as written; empty when the document gives none
 * @param date the last day it allows, or null when unknown
 */
public record Deadline(String text, LocalDate date) {
  public static final Deadline NONE = new Deadline("", null);

  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern YEAR_MONTH = Pattern.compile("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月");
  private static final Pattern YEAR_HALF = Pattern.compile("(20\\d\\d)\\s*年\\s*(上半年|年中)");
  private static final Pattern YEAR_QUARTER =
      Pattern.compile("(20\\d\\d)\\s*年\\s*(?:第)?([一二三四1-4])\\s*季度");
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
  private static final Pattern ISO = Pattern.compile("(20\\d\\d)-(\\d\\d)-(\\d\\d)");

  public Deadline {
    text = text == null ? "" : text.strip();
  }

  public boolean isKnown() {
    return date != null;
  }

  /**
   * Derives the date from the text: {@code 2025年6月底前} is 2025-06-30, {@code 到2025年} is
   * 2025-12-31, {@code 年内}/{@code 长期坚持} fall back to {@code planEnd} (may be null).
   */
  public static Deadline parse(String text, LocalDate planEnd) {
    if (text == null || text.isBlank()) {
      return new Deadline("", planEnd);
    }
    String t = text.strip();
    // A date that does not exist (2025-13-01, 2月30日) is no date: the later rules or the
    // caller's "not understood" take it, never an exception.
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      LocalDate d = day(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Deadline(t, d);
      }
    }
    m = YEAR_MONTH_DAY.matcher(t);
    if (m.find()) {
      LocalDate d = day(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Deadline(t, d);
      }
    }
    m = YEAR_MONTH.matcher(t);
    if (m.find()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return new Deadline(t, YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth());
      }
    }
    m = YEAR_HALF.matcher(t);
    if (m.find()) {
      return new Deadline(t, LocalDate.of(Integer.parseInt(m.group(1)), 6, 30));
    }
    m = YEAR_QUARTER.matcher(t);
    if (m.find()) {
      int q = "一二三四".indexOf(m.group(2)) + 1;
      if (q == 0) {
        q = Integer.parseInt(m.group(2));
      }
      return new Deadline(t, YearMonth.of(Integer.parseInt(m.group(1)), q * 3).atEndOfMonth());
    }
    m = YEAR.matcher(t);
    if (m.find()) {
      return new Deadline(t, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
    }
    return new Deadline(t, planEnd);
  }

  @Override
  public String toString() {
    return text;
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}

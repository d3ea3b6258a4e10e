package org.duban.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as units type it: 2025-09-28, 2025/9/28, 2025.9.28, 2025年9月28日, 20250928, and
 * with a reference date also 9月28日 (the year nearest the reference).
 */
public final class DateForms {
  private static final Pattern YMD =
      Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?$");
  private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?$");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  /** Day 0 of Excel's 1900 date system, shifted by the leap day Excel wrongly thinks 1900 had. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private DateForms() {}

  public static Optional<LocalDate> parse(String text) {
    String t = NumberForms.halfWidth(text == null ? "" : text).strip();
    Matcher m = YMD.matcher(t);
    if (!m.matches()) {
      m = COMPACT.matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #parse(String)}, and a date without its year (9月28日) taken in the year that puts
   * it nearest {@code near}: a 2025-12 return dated 1月5日 was filled in 2026.
   */
  public static Optional<LocalDate> parse(String text, LocalDate near) {
    Optional<LocalDate> full = parse(text);
    if (full.isPresent() || near == null) {
      return full;
    }
    Matcher m = MONTH_DAY.matcher(NumberForms.halfWidth(text == null ? "" : text).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    LocalDate best = null;
    for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        if (best == null || Math.abs(d.toEpochDay() - near.toEpochDay())
            < Math.abs(best.toEpochDay() - near.toEpochDay())) {
          best = d;
        }
      } catch (DateTimeException e) {
        // 2月29日 outside a leap year, 13月: try the next year or give up
      }
    }
    return Optional.ofNullable(best);
  }

  /** True when the text names a month and day but no year. */
  static boolean withoutYear(String text) {
    return MONTH_DAY.matcher(NumberForms.halfWidth(text == null ? "" : text).strip()).matches();
  }

  /** An Excel serial day number (1900 system) as a date, when it is a plausible one. */
  public static Optional<LocalDate> fromSerial(double serial) {
    if (Double.isNaN(serial) || serial < 1 || serial > 2958465) {
      return Optional.empty();
    }
    return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
  }
}

package org.duban.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as units type it: 2025-09-28, 2025/9/28, 2025.9.28, 2025年9月28日, 20250928. */
public final class DateForms {
  private static final Pattern YMD =
      Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
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

  /** An Excel serial day number (1900 system) as a date, when it is a plausible one. */
  public static Optional<LocalDate> fromSerial(double serial) {
    if (Double.isNaN(serial) || serial < 1 || serial > 2958465) {
      return Optional.empty();
    }
    return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
  }
}

package org.duban.fillin;

import java.util.Locale;

/**
 * What a cell's number format shows, as far as reading a return cares. Excel stores a date as a
 * day number and a typed "100%" as 1 with a percent format; without the format both read wrong.
 */
enum FormatKind {
  NUMBER,
  DATE,
  PERCENT;

  static FormatKind of(int id, String code) {
    // Built-in date and time formats, including the CJK ones (27-36, 50-58).
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
      return DATE;
    }
    if (id == 9 || id == 10) {
      return PERCENT;
    }
    if (code == null) {
      return NUMBER;
    }
    String p = visible(code).toLowerCase(Locale.ROOT);
    if (p.contains("general")) {
      return NUMBER;
    }
    if (p.matches(".*[ymdhs年月日].*") && !p.matches(".*[#0?].*[ymd].*")) {
      return DATE;
    }
    // Only the first section counts: 0%;[红色]-0% is a percentage, 0;"-%" is not.
    String first = p.contains(";") ? p.substring(0, p.indexOf(';')) : p;
    return first.contains("%") ? PERCENT : NUMBER;
  }

  /** The format code without quoted literals, [colour]/[condition] parts and escaped characters. */
  private static String visible(String code) {
    StringBuilder plain = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        bracket++;
      } else if (!quoted && c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (!quoted && bracket == 0 && (c == '\\' || c == '_' || c == '*')) {
        i++; // \x shows x literally, _x pads by x's width, *x repeats x: none is a format letter
      } else if (!quoted && bracket == 0) {
        plain.append(c);
      }
    }
    return plain.toString();
  }
}

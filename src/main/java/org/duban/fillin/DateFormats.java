package org.duban.fillin;

/** Whether a number format shows a date: Excel stores dates as plain numbers with a date format. */
final class DateFormats {
  private DateFormats() {}

  static boolean isDate(int id, String code) {
    // Built-in date and time formats, including the CJK ones (27-36, 50-58).
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
      return true;
    }
    if (code == null) {
      return false;
    }
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
      } else if (!quoted && bracket == 0 && c == '\\') {
        i++;
      } else if (!quoted && bracket == 0) {
        plain.append(c);
      }
    }
    String p = plain.toString().toLowerCase(java.util.Locale.ROOT);
    if (p.contains("general")) {
      return false;
    }
    return p.matches(".*[ymdhs年月日].*") && !p.matches(".*[#0?].*[ymd].*");
  }
}

package org.duban.ledger;

import java.time.LocalDate;
import org.duban.model.Target;

/**
 * One 量化目标 line typed by a clerk, tidied before {@link Target#parseNotation}: Excel users type
 * {@code >=} or full-width {@code ＞＝} for ≥, full-width digits, and spaces around the number.
 * Without this, {@code >=10个} would silently read as "subject '>', equal to 10".
 */
final class TargetLines {
  private TargetLines() {}

  static Target parse(String line, LocalDate planEnd) {
    return Target.parseNotation(tidy(line), planEnd);
  }

  static String tidy(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) ('0' + (c - '０')));
      } else if (c == '＞') {
        b.append('>');
      } else if (c == '＜') {
        b.append('<');
      } else if (c == '＝') {
        b.append('=');
      } else if (c == '≧') {
        b.append('≥');
      } else if (c == '≦') {
        b.append('≤');
      } else {
        b.append(c);
      }
    }
    // A bare > or < is read as ≥ or ≤: the clerk means "more than 10", and the notation has
    // no strict comparison.
    String t =
        b.toString().replace(">=", "≥").replace("<=", "≤").replace('>', '≥').replace('<', '≤');
    return t.replaceAll("([≥≤≈=])\\s+(?=\\d)", "$1")
        .replaceAll("([≥≤≈=]\\d+(?:\\.\\d+)?)\\s+(?=[^\\s\\d（(])", "$1")
        .strip();
  }
}

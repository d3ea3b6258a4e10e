package org.duban.plan;

import java.math.BigDecimal;

/** Chinese numerals (十五, 两, 一百二十, 三千) and Arabic digits to a number. */
final class ChineseNumbers {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumbers() {}

  /** The value of an Arabic or Chinese numeral; null when it is neither. */
  static BigDecimal parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
      t = t.replace(",", "");
    }
    if (t.matches("\\d+(\\.\\d+)?")) {
      return new BigDecimal(t);
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int d = digitOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit;
      switch (c) {
        case '十':
          unit = 10;
          break;
        case '百':
          unit = 100;
          break;
        case '千':
          unit = 1000;
          break;
        case '万':
          section = (section + Math.max(digit, 0)) * 10000;
          total += section;
          section = 0;
          digit = -1;
          continue;
        default:
          return null;
      }
      // 十五: a leading 十 means one ten.
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    total += section + Math.max(digit, 0);
    return BigDecimal.valueOf(total);
  }

  private static int digitOf(char c) {
    if (c == '两') {
      return 2;
    }
    if (c == '〇') {
      return 0;
    }
    return DIGITS.indexOf(c);
  }
}

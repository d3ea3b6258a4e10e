package org.duban.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering marker at the start of a heading or measure: 一、 (一) 1. 1、 (1), with its rank
 * in the outline (一、 above (一) above 1. above (1)).
 *
 * @param rank -1 for 第一部分/第一章, 0 for 一、, 1 for (一), 2 for 1., 3 for (1) and ①
 * @param label the marker as an id part: 二, (一), 1, (1), ①
 * @param value its number, for checking the sequence
 * @param length characters the marker takes in the text, spaces after it included
 */
record Marker(int rank, String label, int value, int length) {
  static final String CN = "[一二三四五六七八九十]{1,3}";
  // 第二部分是行动举措: a sentence about the part, not its heading
  private static final Pattern PART = Pattern.compile("^第(" + CN + ")(部分|章|篇)(?![是为的中将和])\\s*");
  private static final Pattern CN_TOP = Pattern.compile("^(" + CN + ")\\s*[、.]\\s*");
  private static final Pattern CN_PAREN = Pattern.compile("^\\((" + CN + ")\\)\\s*");
  private static final Pattern AR_PAREN = Pattern.compile("^\\((\\d{1,2})\\)\\s*");
  private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.、](?![\\d.])\\s*");
  /** ① to ⑳, and ⑴ to ⒇ (one character each, as word processors insert them). */
  private static final Pattern CIRCLED = Pattern.compile("^([\u2460-\u2473\u2474-\u2487])[.、]?\\s*");

  /** The marker at {@code pos} of the normalised text, or null. */
  static Marker at(String norm, int pos) {
    String s = norm.substring(pos, Math.min(norm.length(), pos + 12));
    Matcher m = PART.matcher(s);
    if (m.find()) {
      return new Marker(-1, "第" + m.group(1) + m.group(2), cnValue(m.group(1)), m.end());
    }
    m = CN_PAREN.matcher(s);
    if (m.find()) {
      return new Marker(1, "(" + m.group(1) + ")", cnValue(m.group(1)), m.end());
    }
    m = AR_PAREN.matcher(s);
    if (m.find()) {
      return new Marker(3, "(" + m.group(1) + ")", Integer.parseInt(m.group(1)), m.end());
    }
    m = CN_TOP.matcher(s);
    if (m.find()) {
      return new Marker(0, m.group(1), cnValue(m.group(1)), m.end());
    }
    m = ARABIC.matcher(s);
    if (m.find()) {
      return new Marker(2, m.group(1), Integer.parseInt(m.group(1)), m.end());
    }
    m = CIRCLED.matcher(s);
    if (m.find()) {
      char c = m.group(1).charAt(0);
      // ⑴ is (1) typed as one character; ① keeps its own form, as the clerk sees it in the plan
      return c >= '\u2474' ? new Marker(3, "(" + (c - '\u2474' + 1) + ")", c - '\u2474' + 1, m.end())
          : new Marker(3, m.group(1), c - '\u2460' + 1, m.end());
    }
    return null;
  }

  /**
   * Whether the marker is a circled number: those also enumerate inside a sentence
   * (包括：①……；②……), so only one at the start of a line numbers a measure.
   */
  boolean circled() {
    return !label.isEmpty() && label.charAt(0) >= '\u2460' && label.charAt(0) <= '\u2473';
  }

  private static int cnValue(String s) {
    java.math.BigDecimal v = ChineseNumbers.parse(s);
    return v == null ? 0 : v.intValue();
  }
}

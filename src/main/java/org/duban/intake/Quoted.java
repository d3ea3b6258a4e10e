package org.duban.intake;

/**
 * A value the unit typed, as it appears inside a message: whole and in quotes when short, else
 * its start and …; the finding's value field keeps it whole. A 40,000-character text typed into
 * a number cell must not make a 40,000-character message on the console and in the 问题清单.
 */
final class Quoted {
  /** Characters of a value shown inside a message. */
  static final int MAX = 40;

  private Quoted() {}

  static String of(String value) {
    String v = value == null ? "" : value;
    if (v.codePointCount(0, v.length()) > MAX) {
      v = v.substring(0, v.offsetByCodePoints(0, MAX - 1)) + "…";
    }
    return "“" + v + "”";
  }
}

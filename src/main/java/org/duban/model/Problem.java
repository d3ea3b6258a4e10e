package org.duban.model;

/**
 * A finding about the user's input, as data: rendered in one place (console, 收件情况, 问题清单).
 *
 * @param where file, sheet, cell or line the finding is about
 * @param severity error, warning or note
 * @param message what was found and what was expected, in Chinese
 * @param fix what the user should do, in Chinese (may be empty)
 * @param value the offending value as found (may be empty)
 */
public record Problem(Location where, Severity severity, String message, String fix, String value) {
  public Problem {
    if (where == null) {
      where = Location.NONE;
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity is required for: " + message);
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a message");
    }
    fix = fix == null ? "" : fix;
    value = value == null ? "" : value;
  }

  public static Problem error(Location where, String message, String fix) {
    return new Problem(where, Severity.ERROR, message, fix, "");
  }

  public static Problem warning(Location where, String message, String fix) {
    return new Problem(where, Severity.WARNING, message, fix, "");
  }

  public static Problem note(Location where, String message) {
    return new Problem(where, Severity.NOTE, message, "", "");
  }

  public Problem withValue(String newValue) {
    return new Problem(where, severity, message, fix, newValue);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for the console: {@code 位置: 错误: 信息 (处理: …)}. */
  public String render() {
    StringBuilder b = new StringBuilder();
    if (!where.isNone()) {
      b.append(where).append(": ");
    }
    b.append(severity.label()).append(": ").append(message);
    if (!value.isEmpty()) {
      // One console line: a long value is cut (the workbooks list it in full or shortened visibly).
      String v = value.codePointCount(0, value.length()) <= 80 ? value
          : value.substring(0, value.offsetByCodePoints(0, 79)) + "…";
      b.append("(值: ").append(v).append(')');
    }
    if (!fix.isEmpty()) {
      b.append(" 处理: ").append(fix);
    }
    return b.toString();
  }
}

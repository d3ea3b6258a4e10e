package org.duban.model;

/** How bad a finding is: errors stop a value (or file) being used, warnings ask for a look. */
public enum Severity {
  /** The value or file is not used. */
  ERROR("错误"),
  /** The value is used, but the clerk should look at it. */
  WARNING("警告"),
  /** A tolerated form was converted; recorded so nothing happens silently. */
  NOTE("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The Chinese label shown to users. */
  public String label() {
    return label;
  }
}

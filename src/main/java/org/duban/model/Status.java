package org.duban.model;

import java.util.Optional;

/** 完成状态, the dropdown of the fill-in workbook. */
public enum Status {
  DONE("已完成"),
  ON_TRACK("序时推进"),
  BEHIND("滞后"),
  NOT_STARTED("未启动");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status whose label is exactly {@code text} (after trimming), if any. */
  public static Optional<Status> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    for (Status s : values()) {
      if (s.label.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

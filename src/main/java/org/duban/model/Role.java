package org.duban.model;

/** A unit's part in a task (责任类型), or its holding of an indicator. */
public enum Role {
  LEAD("牵头"),
  COOPERATE("配合"),
  /** Responsible for a goal indicator or a broken-down sub-target. */
  INDICATOR("指标");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Role fromLabel(String s) {
    for (Role r : values()) {
      if (r.label.equals(s == null ? "" : s.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("责任类型 must be 牵头, 配合 or 指标, found: " + s);
  }
}

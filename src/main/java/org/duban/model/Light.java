package org.duban.model;

/** 红黄绿灯. Always shown with its word as well as its colour: the summary prints in black and white. */
public enum Light {
  GREEN("绿灯"),
  AMBER("黄灯"),
  RED("红灯"),
  /** Nothing to judge yet: not reported, or no target and no status. */
  NONE("未评价");

  private final String label;

  Light(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package org.duban.intake;

/** What became of one returned file. */
public enum Verdict {
  ACCEPTED("接收"),
  /** Used, but with findings the clerk or the unit should look at. */
  ACCEPTED_WITH_WARNINGS("接收（有问题）"),
  REJECTED("退回");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

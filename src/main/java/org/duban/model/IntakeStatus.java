package org.duban.model;

/** How a unit stands in a round's intake. */
public enum IntakeStatus {
  ON_TIME("按时报送"),
  LATE("逾期报送"),
  /** Only files that were refused arrived. */
  REJECTED("报送被退回"),
  MISSING("未报送");

  private final String label;

  IntakeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean reported() {
    return this == ON_TIME || this == LATE;
  }
}

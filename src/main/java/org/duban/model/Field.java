package org.duban.model;

/** The input columns of a fill-in workbook, by the header a unit sees. */
public enum Field {
  ACTUAL("累计完成值"),
  STATUS("完成状态"),
  PERCENT("完成比例(%)"),
  GROWTH("同比增长(%)"),
  PROGRESS("工作进展"),
  ISSUES("存在问题"),
  NEXT_STEPS("下步打算");

  private final String header;

  Field(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }

  public boolean isNumeric() {
    return this == ACTUAL || this == PERCENT || this == GROWTH;
  }

  public boolean isText() {
    return this == PROGRESS || this == ISSUES || this == NEXT_STEPS;
  }
}

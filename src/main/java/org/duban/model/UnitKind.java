package org.duban.model;

/** What sort of body a responsible unit is; shown in the ledger's 类别 column. */
public enum UnitKind {
  DEPARTMENT("部门"),
  GOVERNMENT("县市区政府"),
  PARK("园区"),
  UNIVERSITY("高校院所"),
  ENTERPRISE("企业"),
  FINANCIAL("金融机构"),
  /** 在衡高校, 各镇(街道), 各相关部门: stands for members the clerk lists in 包含单位. */
  COLLECTIVE("集合单位"),
  OTHER("其他");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static UnitKind fromLabel(String s) {
    if (s == null || s.isBlank()) {
      return OTHER;
    }
    String t = s.strip();
    for (UnitKind k : values()) {
      if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "类别 must be one of 部门 县市区政府 园区 高校院所 企业 金融机构 集合单位 其他, found: " + s);
  }
}

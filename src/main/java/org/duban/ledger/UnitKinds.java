package org.duban.ledger;

import org.duban.model.UnitKind;

/**
 * A first guess at a unit's kind from its name, for units the ledger meets without a row on the
 * 责任单位 sheet; the clerk corrects it in the 类别 column.
 */
final class UnitKinds {
  private UnitKinds() {}

  static UnitKind guess(String name) {
    String n = name.strip();
    if (n.startsWith("各")
        || n.startsWith("在") && n.endsWith("高校")
        || n.contains("三市")
        || n.endsWith("等")
        || n.endsWith("相关部门")
        || n.endsWith("有关单位")) {
      return UnitKind.COLLECTIVE;
    }
    if (n.endsWith("人民政府") || n.endsWith("政府") || n.matches(".*[县区市]委") && n.length() <= 4) {
      return UnitKind.GOVERNMENT;
    }
    if (n.endsWith("高新区")
        || n.endsWith("开发区")
        || n.endsWith("园区")
        || n.endsWith("产业园")
        || n.endsWith("新区")) {
      return UnitKind.PARK;
    }
    if (n.endsWith("大学")
        || n.endsWith("学院")
        || n.endsWith("高校")
        || n.endsWith("研究院")
        || n.endsWith("研究所")
        || n.endsWith("科学院")) {
      return UnitKind.UNIVERSITY;
    }
    if (n.contains("银行") || n.contains("银保监") || n.contains("金融监管") || n.endsWith("保险公司")) {
      return UnitKind.FINANCIAL;
    }
    if (n.endsWith("公司") || n.endsWith("集团") || n.endsWith("有限责任公司")) {
      return UnitKind.ENTERPRISE;
    }
    if (n.matches(".*(局|委|办|厅|部|中心|院|署|会|处|科|所|站|队|支队)(\\(.*\\)|（.*）)?")) {
      return UnitKind.DEPARTMENT;
    }
    return UnitKind.OTHER;
  }
}

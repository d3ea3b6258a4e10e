package org.duban.model;

import java.math.BigDecimal;

/**
 * One unit's share of a goal indicator (指标分解), e.g. 新增规模工业企业: 临湘高新区 10家.
 *
 * @param goalId the goal indicator's 编号
 * @param goalName its 指标名称, repeated so the sheet reads on its own
 * @param unit the responsible unit, canonical name
 * @param value the unit's sub-target
 * @param measure 计量单位
 */
public record Breakdown(String goalId, String goalName, String unit, BigDecimal value, String measure) {
  public Breakdown {
    if (goalId == null || goalId.isBlank()) {
      throw new IllegalArgumentException("a breakdown row needs its 指标编号: " + goalName);
    }
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("breakdown of " + goalId + " needs a 责任单位");
    }
    if (value == null) {
      throw new IllegalArgumentException("breakdown of " + goalId + " for " + unit + " needs a value");
    }
    goalName = goalName == null ? "" : goalName.strip();
    measure = measure == null ? "" : measure.strip();
  }

  /** The id of this sub-target as a row of a fill-in workbook: {@code 指标3@临湘高新区}. */
  public String itemId() {
    return goalId + "@" + unit;
  }
}

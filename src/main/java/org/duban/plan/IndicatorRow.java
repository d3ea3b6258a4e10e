package org.duban.plan;

import java.util.List;
import java.util.Map;
import org.duban.model.Target;

/**
 * One row of an indicator responsibility table: 指标名称 | 目标任务 | 责任单位.
 *
 * @param name 指标名称 as written
 * @param target the 目标任务 cell read as a target, subject = name
 * @param units the 责任单位 cells, each {@code 单位} or {@code 单位+分解值} ({@code 临湘高新区10家})
 * @param line where the row starts
 * @param extras other cells worth keeping beside the goal, by header ({@code 指标属性: 约束性})
 */
record IndicatorRow(String name, Target target, List<UnitShare> units, int line, Map<String, String> extras) {
  IndicatorRow {
    units = List.copyOf(units);
    extras = Map.copyOf(extras);
  }

  /** A unit named in the row, with its sub-target when the table gives one. */
  record UnitShare(String unit, java.math.BigDecimal value, String measure) {}
}

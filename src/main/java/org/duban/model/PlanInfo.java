package org.duban.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 方案信息 sheet: what the plan is and when it runs.
 *
 * @param name 方案名称
 * @param issuer 发文单位
 * @param start 开始日期 (first day of the plan period)
 * @param end 结束日期 (last day of the plan period)
 * @param office 牵头办公室, the office that runs the rounds
 * @param sources 来源文件, the documents it was read from
 * @param settings further 项目/内容 rows, such as the light thresholds (绿灯容差, 红灯差距)
 */
public record PlanInfo(
    String name,
    String issuer,
    LocalDate start,
    LocalDate end,
    String office,
    String sources,
    Map<String, String> settings) {
  public PlanInfo {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a plan needs a name (方案名称)");
    }
    if (start == null || end == null) {
      throw new IllegalArgumentException("plan " + name + " needs 开始日期 and 结束日期");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "plan " + name + " ends (" + end + ") before it starts (" + start + ")");
    }
    name = name.strip();
    issuer = issuer == null ? "" : issuer.strip();
    office = office == null ? "" : office.strip();
    sources = sources == null ? "" : sources.strip();
    settings = Collections.unmodifiableMap(new TreeMap<>(settings == null ? Map.of() : settings));
  }

  public Period period() {
    return new Period(start, end);
  }
}

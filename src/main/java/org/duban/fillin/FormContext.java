package org.duban.fillin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.Task;
import org.duban.model.UnitReturn;

/**
 * Everything one unit's workbook is made from: the plan, the round, the unit, its rows and the
 * values of the scalar placeholders ({@code ${单位}}, {@code ${轮次}}, ...).
 */
record FormContext(
    Plan plan, Round round, String unit, LocalDate due, List<FormRow> tasks, List<FormRow> indicators,
    Map<String, String> scalars) {

  static FormContext of(Plan plan, Round round, String unit, LocalDate due, Optional<UnitReturn> last) {
    return of(plan, round, unit, unit, due, last);
  }

  /**
   * @param unit the unit the workbook is for (its identity)
   * @param as the name the plan gives its duties: a collective unit (在衡高校) for each member
   */
  static FormContext of(Plan plan, Round round, String unit, String as, LocalDate due, Optional<UnitReturn> last) {
    List<FormRow> tasks = FormRows.tasks(plan, as, last);
    List<FormRow> indicators = FormRows.indicators(plan, as, last);
    long leads = leadCount(plan, as);
    long coop = PlanIndex.of(plan).tasksOf(as).size() - leads;
    Map<String, String> s = new LinkedHashMap<>();
    s.put("单位", unit.equals(as) ? unit : unit + "（" + as + "）");
    s.put("轮次", round.label());
    s.put("轮次编号", round.toString());
    s.put("方案名称", plan.info().name());
    s.put("方案简称", shortName(plan.info().name()));
    s.put("发文单位", plan.info().issuer());
    s.put("牵头办公室", plan.info().office());
    s.put("截止日期", dateText(due));
    s.put("报送截止日期", dateText(due));
    s.put("牵头任务数", Long.toString(leads));
    s.put("配合任务数", Long.toString(coop));
    s.put("指标数", Integer.toString(indicators.size()));
    return new FormContext(plan, round, unit, due, tasks, indicators, s);
  }

  /** 2025年10月10日, or a dash when the office set no due date. */
  static String dateText(LocalDate d) {
    return d == null ? "（另行通知）" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * A short form of the plan's name for file names: the title inside 《》 if any, else what
   * follows the last 关于; without the final 实施方案/工作方案/行动计划 and 的通知; at most 20 characters.
   */
  static String shortName(String name) {
    String s = name.strip();
    java.util.regex.Matcher book = java.util.regex.Pattern.compile("《([^》]+)》").matcher(s);
    if (book.find()) {
      s = book.group(1);
    } else {
      int about = s.lastIndexOf("关于");
      if (about >= 0 && about + 2 < s.length()) {
        s = s.substring(about + 2);
      }
    }
    s = s.replaceAll("的通知$", "");
    s = s.replaceAll("的?(实施方案|工作方案|行动方案|行动计划|实施意见|方案)$", "");
    if (s.isBlank()) {
      s = name.strip();
    }
    return s.length() > 20 ? s.substring(0, 20) : s;
  }

  /** Tasks where the unit leads, used by the distribution list too. */
  static long leadCount(Plan plan, String unit) {
    return PlanIndex.of(plan).tasksOf(unit).stream().filter((Task t) -> t.leads().contains(unit)).count();
  }
}

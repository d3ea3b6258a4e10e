package org.duban.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;
import org.duban.model.Plan;
import org.duban.model.Role;
import org.duban.model.Round;

/**
 * Drafts the 通报 paragraph in a bulletin's register: completion against 序时进度, lights, what is
 * ahead, what lags and which unit leads it, who did not report. The clerk edits it; every number
 * comes from the assessment.
 *
 * <p>It reads like this: 截至2025年9月底，《…》确定的11项重点任务平均完成率69.9%，落后序时进度（75%）5.1个
 * 百分点。其中，绿灯8项、黄灯1项、红灯2项。目标指标方面，7项指标平均完成率86.3%。“A”“B”等3项任务进展较快，
 * 完成率超过序时进度；“C”“D”（均由市科技局牵头）2项任务进度滞后，亮红灯；“E”（市商务局牵头）进度偏慢，亮黄灯；
 * 市文旅广体局未报送，市农业农村局报送的表格已退回重报，市林业局逾期报送。
 */
public final class BulletinDrafter {
  /** How many task titles or units a sentence names before it says 等. */
  static final int NAMED = 3;

  private static final int TITLE_CHARS = 20;

  /** Lead units named before 等 in front of one task. */
  private static final int LEADS_NAMED = 2;

  private BulletinDrafter() {}

  /** The paragraph for one round. */
  public static String draft(
      Plan plan,
      Round round,
      double schedule,
      double taskCompletion,
      double goalCompletion,
      Map<Light, Integer> lights,
      List<TaskAssessment> tasks,
      List<GoalAssessment> goals,
      List<UnitStanding> units) {
    StringBuilder b = new StringBuilder();
    b.append("截至").append(asOf(round)).append('，').append(bookTitle(plan.info().name()));
    long known = tasks.stream().filter(t -> t.completion().isKnown()).count();
    if (known == 0) {
      b.append("确定的").append(tasks.size()).append("项重点任务尚无完成情况报送，序时进度为").append(Percent.of(schedule)).append('。');
    } else {
      // The average is over the tasks with a figure; saying so keeps 6 silent units from
      // reading as a plan on schedule.
      boolean all = known == tasks.size();
      b.append("确定的").append(tasks.size()).append(all ? "项重点任务" : "项重点任务中，已报送完成情况的" + known + "项");
      b.append("平均完成率").append(Percent.of(taskCompletion)).append('，')
          .append(againstSchedule(taskCompletion, schedule)).append('。')
          .append(all ? "其中，" : tasks.size() + "项任务中，").append(lightCounts(lights));
      int none = lights.getOrDefault(Light.NONE, 0);
      if (none > 0) {
        b.append("，另有").append(none).append("项").append(whyUnjudged(tasks)).append("暂未评价");
      }
      b.append('。');
    }
    goals(goals, goalCompletion).ifPresent(b::append);
    List<String> clauses = new ArrayList<>();
    ahead(tasks).ifPresent(clauses::add);
    behind(tasks, Light.RED, "进度滞后，亮红灯").ifPresent(clauses::add);
    behind(tasks, Light.AMBER, "进度偏慢，亮黄灯").ifPresent(clauses::add);
    clauses.add(reporting(units));
    b.append(String.join("；", clauses)).append('。');
    return b.toString();
  }

  /** 绿灯4项、黄灯1项，无红灯: lights with no task are left out, except that no red is news. */
  private static String lightCounts(Map<Light, Integer> lights) {
    List<String> parts = new ArrayList<>();
    for (Light l : List.of(Light.GREEN, Light.AMBER, Light.RED)) {
      int n = lights.getOrDefault(l, 0);
      if (n > 0) {
        parts.add(l.label() + n + "项");
      }
    }
    String s = String.join("、", parts);
    if (lights.getOrDefault(Light.RED, 0) == 0) {
      s += s.isEmpty() ? "无红灯" : "，无红灯";
    }
    return s;
  }

  /** 2025年9月底; a round closing in December reads 2025年底. */
  private static String asOf(Round round) {
    int month = round.end().getMonthValue();
    return round.end().getYear() + (month == 12 ? "年底" : "年" + month + "月底");
  }

  /**
   * 落后序时进度（75%）11.2个百分点: the difference of the two figures as printed (63.8% and 75%),
   * so a reader who subtracts them gets the same number.
   */
  private static String againstSchedule(double completion, double schedule) {
    java.math.BigDecimal points = new java.math.BigDecimal(Percent.points(completion * 100.0))
        .subtract(new java.math.BigDecimal(Percent.points(schedule * 100.0)));
    String s = "序时进度（" + Percent.of(schedule) + "）";
    if (points.signum() == 0) {
      return "与" + s + "持平";
    }
    return (points.signum() > 0 ? "超过" : "落后") + s + points.abs().stripTrailingZeros().toPlainString() + "个百分点";
  }

  private static String whyUnjudged(List<TaskAssessment> tasks) {
    boolean allMissing = tasks.stream()
        .filter(t -> t.judgement().light() == Light.NONE)
        .allMatch(t -> !t.task().leads().isEmpty() && t.units().stream()
            .filter(u -> u.role() == Role.LEAD)
            .noneMatch(UnitResult::reported));
    return allMissing ? "因牵头单位未报送" : "因未报送或填报不全";
  }

  private static Optional<String> goals(List<GoalAssessment> goals, double completion) {
    if (goals.isEmpty()) {
      return Optional.empty();
    }
    if (Double.isNaN(completion)) {
      return Optional.of("目标指标方面，" + goals.size() + "项指标尚无报送数据。");
    }
    StringBuilder b = new StringBuilder("目标指标方面，").append(goals.size()).append("项指标平均完成率")
        .append(Percent.of(completion));
    long red = goals.stream().filter(g -> g.judgement().light() == Light.RED).count();
    if (red > 0) {
      b.append("，其中红灯").append(red).append('项');
    }
    return Optional.of(b.append('。').toString());
  }

  private static Optional<String> ahead(List<TaskAssessment> tasks) {
    List<TaskAssessment> fast = tasks.stream()
        .filter(t -> t.judgement().light() == Light.GREEN && t.completion().isKnown())
        .filter(t -> t.completion().capped() > t.schedule() + 1e-9 || t.completion().ratio() >= 1)
        .sorted(Comparator.comparingDouble((TaskAssessment t) -> t.schedule() - t.completion().ratio())
            .thenComparing(t -> t.task().id()))
        .toList();
    if (fast.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder titles = new StringBuilder();
    fast.stream().limit(NAMED).forEach(t -> titles.append(quoted(t)));
    long met = fast.stream().filter(t -> t.completion().ratio() >= 1 - 1e-9).count();
    String how = met == fast.size() ? "已完成"
        : met == 0 ? "进展较快，完成率超过序时进度" : "进展较快，完成率已达到或超过序时进度";
    return Optional.of(titles + count(fast.size()) + how);
  }

  /**
   * The tasks of one light, furthest behind first, each with the lead unit whose part is behind:
   * “A”“B”（均由市科技局牵头）、“C”（市发改委牵头）等5项任务进度滞后，亮红灯.
   */
  private static Optional<String> behind(List<TaskAssessment> tasks, Light light, String verdict) {
    List<TaskAssessment> slow = tasks.stream()
        .filter(t -> t.judgement().light() == light)
        .sorted(Comparator.comparingDouble(BulletinDrafter::gapForSort).reversed()
            .thenComparing(t -> t.task().id()))
        .toList();
    if (slow.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> byLead = new LinkedHashMap<>();
    for (TaskAssessment t : slow.subList(0, Math.min(NAMED, slow.size()))) {
      byLead.computeIfAbsent(leads(t.laggingLeads()), k -> new ArrayList<>()).add(quoted(t));
    }
    List<String> groups = new ArrayList<>();
    // The lead in brackets after its tasks: a list of units inside the list of tasks would
    // otherwise run together at the 、.
    byLead.forEach((lead, titles) -> groups.add(String.join("", titles)
        + (lead.isEmpty() ? "" : titles.size() > 1 ? "（均由" + lead + "牵头）" : "（" + lead + "牵头）")));
    return Optional.of(String.join("、", groups) + count(slow.size()) + verdict);
  }

  /** 等5项任务 when more than are named, 2项任务 when all are, nothing for one. */
  private static String count(int n) {
    if (n == 1) {
      return "";
    }
    return (n > NAMED ? "等" : "") + n + "项任务";
  }

  private static String leads(List<String> units) {
    if (units.size() <= LEADS_NAMED) {
      return String.join("、", units);
    }
    return String.join("、", units.subList(0, LEADS_NAMED)) + "等";
  }

  private static double gapForSort(TaskAssessment t) {
    // A task red by its status or deadline but with no figure sorts as far behind.
    return t.completion().isKnown() ? LightRule.gapPoints(t.completion(), t.schedule()) : 100;
  }

  /** Missing, refused and late returns, each named: they are who the office phones. */
  private static String reporting(List<UnitStanding> units) {
    List<String> parts = new ArrayList<>();
    names(units, IntakeStatus.MISSING).ifPresent(n -> parts.add(n + "未报送"));
    names(units, IntakeStatus.REJECTED).ifPresent(n -> parts.add(n + "报送的表格已退回重报"));
    names(units, IntakeStatus.LATE).ifPresent(n -> parts.add(n + "逾期报送"));
    return parts.isEmpty() ? "各责任单位均按时报送" : String.join("，", parts);
  }

  private static Optional<String> names(List<UnitStanding> units, IntakeStatus status) {
    List<String> these = units.stream()
        .filter(u -> u.intake() == status)
        .map(UnitStanding::unit)
        .toList();
    if (these.isEmpty()) {
      return Optional.empty();
    }
    if (these.size() <= NAMED) {
      return Optional.of(String.join("、", these));
    }
    return Optional.of(String.join("、", these.subList(0, NAMED)) + "等" + these.size() + "个单位");
  }

  private static String quoted(TaskAssessment t) {
    // Quotation marks inside a quoted title become single ones, as in print: “大力实施‘4+4科创工程’”.
    return "“" + shortTitle(t).replace('“', '‘').replace('”', '’') + "”";
  }

  static String shortTitle(TaskAssessment t) {
    String s = t.task().title().isEmpty() ? t.task().content() : t.task().title();
    s = s.strip().replaceAll("[。；;，,：:]+$", "");
    if (s.codePointCount(0, s.length()) > TITLE_CHARS) {
      s = s.substring(0, s.offsetByCodePoints(0, TITLE_CHARS - 1)) + "…";
    }
    return s.isEmpty() ? t.task().id() : s;
  }

  private static String bookTitle(String name) {
    String n = name.strip();
    return n.startsWith("《") ? n : "《" + n + "》";
  }
}

package org.duban.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.model.Light;
import org.duban.model.Plan;
import org.duban.model.Round;

/**
 * Drafts the 通报 paragraph in a bulletin's register: completion and 序时进度, lights, what is
 * ahead, what lags and who leads it, who did not report on time. The clerk edits it; every number
 * comes from the assessment.
 */
public final class BulletinDrafter {
  /** How many task titles or units a sentence names before it says 等. */
  static final int NAMED = 3;

  private static final int TITLE_CHARS = 20;

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
      int goals,
      List<UnitStanding> units) {
    StringBuilder b = new StringBuilder();
    b.append("截至").append(round.end().getYear()).append('年')
        .append(round.end().getMonthValue()).append("月底，")
        .append(bookTitle(plan.info().name())).append('共').append(tasks.size()).append("项重点任务，");
    if (Double.isNaN(taskCompletion)) {
      b.append("尚无任务报送完成情况");
    } else {
      b.append("平均完成率").append(Percent.of(taskCompletion));
    }
    b.append("，序时进度").append(Percent.of(schedule)).append('；')
        .append("绿灯").append(lights.getOrDefault(Light.GREEN, 0)).append("项、")
        .append("黄灯").append(lights.getOrDefault(Light.AMBER, 0)).append("项、")
        .append("红灯").append(lights.getOrDefault(Light.RED, 0)).append('项');
    int none = lights.getOrDefault(Light.NONE, 0);
    if (none > 0) {
      b.append("，").append(none).append("项因未报送暂未评价");
    }
    b.append('。');
    if (goals > 0 && !Double.isNaN(goalCompletion)) {
      b.append(goals).append("项目标指标平均完成率").append(Percent.of(goalCompletion)).append('。');
    }
    List<String> clauses = new ArrayList<>();
    ahead(tasks).ifPresent(clauses::add);
    lagging(tasks).ifPresent(clauses::add);
    clauses.add(notOnTime(units));
    b.append(String.join("；", clauses)).append('。');
    return b.toString();
  }

  private static java.util.Optional<String> ahead(List<TaskAssessment> tasks) {
    List<TaskAssessment> fast = tasks.stream()
        .filter(t -> t.judgement().light() == Light.GREEN && t.completion().isKnown())
        .filter(t -> t.completion().capped() > t.schedule() + 1e-9 || t.completion().ratio() >= 1)
        .sorted(Comparator.comparingDouble((TaskAssessment t) -> t.schedule() - t.completion().ratio())
            .thenComparing(t -> t.task().id()))
        .toList();
    if (fast.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(titles(fast) + "进展较快，已达到或超过序时进度");
  }

  private static java.util.Optional<String> lagging(List<TaskAssessment> tasks) {
    List<TaskAssessment> slow = tasks.stream()
        .filter(t -> t.judgement().light() == Light.RED)
        .sorted(Comparator.comparingDouble(BulletinDrafter::gapForSort).reversed()
            .thenComparing(t -> t.task().id()))
        .toList();
    if (slow.isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> leads = new LinkedHashSet<>();
    slow.stream().limit(NAMED).forEach(t -> leads.addAll(t.task().leads()));
    String s = titles(slow) + "滞后";
    if (!leads.isEmpty()) {
      s += "，牵头单位为" + String.join("、", leads);
    }
    return java.util.Optional.of(s);
  }

  private static double gapForSort(TaskAssessment t) {
    // A task red by its status or deadline but with no figure sorts as far behind.
    return t.completion().isKnown() ? LightRule.gapPoints(t.completion(), t.schedule()) : 100;
  }

  private static String notOnTime(List<UnitStanding> units) {
    // Those that sent nothing usable come first: they are who the office phones.
    List<String> late = units.stream()
        .filter(u -> u.intake() != org.duban.model.IntakeStatus.ON_TIME)
        .sorted(Comparator.comparingInt((UnitStanding u) -> UnitRanking.timeliness(u.intake())))
        .map(UnitStanding::unit)
        .toList();
    if (late.isEmpty()) {
      return "各责任单位均按时报送";
    }
    String named = String.join("、", late.subList(0, Math.min(NAMED, late.size())));
    if (late.size() == 1) {
      return named + "未按时报送";
    }
    return named + (late.size() > NAMED ? "等" : "共") + late.size() + "个单位未按时报送";
  }

  private static String titles(List<TaskAssessment> list) {
    StringBuilder b = new StringBuilder();
    list.stream().limit(NAMED).forEach(t -> b.append('“').append(shortTitle(t)).append('”'));
    if (list.size() == 1) {
      return b.toString();
    }
    return b + (list.size() > NAMED ? "等" : "共") + list.size() + "项任务";
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

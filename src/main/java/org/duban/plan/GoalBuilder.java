package org.duban.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Target;
import org.duban.names.UnitCollector;
import org.duban.names.UnitNames;

/**
 * Goal indicators: one per target of the goal sections, then the rows of an indicator table,
 * each linked to the goal it repeats (same value and measure, similar name) or added as a new
 * goal, with the table's units and per-unit sub-targets.
 */
final class GoalBuilder {
  private final String file;
  private final UnitCollector units;
  final List<Goal> goals = new ArrayList<>();
  final List<Breakdown> breakdowns = new ArrayList<>();

  private final List<org.duban.model.Problem> problems;

  GoalBuilder(String file, UnitCollector units, List<org.duban.model.Problem> problems) {
    this.file = file;
    this.units = units;
    this.problems = problems;
  }

  /** 牵头负责领导:金力。 on a line of its own. */
  private static final Pattern LEADER_LINE =
      Pattern.compile("^(" + UnitLists.LEADER_LABEL + ")[:：]\\s*([^:：;；,，。]{2,20})[。.]?$");

  void addGoalTexts(List<Outline.GoalText> texts) {
    Map<Object, String> sectionDeadline = new HashMap<>();
    int fromPrevious = goals.size();
    Set<Integer> trailing = new HashSet<>();
    for (Outline.GoalText g : texts) {
      Block b = g.block();
      String inherited = sectionDeadline.getOrDefault(g.section(), "");
      if (inherited.isEmpty()) {
        Matcher m = Targets.DEADLINE.matcher(b.norm());
        if (m.find()) {
          inherited = b.orig().substring(m.start(), m.end()).replaceFirst("^(力争|争取)", "");
          sectionDeadline.put(g.section(), inherited);
        }
      }
      for (String odd : Targets.unreadable(b.norm())) {
        problems.add(
            org.duban.model.Problem.warning(
                    Location.ofLine(file, b.line()),
                    "目标中有看不懂的数字",
                    "请核对原文,在台账“目标指标”表中填写正确的目标值")
                .withValue(odd));
      }
      // 1.地区生产总值突破3000亿元。(预期性指标,牵头单位:市发改委;责任单位:…): the goal's units
      List<UnitList> lists = UnitLists.find(b.norm(), b.orig(), false);
      List<String> owners = new ArrayList<>();
      String orig = b.orig();
      String norm = b.norm();
      if (lists.size() == 1) {
        UnitList l = lists.get(0);
        l.leads().forEach(u -> addOnce(owners, units.add(u)));
        l.cooperators().forEach(u -> addOnce(owners, units.add(u)));
        orig = orig.substring(0, l.start()) + orig.substring(l.end());
        norm = norm.substring(0, l.start()) + norm.substring(l.end());
      }
      List<Target> found = Targets.extract(orig, norm, inherited);
      if (found.isEmpty() && !owners.isEmpty()) {
        // (一)地区生产总值增长7%以上 / 责任单位:区发展和改革局: a list on a line of its own belongs to
        // the goals of the text just before it; 牵头责任单位:A / 协同责任单位:B on two lines, to both
        for (int i = fromPrevious; i < goals.size(); i++) {
          Goal old = goals.get(i);
          if (old.units().isEmpty() || trailing.contains(i)) {
            List<String> all = new ArrayList<>(old.units());
            owners.forEach(u -> addOnce(all, u));
            goals.set(i, old.withUnits(all));
            trailing.add(i);
          }
        }
        continue;
      }
      if (found.isEmpty()) {
        // 牵头负责领导:金力。: a line between a goal and its units that names the leader in charge,
        // kept beside the goals it follows as the 任务 tables keep their 责任领导 column
        Matcher leader = LEADER_LINE.matcher(b.orig().strip());
        for (int i = fromPrevious; leader.matches() && i < goals.size(); i++) {
          goals.set(i, goals.get(i).withExtras(Map.of(leader.group(1), leader.group(2).strip())));
        }
        continue;
      }
      fromPrevious = goals.size();
      trailing.clear();
      for (Target t : found) {
        if (restates(t)) {
          continue;
        }
        String id = "指标" + (goals.size() + 1);
        goals.add(new Goal(id, t.subject(), t, owners, t.text(), Location.ofLine(file, b.line()), Map.of()));
      }
    }
  }

  /** The targets a group of measures opens with are the goals of its part, owned by its units. */
  void addGroups(List<TaskBuilder.Group> groups) {
    for (TaskBuilder.Group g : groups) {
      List<String> owners = new ArrayList<>();
      g.list().leads().forEach(u -> addOnce(owners, units.add(u)));
      g.list().cooperators().forEach(u -> addOnce(owners, units.add(u)));
      for (Target t : Targets.extract(g.orig(), g.norm(), "")) {
        if (restates(t)) {
          continue;
        }
        String id = "指标" + (goals.size() + 1);
        goals.add(new Goal(id, t.subject(), t, owners, t.text(), Location.ofLine(file, g.line()), Map.of()));
      }
    }
  }

  void addTable(List<IndicatorRow> rows) {
    Set<String> taken = new HashSet<>();
    for (IndicatorRow row : rows) {
      List<String> names = new ArrayList<>();
      for (IndicatorRow.UnitShare s : row.units()) {
        names.add(units.add(s.unit()));
      }
      int match = find(row, taken);
      Goal goal;
      if (match >= 0) {
        Goal old = goals.get(match);
        goal = new Goal(old.id(), row.name(), old.target(), names, old.text(), old.source(), old.extras())
            .withExtras(row.extras());
        goals.set(match, goal);
        taken.add(old.id());
      } else {
        goal =
            new Goal(
                "指标" + (goals.size() + 1),
                row.name(),
                row.target(),
                names,
                row.target().text(),
                Location.ofLine(file, row.line()),
                row.extras());
        goals.add(goal);
        taken.add(goal.id());
      }
      for (int k = 0; k < row.units().size(); k++) {
        IndicatorRow.UnitShare s = row.units().get(k);
        if (s.value() != null) {
          String measure = s.measure().isEmpty() ? goal.target().measure() : s.measure();
          breakdowns.add(new Breakdown(goal.id(), goal.name(), names.get(k), s.value(), measure));
        }
      }
    }
  }

  /**
   * 按年均8%的增速推进: a target that names nothing of its own and repeats an earlier goal's kind,
   * value and measure restates that goal.
   */
  private boolean restates(Target t) {
    if (!RESTATED_SUBJECT.matcher(UnitNames.simplify(t.subject())).matches()) {
      return false;
    }
    for (Goal g : goals) {
      Target o = g.target();
      if (o.kind() == t.kind() && o.value().compareTo(t.value()) == 0 && o.measure().equals(t.measure())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern RESTATED_SUBJECT =
      java.util.regex.Pattern.compile("(按|按照|以|年均|年平均|平均|的|增速|增长|速度|\\s)*");

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  /** The goal a table row repeats: same value and measure, and a name that mostly overlaps. */
  private int find(IndicatorRow row, Set<String> taken) {
    Target t = row.target();
    int best = -1;
    double bestScore = 0.59;
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      if (taken.contains(g.id())
          || g.target().value().compareTo(t.value()) != 0
          || !UnitNames.simplify(g.target().measure()).equals(UnitNames.simplify(t.measure()))) {
        continue;
      }
      double score = overlap(UnitNames.key(row.name()), UnitNames.key(g.name()));
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** Share of the shorter name's characters found in the longer one. */
  static double overlap(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (int i = 0; i < shorter.length(); i++) {
      if (longer.indexOf(shorter.charAt(i)) >= 0) {
        hit++;
      }
    }
    return (double) hit / shorter.length();
  }
}

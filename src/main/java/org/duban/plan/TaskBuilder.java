package org.duban.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.names.UnitCollector;

/** Turns the measures of the task sections into tasks: one task per unit list. */
final class TaskBuilder {
  private static final int TITLE_MAX = 30;

  private final String file;
  private final boolean firstLeads;
  private final UnitCollector units;
  private final List<Problem> problems;
  private final Map<String, Integer> seen = new HashMap<>();
  /** Groups of measures whose unit list heads them, with the text that follows the list. */
  final List<Group> groups = new ArrayList<>();

  /** A group of measures: its opening text after the unit list, the list, and its line. */
  record Group(String orig, String norm, UnitList list, int line) {}

  TaskBuilder(String file, boolean firstLeads, UnitCollector units, List<Problem> problems) {
    this.file = file;
    this.firstLeads = firstLeads;
    this.units = units;
    this.problems = problems;
  }

  List<Task> build(List<Outline.Draft> drafts) {
    List<Task> tasks = new ArrayList<>();
    // measures emitted without units, by draft, for a list written after a run of them
    Map<Outline.Draft, Integer> unitless = new HashMap<>();
    for (int di = 0; di < drafts.size(); di++) {
      Outline.Draft d = drafts.get(di);
      String orig = d.orig.toString();
      String norm = d.norm.toString();
      Location where = Location.ofLine(file, d.line);
      List<UnitList> lists = UnitLists.find(norm, orig, firstLeads);
      if (d.children > 0 && lists.size() == 1 && inHeading(norm, lists.get(0))) {
        // 一、强化科技创新(区科技局牵头) / 2025年,研发投入强度达到2.95%。 / (一)…: a group whose
        // opening paragraph states the part's goals
        UnitList l = lists.get(0);
        groups.add(new Group(orig.substring(l.end()), norm.substring(l.end()), l, d.line));
        continue;
      }
      if (d.children > 0 && lists.size() == 1 && isTitleOnly(norm, lists.get(0))) {
        // (一)加快平台建设。(市发改委牵头) with numbered measures under it: a group, not a task
        continue;
      }
      if (d.children > 0 && lists.isEmpty() && introducesChildren(norm)) {
        // (一)产业提升人才行动计划。围绕…,实施如下重点项目: the numbered measures are the tasks
        continue;
      }
      if (d.children > 0 && lists.isEmpty() && isShortPhrase(norm)) {
        // 一、推进简政放权,释放发展活力 with measures under it: a heading, however it is punctuated
        continue;
      }
      if (lists.isEmpty()) {
        UnitList inherited = inheritedList(d);
        if (inherited != null) {
          tasks.add(taskOf(uniqueId(d.id, where), d, orig, norm, inherited, where));
          continue;
        }
        problems.add(
            Problem.warning(
                where,
                "任务 " + d.id + " 没有写明责任单位",
                "请在台账“重点任务”表中为它填写牵头单位"));
        Task t = taskOf(uniqueId(d.id, where), d, orig, norm, null, where);
        unitless.put(d, tasks.size());
        tasks.add(d.title != null ? retitled(t, d.title) : t);
        continue;
      }
      if (lists.size() == 1 && closesOnOwnParagraph(d, lists.get(0))) {
        // (1)… (2)… (3)… then (责任单位:…) on a line of its own: the list covers the whole run
        shareBackwards(drafts, di, lists.get(0), unitless, tasks);
      }
      int from = 0;
      for (int k = 0; k < lists.size(); k++) {
        UnitList l = lists.get(k);
        int to = l.start();
        String id = lists.size() == 1 ? d.id : d.id + "-" + (k + 1);
        boolean last = k == lists.size() - 1;
        // Text after the last list still belongs to the measure: keep it with the last task.
        int tail = last ? orig.length() : to;
        String content = orig.substring(from, to) + (last ? orig.substring(l.end(), tail) : "");
        String contentNorm = norm.substring(from, to) + (last ? norm.substring(l.end(), tail) : "");
        Task t = taskOf(uniqueId(id, where), d, content, contentNorm, l, where);
        tasks.add(k == 0 && d.title != null ? retitled(t, d.title) : t);
        from = l.end();
      }
    }
    return tasks;
  }

  /** The list is the last paragraph of the measure, on a line of its own. */
  private static boolean closesOnOwnParagraph(Outline.Draft d, UnitList l) {
    String norm = d.norm.toString();
    return d.lastParagraph > 0
        && l.start() >= d.lastParagraph
        && norm.substring(d.lastParagraph, l.start()).replaceAll("[\\s(\\[]", "").isEmpty()
        && norm.substring(l.end()).replaceAll("[\\s。;.]", "").isEmpty();
  }

  /** Gives the list to the siblings right before {@code di} that were written without one. */
  private void shareBackwards(
      List<Outline.Draft> drafts, int di, UnitList l, Map<Outline.Draft, Integer> unitless, List<Task> tasks) {
    Outline.Draft d = drafts.get(di);
    for (int k = di - 1; k >= 0; k--) {
      Outline.Draft p = drafts.get(k);
      Integer at = unitless.get(p);
      if (at == null || p.parent != d.parent || !Objects.equals(p.section, d.section) || !parentId(p.id).equals(parentId(d.id))) {
        return;
      }
      Task t = tasks.get(at);
      Task withUnits = taskOf(t.id(), p, p.orig.toString(), p.norm.toString(), l, Location.ofLine(file, p.line));
      tasks.set(at, p.title != null ? retitled(withUnits, p.title) : withUnits);
      unitless.remove(p);
      problems.removeIf(x -> x.message().equals("任务 " + p.id + " 没有写明责任单位"));
    }
  }

  private static String parentId(String id) {
    int dot = id.lastIndexOf('.');
    return dot < 0 ? "" : id.substring(0, dot);
  }

  /** The unit list of the nearest enclosing measure that has exactly one. */
  private UnitList inheritedList(Outline.Draft d) {
    for (Outline.Draft p = d.parent; p != null; p = p.parent) {
      List<UnitList> lists = UnitLists.find(p.norm.toString(), p.orig.toString(), firstLeads);
      if (lists.size() == 1) {
        return lists.get(0);
      }
      if (!lists.isEmpty()) {
        return null;
      }
    }
    return null;
  }

  /** The list closes the heading phrase: {@code 一、强化科技创新(区科技局牵头)}. */
  private static boolean inHeading(String norm, UnitList l) {
    String head = norm.substring(0, l.start()).strip();
    return head.length() <= 40 && !head.matches(".*[。;!?].*");
  }

  /** A paragraph ending in a colon: it leads into the measures numbered under it. */
  private static boolean introducesChildren(String norm) {
    return norm.strip().endsWith(":");
  }

  /** One short sentence at most: what a heading says. */
  private static boolean isShortPhrase(String norm) {
    String t = norm.strip().replaceAll("[。.]$", "");
    return t.length() <= 40 && !t.matches(".*[。;!?].*");
  }

  /** Nothing but a short title besides the unit list. */
  private static boolean isTitleOnly(String norm, UnitList l) {
    String rest = (norm.substring(0, l.start()) + norm.substring(l.end())).strip().replaceAll("[。.]$", "");
    return rest.length() <= 40 && !rest.matches(".*[。;!?].*");
  }

  /** A task from a row of a task table: its cells as written. */
  Task fromRow(
      String id,
      String section,
      String content,
      String leadCell,
      String coopCell,
      String unitCell,
      String deadlineCell,
      String targetCell,
      Map<String, String> extras,
      Location where) {
    List<String> leads = new ArrayList<>();
    List<String> coops = new ArrayList<>();
    for (String u : UnitLists.namesOf(leadCell)) {
      addOnce(leads, units.add(u));
    }
    for (String u : UnitLists.namesOf(coopCell)) {
      addOnce(coops, units.add(u));
    }
    if (!unitCell.isBlank() && !leads.isEmpty()) {
      // 牵头单位 | 责任单位: with a lead column, the responsible units are the others
      for (String u : UnitLists.namesOf(unitCell)) {
        addOnce(coops, units.add(u));
      }
    } else if (!unitCell.isBlank()) {
      UnitList l = UnitLists.ofCell(unitCell, firstLeads);
      if (l != null) {
        l.leads().forEach(u -> addOnce(leads, units.add(u)));
        l.cooperators().forEach(u -> addOnce(coops, units.add(u)));
      }
    }
    coops.removeAll(leads);
    if (leads.isEmpty() && coops.isEmpty()) {
      problems.add(
          Problem.warning(where, "任务 " + id + " 没有写明责任单位", "请在台账“重点任务”表中为它填写牵头单位"));
    }
    String targetText = targetCell.isBlank() ? content : targetCell;
    List<Target> targets =
        Targets.extract(targetText, TextStream.normalize(targetText), deadlineCell.strip());
    Deadline deadline =
        deadlineCell.isBlank()
            ? deadlineOf(targets, content, TextStream.normalize(content))
            : Deadlines.parse(deadlineCell.strip(), null);
    String norm = TextStream.normalize(content);
    return new Task(
        uniqueId(id, where),
        section,
        titleOf(content, norm),
        content.strip(),
        leads,
        coops,
        deadline,
        targets,
        where,
        extras);
  }

  /** 牵头负责领导:张三。 inside a measure's text: the leader in charge, not part of the measure. */
  private static final Pattern LEADER_IN_TEXT =
      Pattern.compile("(?:^|(?<=[。\\s]))(" + UnitLists.LEADER_LABEL + ")[:：]\\s*([^:：;；,，。\\s]{2,20})[。.]?");
  /** What a list on a line of its own leaves at the end of the text: spaces and a lone full stop. */
  private static final Pattern LEFT_OVER_STOPS = Pattern.compile("(?<=。)(?:\\s*。)+\\s*$");

  private Task taskOf(String id, Outline.Draft d, String content, String contentNorm, UnitList l, Location where) {
    Map<String, String> extras = new LinkedHashMap<>();
    Matcher leader = LEADER_IN_TEXT.matcher(contentNorm);
    if (leader.find()) {
      extras.put(content.substring(leader.start(1), leader.end(1)), content.substring(leader.start(2), leader.end(2)));
      content = content.substring(0, leader.start()) + content.substring(leader.end());
      contentNorm = contentNorm.substring(0, leader.start()) + contentNorm.substring(leader.end());
    }
    Matcher stops = LEFT_OVER_STOPS.matcher(contentNorm);
    if (stops.find()) {
      content = content.substring(0, stops.start());
      contentNorm = contentNorm.substring(0, stops.start());
    }
    List<String> leads = new ArrayList<>();
    List<String> coops = new ArrayList<>();
    if (l != null) {
      for (String u : l.leads()) {
        addOnce(leads, units.add(u));
      }
      for (String u : l.cooperators()) {
        String c = units.add(u);
        if (!leads.contains(c)) {
          addOnce(coops, c);
        }
      }
      if (!l.doubtful().isEmpty()) {
        problems.add(
            Problem.warning(
                    where,
                    "任务 " + id + " 的责任单位列表中有看不懂的部分",
                    "请核对台账“重点任务”表中该任务的牵头单位和配合单位")
                .withValue(String.join("、", l.doubtful())));
      }
    }
    String listed = l == null ? "" : l.deadline();
    List<Target> targets = Targets.extract(content, contentNorm, listed);
    for (String odd : Targets.unreadable(contentNorm)) {
      problems.add(
          Problem.warning(where, "任务 " + id + " 中有看不懂的数字", "请核对原文,在台账“量化目标”中填写正确的数值")
              .withValue(odd));
    }
    return new Task(
        id,
        d.section,
        titleOf(content, contentNorm),
        content.strip(),
        leads,
        coops,
        // the 完成时限 the list states is the task's own; else what its targets and text say
        listed.isEmpty() ? deadlineOf(targets, content, contentNorm) : Deadlines.parse(listed, null),
        targets,
        where,
        extras);
  }

  private static Task retitled(Task t, String title) {
    return new Task(
        t.id(), t.section(), title, t.content(), t.leads(), t.cooperators(), t.deadline(), t.targets(),
        t.source(), t.extras());
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  private String uniqueId(String id, Location where) {
    int n = seen.merge(id, 1, Integer::sum);
    if (n == 1) {
      return id;
    }
    problems.add(
        Problem.warning(
            where,
            "任务编号 " + id + " 重复出现(第" + n + "次)",
            "已改为 " + id + "#" + n + ",请在台账“重点任务”表中核对编号"));
    return id + "#" + n;
  }

  /** The title sentence when it is short, else its first clause, else its beginning. */
  static String titleOf(String orig, String norm) {
    String o = orig.strip();
    String n = norm.strip();
    int end = firstOf(n, "。;!?");
    if (end > 0 && end <= TITLE_MAX) {
      return o.substring(0, end).strip();
    }
    int clause = firstOf(n, "。;!?,:");
    if (clause > 0 && clause <= TITLE_MAX) {
      return o.substring(0, clause).strip();
    }
    return o.length() <= TITLE_MAX ? o : o.substring(0, TITLE_MAX) + "…";
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The latest deadline of its targets, else a deadline the text states, else none. */
  private static Deadline deadlineOf(List<Target> targets, String orig, String norm) {
    Deadline best = Deadline.NONE;
    for (Target t : targets) {
      Deadline d = t.deadline();
      if (d.text().isEmpty()) {
        continue;
      }
      if (best.text().isEmpty()
          || (d.date() != null && (best.date() == null || d.date().isAfter(best.date())))) {
        best = d;
      }
    }
    if (!best.text().isEmpty()) {
      return best;
    }
    Matcher m = Targets.DEADLINE.matcher(norm);
    if (m.find()) {
      return Deadlines.parse(orig.substring(m.start(), m.end()), null);
    }
    return Deadline.NONE;
  }
}

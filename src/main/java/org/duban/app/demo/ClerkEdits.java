package org.duban.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/**
 * What the office clerk does to a freshly parsed ledger before the first round, simulated: gives
 * every task and goal indicator that the document left without a responsible unit to the unit
 * that leads most tasks (or the plan's own office), as a clerk would after asking around; in a
 * plan that names no unit at all, shares the tasks out by topic.
 */
final class ClerkEdits {
  /** The edited plan and one line per kind of edit, for the console. */
  record Edited(Plan plan, List<String> story) {}

  private static final List<String> CONTACTS =
      List.of("王科长", "李主任", "张科长", "刘副主任", "陈科长", "杨主任", "赵科长", "周副科长", "吴主任", "徐科长");

  private ClerkEdits() {}

  /**
   * Who a clerk asks to lead a task the plan gave to nobody, by what the task is about: first
   * matching topic wins, the science bureau (the plan's owner in every seed) takes the rest and
   * cooperates on the others. Only for plans that name no unit at all.
   */
  private static final List<Map.Entry<String, String>> TOPICS = List.of(
      Map.entry("人才", "市人社局"), Map.entry("金融", "市财政局"), Map.entry("资金", "市财政局"),
      Map.entry("财政", "市财政局"), Map.entry("高校", "市教育局"), Map.entry("教育", "市教育局"),
      Map.entry("高新区", "高新区管委会"), Map.entry("园区", "高新区管委会"), Map.entry("知识产权", "市市场监管局"),
      Map.entry("产业", "市工信局"), Map.entry("企业", "市工信局"), Map.entry("制造", "市工信局"),
      Map.entry("农业", "市农业农村局"), Map.entry("乡村", "市农业农村局"), Map.entry("医", "市卫健委"));
  private static final String SCIENCE_BUREAU = "市科技局";

  static Edited complete(Plan plan) {
    boolean noUnits = plan.units().isEmpty();
    String owner = noUnits ? SCIENCE_BUREAU : owner(plan);
    List<String> story = new ArrayList<>();
    int tasks = 0;
    List<Task> newTasks = new ArrayList<>();
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    for (Task t : plan.tasks()) {
      if (t.leads().isEmpty()) {
        tasks++;
        String lead = noUnits ? byTopic(t) : owner;
        List<String> cooperators = noUnits && !lead.equals(owner) && t.cooperators().isEmpty()
            ? List.of(owner) : t.cooperators();
        named.add(lead);
        named.addAll(cooperators);
        newTasks.add(new Task(t.id(), t.section(), t.title(), t.content(), List.of(lead), cooperators,
            t.deadline(), t.targets(), t.source(), t.extras()));
      } else {
        newTasks.add(t);
      }
    }
    int goals = 0;
    List<Goal> newGoals = new ArrayList<>();
    for (Goal g : plan.goals()) {
      boolean brokenDown = !plan.breakdownsOfGoal(g.id()).isEmpty();
      if (g.units().isEmpty() && !brokenDown) {
        goals++;
        newGoals.add(new Goal(g.id(), g.name(), g.target(), List.of(owner), g.text(), g.source(), g.extras()));
      } else {
        newGoals.add(g);
      }
    }
    List<Unit> units = new ArrayList<>();
    if (goals > 0) {
      named.add(owner);
    }
    for (String name : named) {
      if (plan.units().stream().noneMatch(u -> u.answersTo(name))) {
        units.add(Unit.named(name, UnitKind.DEPARTMENT));
      }
    }
    units.addAll(plan.units());
    // The clerk also writes down whom to phone in each unit; collect lists them for the 催报 round.
    List<Unit> withContacts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      withContacts.add(u.contact().isEmpty() && !u.isCollective()
          ? new Unit(u.name(), u.aliases(), u.kind(), u.members(), CONTACTS.get(i % CONTACTS.size()),
              String.format("0734-82%05d", 1000 + 37 * i))
          : u);
    }
    units = withContacts;
    if (tasks > 0 && noUnits) {
      story.add("模拟：方案未写明责任单位，办公室按任务内容为 " + tasks + " 项任务补填牵头单位（"
          + String.join("、", named) + "）");
    } else if (tasks > 0) {
      story.add("模拟：办公室在台账中为 " + tasks + " 项未写明责任单位的任务补填牵头单位“" + owner + "”");
    }
    if (goals > 0) {
      story.add("模拟：办公室在台账中为 " + goals + " 个目标指标补填责任单位“" + owner + "”");
    }
    story.add("模拟：办公室在台账“责任单位”表中填好各单位联系人和电话");
    return new Edited(new Plan(plan.info(), newGoals, newTasks, plan.breakdowns(), units), story);
  }

  private static String byTopic(Task t) {
    String text = t.title() + t.content();
    return TOPICS.stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse(SCIENCE_BUREAU);
  }

  /** The unit that leads most tasks, else the office named in 方案信息, else 牵头办公室. */
  private static String owner(Plan plan) {
    Map<String, Integer> leads = new LinkedHashMap<>();
    for (Task t : plan.tasks()) {
      for (String u : t.leads()) {
        leads.merge(u, 1, Integer::sum);
      }
    }
    return leads.entrySet().stream()
        .filter(e -> plan.unit(e.getKey()).map(u -> !u.isCollective()).orElse(true))
        // On a tie the unit mentioned first wins (maxBy keeps the earlier of equals).
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(plan.info().office().isEmpty() ? "牵头办公室" : plan.info().office());
  }
}

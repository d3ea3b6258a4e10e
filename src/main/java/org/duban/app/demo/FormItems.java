package org.duban.app.demo;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Role;
import org.duban.model.Target;
import org.duban.model.Task;

/** The rows a unit's fill-in workbook asks about, as the demo's simulated units see them. */
record FormItems(List<Item> items) {
  /**
   * One row: a task (or one of its targets), a goal indicator, or a breakdown sub-target.
   *
   * @param target the quantity asked for, or null for a task without a number
   * @param role lead, cooperating or indicator
   * @param task the task for task rows, else null
   */
  record Item(String id, Target target, Role role, Task task) {}

  static FormItems of(Plan plan, String unit) {
    List<Item> out = new ArrayList<>();
    for (Task t : plan.tasksOf(unit)) {
      Role role = t.roleOf(unit);
      if (t.targets().size() <= 1) {
        out.add(new Item(t.id(), t.targets().isEmpty() ? null : t.targets().get(0), role, t));
      } else {
        for (int i = 0; i < t.targets().size(); i++) {
          out.add(new Item(t.id() + "#" + (i + 1), t.targets().get(i), role, t));
        }
      }
    }
    for (Goal g : plan.goalsReportedBy(unit)) {
      out.add(new Item(g.id(), g.target(), Role.INDICATOR, null));
    }
    for (Breakdown d : plan.breakdownsOf(unit)) {
      Target goalTarget = plan.goal(d.goalId()).map(Goal::target).orElse(null);
      Target sub =
          goalTarget == null
              ? null
              : new Target(goalTarget.subject(), goalTarget.kind(), goalTarget.comparison(),
                  d.value(), null, d.measure(), goalTarget.deadline(), "");
      out.add(new Item(d.itemId(), sub, Role.INDICATOR, null));
    }
    return new FormItems(out);
  }
}

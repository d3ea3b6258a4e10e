package org.duban.ledger;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Plan;
import org.duban.model.Unit;
import org.duban.names.UnitNames;

/** Makes the 责任单位 sheet list every unit the plan names, so the clerk can fill in contacts. */
public final class PlanUnits {
  private PlanUnits() {}

  /**
   * The plan with a row added (kind guessed from the name) for each unit named by a task, goal or
   * breakdown that no unit row answers to by name or alias; existing rows are kept as they are.
   */
  public static Plan complete(Plan plan) {
    List<Unit> units = new ArrayList<>(plan.units());
    for (String name : plan.responsibleUnits()) {
      if (units.stream().noneMatch(u -> u.answersTo(name))) {
        units.add(Unit.named(name, UnitNames.kindOf(name)));
      }
    }
    if (units.size() == plan.units().size()) {
      return plan;
    }
    return new Plan(plan.info(), plan.goals(), plan.tasks(), plan.breakdowns(), units);
  }
}

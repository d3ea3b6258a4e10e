package org.duban.plan;

import java.util.List;
import org.duban.model.Plan;
import org.duban.model.Problem;

/** The plan read from a document and every doubt about it (the parse report). */
public record PlanParse(Plan plan, List<Problem> problems) {
  public PlanParse {
    problems = List.copyOf(problems);
  }
}

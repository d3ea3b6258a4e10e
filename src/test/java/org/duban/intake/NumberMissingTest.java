package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Field;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawRow;
import org.duban.model.Status;
import org.junit.jupiter.api.Test;

/** When a blank number is worth a warning: never for a yes/no target, whose status says it. */
class NumberMissingTest {
  private static List<Problem> check(String target, Status status, RawCell actual, RawCell percent) {
    RawRow row = new RawRow("重点任务", 24, "二.(六)#3", "二.(六)#3", "科创专版",
        Map.of(Field.ACTUAL, actual, Field.PERCENT, percent));
    List<Problem> problems = new ArrayList<>();
    CellChecks.numberMissing(row, Optional.of(status),
        Optional.ofNullable(target == null ? null : TestPlans.t(target)), "a.xlsx", problems);
    return problems;
  }

  @Test
  void aBinaryTargetNeedsNeitherPercentNorValueWhenTheStatusIsGiven() {
    assertEquals(List.of(), check("科创专版 达成≥1", Status.ON_TRACK, RawCell.number("G24", 0), RawCell.blank("I24")),
        "破零 reported as 0 with 序时推进: not yet reached, nothing missing");
    assertEquals(List.of(), check("科创专版 达成≥1", Status.ON_TRACK, RawCell.blank("G24"), RawCell.blank("I24")));
  }

  @Test
  void anAmountLeftBlankIsStillAWarningAtItsCell() {
    List<Problem> p = check("项目 ≥10个", Status.ON_TRACK, RawCell.blank("G24"), RawCell.blank("I24"));
    assertEquals(1, p.size(), p::toString);
    assertEquals("G24", p.get(0).where().cell());
    List<Problem> noNumber = check(null, Status.ON_TRACK, RawCell.blank("G24"), RawCell.blank("I24"));
    assertEquals("I24", noNumber.get(0).where().cell(), "a task without a number needs its 完成比例");
  }
}

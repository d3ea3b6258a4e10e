package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;
import org.junit.jupiter.api.Test;

class RowsByTextTest {
  private static Task task(String id, String title, String content) {
    return new Task(id, "", title, content, List.of("甲"), List.of(), null, List.of(), null, null);
  }

  private final Plan plan = new Plan(
      new PlanInfo("方案", "", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "", "", Map.of()),
      List.of(),
      List.of(task("一.1", "建设创新平台", "建设创新平台，新建省级平台5个"),
          task("一.2", "建设创新平台体系", "完善创新平台体系")),
      List.of(), List.of(new Unit("甲", List.of(), UnitKind.DEPARTMENT, List.of(), "", "")));
  private final RowsByText rows = new RowsByText(plan, List.of("一.1", "一.2"));

  @Test
  void theLongestFitMustStillBeTheOnlyOne() {
    assertEquals(Optional.of("一.2"), rows.match("建设创新平台体系"), "only 一.2's title is the whole text");
    assertEquals(Optional.empty(), rows.match("建设创新平台体系建设情况"),
        "the text begins with both titles: two items fit, none is guessed");
    assertEquals(Optional.of("一.1"), rows.match("（一）建设创新平台，新建省级平台"), "numbering and punctuation aside");
  }
}

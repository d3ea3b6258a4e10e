package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.names.UnitDirectory;
import org.junit.jupiter.api.Test;

class VersionsTest {
  private final Plan plan = TestPlans.plan();
  private final ReturnValidator validator =
      new ReturnValidator(plan, Round.parse("2025-09"), UnitDirectory.of(plan.units()));

  private Versions.Candidate file(String name, LocalDate filled, String time) {
    TestPlans.ReturnBuilder b = TestPlans.form(plan, "甲县", "2025-09").file(name);
    if (filled != null) {
      b.filled(filled);
    }
    return new Versions.Candidate(validator.validate(b.build()), Instant.parse(time));
  }

  @Test
  void theLaterFillDateWinsEvenIfTheFileIsOlder() {
    Versions.Candidate older = file("甲县-修改版.xlsx", LocalDate.of(2025, 9, 29), "2025-09-01T00:00:00Z");
    Versions.Candidate newer = file("甲县.xlsx", LocalDate.of(2025, 9, 20), "2025-09-30T00:00:00Z");
    List<Versions.Choice> choices = Versions.choose(List.of(newer, older));
    assertEquals(1, choices.size());
    assertEquals("甲县-修改版.xlsx", choices.get(0).winner().fileName());
    assertEquals(List.of(newer), choices.get(0).superseded());
    assertEquals("采用本文件：填报日期 2025-09-29 晚于“甲县.xlsx”的 2025-09-20", choices.get(0).reason());
    assertEquals("已被“甲县-修改版.xlsx”替代：其填报日期 2025-09-29 晚于本文件的 2025-09-20",
        choices.get(0).against(newer), "said on the superseded file's own line");
  }

  @Test
  void withTheSameFillDateTheNewerFileWins() {
    LocalDate d = LocalDate.of(2025, 9, 20);
    Versions.Candidate a = file("a.xlsx", d, "2025-09-21T08:00:00Z");
    Versions.Candidate b = file("b.xlsx", d, "2025-09-21T07:00:00Z");
    Versions.Choice c = Versions.choose(List.of(b, a)).get(0);
    assertEquals("a.xlsx", c.winner().fileName());
    assertEquals("采用本文件：填报日期与“b.xlsx”相同或都未填，本文件修改时间较晚", c.reason());
    assertEquals("已被“a.xlsx”替代：填报日期与其相同或都未填，其文件修改时间较晚", c.against(b));
  }

  @Test
  void aFileWithADateBeatsOneWithout() {
    Versions.Candidate dated = file("a.xlsx", LocalDate.of(2025, 9, 20), "2025-09-01T00:00:00Z");
    Versions.Candidate undated = new Versions.Candidate(validator.validate(
        TestPlans.form(plan, "甲县", "2025-09").file("b.xlsx").field("填报日期", null).build()),
        Instant.parse("2025-09-30T00:00:00Z"));
    Versions.Choice c = Versions.choose(List.of(undated, dated)).get(0);
    assertEquals("a.xlsx", c.winner().fileName());
    assertEquals("采用本文件：填报日期 2025-09-20，“b.xlsx”未填填报日期", c.reason());
    assertEquals("已被“a.xlsx”替代：其填报日期 2025-09-20，本文件未填填报日期", c.against(undated));
  }

  @Test
  void theChoiceDoesNotDependOnInputOrder() {
    LocalDate d = LocalDate.of(2025, 9, 20);
    Versions.Candidate a = file("a.xlsx", d, "2025-09-21T08:00:00Z");
    Versions.Candidate b = file("b.xlsx", d, "2025-09-21T08:00:00Z");
    assertEquals("b.xlsx", Versions.choose(List.of(a, b)).get(0).winner().fileName());
    assertEquals("b.xlsx", Versions.choose(List.of(b, a)).get(0).winner().fileName());
    assertEquals("采用本文件：填报日期和修改时间与“a.xlsx”都相同，按文件名排序取后者",
        Versions.choose(List.of(b, a)).get(0).reason());
  }
}

package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.duban.model.Field;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawRow;
import org.duban.model.ReturnIdentity;
import org.duban.model.Round;
import org.duban.model.Severity;
import org.duban.names.UnitDirectory;
import org.junit.jupiter.api.Test;

class ReturnValidatorTest {
  private final Plan plan = TestPlans.plan();
  private final ReturnValidator validator =
      new ReturnValidator(plan, Round.parse("2025-09"), UnitDirectory.of(plan.units()));

  private TestPlans.ReturnBuilder form(String unit) {
    return TestPlans.form(plan, unit, "2025-09");
  }

  private static Problem only(Validation v, Severity s) {
    List<Problem> found = v.problems().stream().filter(p -> p.severity() == s).toList();
    assertEquals(1, found.size(), () -> "expected one " + s + " in " + v.problems());
    return found.get(0);
  }

  @Test
  void aCleanReturnIsAcceptedWithEveryValue() {
    Validation v = validator.validate(form("市科技局").build());
    assertEquals(Verdict.ACCEPTED, v.verdict(), v.problems()::toString);
    assertEquals("市科技局", v.unit());
    assertEquals(List.of(), v.problems());
    assertEquals(0, new BigDecimal(5).compareTo(v.unitReturn().number("一.1", Field.ACTUAL).orElseThrow()));
    assertEquals("序时推进", v.unitReturn().text("二.1", Field.STATUS).orElseThrow());
    assertEquals(java.time.LocalDate.of(2025, 9, 28), v.unitReturn().filer().date());
    assertEquals(Location.ofCell("市科技局.xlsx", "重点任务", "G5"),
        v.unitReturn().value("一.1", Field.ACTUAL).orElseThrow().where());
  }

  @Test
  void membersOfACollectiveUnitAnswerForItsTasks() {
    Validation v = validator.validate(form("甲大学").build());
    assertEquals(Verdict.ACCEPTED, v.verdict(), v.problems()::toString);
    assertEquals(0, new BigDecimal(60).compareTo(v.unitReturn().number("一.3", Field.PERCENT).orElseThrow()));
  }

  @Test
  void textInANumberCellIsAnErrorAndTheValueIsDropped() {
    Validation v = validator.validate(form("市科技局").set("一.1", Field.ACTUAL, "正在统计").build());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
    Problem p = only(v, Severity.ERROR);
    assertEquals(Location.ofCell("市科技局.xlsx", "重点任务", "G5"), p.where());
    assertEquals("累计完成值应填写数字：“正在统计”不是数字，该值未采用", p.message());
    assertEquals("请只填写数字（计量单位：个），文字说明请写在“工作进展”栏", p.fix());
    assertEquals("正在统计", p.value());
    assertTrue(v.unitReturn().number("一.1", Field.ACTUAL).isEmpty());
  }

  @Test
  void yiYuanAgainstATargetInWanYuanIsConvertedWithANote() {
    Validation v = validator.validate(form("市科技局").set("二.1", Field.ACTUAL, "0.3亿元").build());
    assertEquals(Verdict.ACCEPTED, v.verdict(), v.problems()::toString);
    assertEquals("“0.3亿元”已换算为 3000万元", only(v, Severity.NOTE).message());
    assertEquals(0, new BigDecimal(3000).compareTo(v.unitReturn().number("二.1", Field.ACTUAL).orElseThrow()));
  }

  /** The tolerated forms, read through the validator: the value taken and a note at the cell. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{1} in {0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      指标1 | 1,200   | 1200  | 指标!E5   | 千位分隔符已去掉
      指标1 | １２００ | 1200  | 指标!E5   | 全角字符已转换为半角
      指标1 | 1200家  | 1200  | 指标!E5   | 已去掉计量单位“家”
      一.1  | 约8     | 8     | 重点任务!G5 | 约数“约8”按 8 读取
      二.1  | 1.2亿元 | 12000 | 重点任务!G6 | “1.2亿元”已换算为 12000万元
      """)
  void toleratedFormsAreConvertedWithANoteAtTheirCell(String item, String typed, String taken, String cell,
      String note) {
    Validation v = validator.validate(form("市科技局").set(item, Field.ACTUAL, typed).build());
    assertEquals(Verdict.ACCEPTED, v.verdict(), v.problems()::toString);
    Problem p = only(v, Severity.NOTE);
    assertEquals(note, p.message());
    assertEquals(cell, p.where().sheet() + "!" + p.where().cell());
    assertEquals(typed, p.value());
    assertEquals(0, new BigDecimal(taken).compareTo(v.unitReturn().number(item, Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aFractionInAPercentCellSaysWhichWasTaken() {
    Validation v = validator.validate(form("甲大学").setNumber("一.3", Field.PERCENT, 0.3).build());
    assertEquals("“0.3”按小数形式理解，取 30%", only(v, Severity.NOTE).message());
    assertEquals(0, new BigDecimal(30).compareTo(v.unitReturn().number("一.3", Field.PERCENT).orElseThrow()));
  }

  @Test
  void aPercentFormattedCellIsReadAsTheUnitSawIt() {
    // Typing 100% into a General cell makes Excel store 1 with a percent format.
    Validation v = validator.validate(form("甲大学").cell("一.3", Field.PERCENT,
        ref -> new RawCell(ref, RawCell.Type.NUMBER, "1", 1, false, false, true)).build());
    Problem p = only(v, Severity.NOTE);
    assertEquals("单元格为百分比格式，显示为 100%，按 100% 读取", p.message());
    assertEquals("100%", p.value());
    assertEquals(0, new BigDecimal(100).compareTo(v.unitReturn().number("一.3", Field.PERCENT).orElseThrow()));
    Validation amount = validator.validate(form("市科技局").cell("一.1", Field.ACTUAL,
        ref -> new RawCell(ref, RawCell.Type.NUMBER, "12", 12, false, false, true)).build());
    assertEquals("单元格设成了百分比格式（显示为 1200%），按数字 12个 读取", only(amount, Severity.WARNING).message());
    assertEquals(0, new BigDecimal(12).compareTo(amount.unitReturn().number("一.1", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aFractionOfAGrowthTargetIsReadAgainstTheTarget() {
    Validation clear = validator.validate(form("市财政局").set("一.2#2", Field.ACTUAL, "0.065").build());
    assertEquals("“0.065”按小数形式理解，取 6.5%", only(clear, Severity.NOTE).message());
    assertEquals("G7", only(clear, Severity.NOTE).where().cell());
    assertEquals(0, new BigDecimal("6.5").compareTo(clear.unitReturn().number("一.2#2", Field.ACTUAL).orElseThrow()));
    Validation doubtful = validator.validate(form("市财政局").setNumber("一.2#2", Field.ACTUAL, 0.5).build());
    Problem p = only(doubtful, Severity.WARNING);
    assertEquals("“0.5”按小数形式理解，取 50%，也可能是指 0.5%", p.message());
    assertEquals("请核对：如指 50%，请填写 50；如指 0.5%，请填写“0.5%”", p.fix());
    Validation signed = validator.validate(form("市财政局").set("一.2#2", Field.ACTUAL, "0.5%").build());
    assertEquals(List.of(), signed.problems(), "a % sign settles it");
    assertEquals(0, new BigDecimal("0.5").compareTo(signed.unitReturn().number("一.2#2", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aNegativeAmountIsAnErrorAndAPercentAboveHundredAWarning() {
    Validation negative = validator.validate(form("市科技局").set("一.1", Field.ACTUAL, "-5").build());
    assertEquals("累计完成值不能为负数，填的是 -5，该值未采用", only(negative, Severity.ERROR).message());
    assertTrue(negative.unitReturn().number("一.1", Field.ACTUAL).isEmpty());
    Validation over = validator.validate(form("甲大学").setNumber("一.3", Field.PERCENT, 120).build());
    assertEquals("完成比例 120% 超过 100%", only(over, Severity.WARNING).message());
    assertEquals("I5", only(over, Severity.WARNING).where().cell());
  }

  @Test
  void emptyStatusIsAWarning() {
    Validation v = validator.validate(form("市科技局").set("一.1", Field.STATUS, "").build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("完成状态未填写", p.message());
    assertEquals(Location.ofCell("市科技局.xlsx", "重点任务", "H5"), p.where());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
  }

  @Test
  void aBlankNumberIsAWarningUnlessTheTaskHasNotStarted() {
    Validation v = validator.validate(form("市科技局").set("一.1", Field.ACTUAL, "").build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("累计完成值未填写，本项无法计算完成率", p.message());
    assertEquals("请填写累计完成值（计量单位：个）；如尚未开展，请把完成状态选为“未启动”", p.fix());
    assertEquals(Location.ofCell("市科技局.xlsx", "重点任务", "G5"), p.where());
    Validation notStarted = validator.validate(form("市科技局").set("一.1", Field.ACTUAL, "")
        .set("一.1", Field.STATUS, "未启动").build());
    assertEquals(List.of(), notStarted.problems());
    Validation percent = validator.validate(form("甲大学").set("一.3", Field.PERCENT, "").build());
    assertEquals("完成比例未填写，本项无法计算完成率", only(percent, Severity.WARNING).message());
    Validation done = validator.validate(form("甲大学").set("一.3", Field.PERCENT, "")
        .set("一.3", Field.STATUS, "已完成").build());
    assertEquals(List.of(), done.problems(), "已完成 is 100% for a task without a number");
    Validation cooperating = validator.validate(form("市财政局").set("一.1", Field.ACTUAL, "").build());
    assertEquals(List.of(), cooperating.problems(), "一.1 is led by 市科技局: its completion is the lead's number");
  }

  @Test
  void doneBelowTargetIsAWarningButTheValueIsUsed() {
    Validation v = validator.validate(form("市科技局").set("一.1", Field.STATUS, "已完成").build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("完成状态为“已完成”，但累计完成值 5 低于目标值 10个", p.message());
    assertEquals("H5", p.where().cell());
    assertEquals("已完成", v.unitReturn().text("一.1", Field.STATUS).orElseThrow());
  }

  @Test
  void tenTimesTheTargetLooksLikeAUnitSlip() {
    Validation v = validator.validate(form("市科技局").setNumber("二.1", Field.ACTUAL, 52_000_000).build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("累计完成值 52000000 超过目标值 5000万元 的十倍，可能是计量单位填错（如把万元填成元）", p.message());
    assertEquals("G6", p.where().cell());
  }

  @Test
  void aFormulaKeepsItsCachedValueWithANote() {
    Validation v = validator.validate(form("市科技局")
        .cell("一.1", Field.ACTUAL, ref -> new RawCell(ref, RawCell.Type.NUMBER, "8", 8, true, false))
        .build());
    assertEquals("单元格是公式，只采用其计算结果 8（不跟随外部链接）", only(v, Severity.NOTE).message());
    assertEquals(0, new BigDecimal(8).compareTo(v.unitReturn().number("一.1", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aFormulaWithoutASavedResultIsAnError() {
    Validation v = validator.validate(form("市科技局")
        .cell("一.1", Field.ACTUAL, ref -> new RawCell(ref, RawCell.Type.BLANK, "", Double.NaN, true, false))
        .build());
    Problem p = only(v, Severity.ERROR);
    assertEquals("单元格是公式，但文件中没有保存计算结果，该值未采用", p.message());
    assertEquals("G5", p.where().cell());
    assertTrue(v.unitReturn().number("一.1", Field.ACTUAL).isEmpty());
  }

  @Test
  void aDateTypedAsTextIsConvertedWithANote() {
    Validation v = validator.validate(form("市科技局").field("填报日期", RawCell.text("G4", "2025年9月30日")).build());
    assertEquals("填报日期以文本形式填写，按 2025-09-30 读取", only(v, Severity.NOTE).message());
    assertEquals(java.time.LocalDate.of(2025, 9, 30), v.unitReturn().filer().date());
  }

  /** 填报日期 as units type it: each form read to the same day, with a note that says so. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      2025.9.30      | 填报日期以文本形式填写，按 2025-09-30 读取
      2025年9月30日  | 填报日期以文本形式填写，按 2025-09-30 读取
      2025年9月30号  | 填报日期以文本形式填写，按 2025-09-30 读取
      9月30日        | 填报日期“9月30日”未写年份，按 2025-09-30 读取
      ９月３０日     | 填报日期“９月３０日”未写年份，按 2025-09-30 读取
      20250930       | 填报日期以文本形式填写，按 2025-09-30 读取
      2025-9-30      | 填报日期以文本形式填写，按 2025-09-30 读取
      """)
  void datesTypedAsTextAreReadWithANote(String typed, String note) {
    Validation v = validator.validate(form("市科技局").field("填报日期", RawCell.text("G4", typed)).build());
    Problem p = only(v, Severity.NOTE);
    assertEquals(note, p.message());
    assertEquals(Location.ofCell("市科技局.xlsx", "", "G4"), p.where());
    assertEquals(java.time.LocalDate.of(2025, 9, 30), v.unitReturn().filer().date());
  }

  @Test
  void aDateWithoutYearIsTakenNearTheRound() {
    ReturnValidator december =
        new ReturnValidator(plan, Round.parse("2025-12"), UnitDirectory.of(plan.units()));
    Validation v = december.validate(TestPlans.form(plan, "市科技局", "2025-12")
        .field("填报日期", RawCell.text("G4", "1月5日")).build());
    assertEquals(java.time.LocalDate.of(2026, 1, 5), v.unitReturn().filer().date(),
        "a December round is reported in the January after it");
  }

  @Test
  void aDateFarFromTheRoundIsATypoAndLeavesTheDateUnknown() {
    Validation v = validator.validate(form("市科技局").field("填报日期", RawCell.text("G4", "2052-09-28")).build());
    Problem p = v.problems().stream().filter(x -> x.severity() == Severity.WARNING).findFirst().orElseThrow();
    assertEquals("填报日期 2052-09-28 与本轮（2025年9月）相差太远，可能填错，按文件修改时间认定报送时间", p.message());
    assertEquals("2052-09-28", p.value());
    assertNull(v.unitReturn().filer().date(), "a typo must not win the choice between a unit's files");
  }

  @Test
  void aNumberThatIsADateIsReadAsOne() {
    Validation compact = validator.validate(form("市科技局")
        .field("填报日期", RawCell.number("G4", 20250930)).build());
    assertEquals("填报日期写成了数字“20250930”，按 2025-09-30 读取", only(compact, Severity.NOTE).message());
    Validation serial = validator.validate(form("市科技局").field("填报日期", RawCell.number("G4", 45930)).build());
    assertEquals("填报日期单元格不是日期格式，按 2025-09-30 读取", only(serial, Severity.NOTE).message());
  }

  @Test
  void aDeletedRowIsReported() {
    Validation v = validator.validate(form("市科技局").dropRow("二.1").build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("缺少“二.1 加大科技投入”的行（可能被删除），该项按未报送处理", p.message());
    assertEquals("重点任务", p.where().sheet());
  }

  @Test
  void anAddedRowIsNotUsed() {
    Validation v = validator.validate(form("市科技局")
        .addRow(new RawRow("重点任务", 9, "", "三.9", "自行增加的工作",
            Map.of(Field.ACTUAL, RawCell.number("G9", 3))))
        .build());
    Problem p = only(v, Severity.ERROR);
    assertEquals("第9行的编号“三.9”不在任务台账中（可能是自行增加的行），该行未采用", p.message());
    assertEquals(Location.ofCell("市科技局.xlsx", "重点任务", "G9"), p.where());
  }

  /** A retyped row: 编号 left out or mistyped, the task's words still there. */
  private TestPlans.ReturnBuilder retypedRow(String item, String shownId, String text) {
    TestPlans.ReturnBuilder b = form("市科技局");
    RawRow r = b.rows().stream().filter(x -> x.itemId().equals(item)).findFirst().orElseThrow();
    b.dropRow(item);
    return b.addRow(new RawRow(r.sheet(), r.row(), "", shownId, text, r.inputs()));
  }

  @Test
  void aRowWithoutItsNumberIsMatchedByItsTextWithAWarning() {
    Validation v = validator.validate(retypedRow("二.1", "", "加大科技投入").noIdentity().build());
    Problem p = v.problems().stream().filter(x -> x.message().startsWith("第6行")).findFirst().orElseThrow(
        () -> new AssertionError(v.problems().toString()));
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("第6行的编号为空，已按内容认定为“二.1 加大科技投入”", p.message());
    assertEquals(0, new BigDecimal(2500).compareTo(v.unitReturn().number("二.1", Field.ACTUAL).orElseThrow()));
    Validation typo = validator.validate(retypedRow("一.1", "一、1", "1.布局重大科技项目").build());
    assertEquals("第5行的编号“一、1”对不上任务台账，已按内容认定为“一.1 布局重大科技项目”",
        only(typo, Severity.WARNING).message());
    assertEquals(0, new BigDecimal(5).compareTo(typo.unitReturn().number("一.1", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aTextThatNamesNoItemIsNotGuessed() {
    Validation none = validator.validate(retypedRow("二.1", "", "其他工作").build());
    assertEquals("第6行没有编号，无法对应到任务，该行未采用", only(none, Severity.ERROR).message());
    Validation shortText = validator.validate(retypedRow("二.1", "", "加大").build());
    assertTrue(shortText.unitReturn().number("二.1", Field.ACTUAL).isEmpty(), "加大 begins 加大科技投入 but is too short");
  }

  @Test
  void anotherUnitsTaskIsNotUsed() {
    Validation v = validator.validate(form("甲县")
        .addRow(new RawRow("重点任务", 9, "一.2#1", "一.2", "", Map.of(Field.ACTUAL, RawCell.number("G9", 3))))
        .build());
    assertEquals("第9行的“一.2#1”不是本单位的任务，该行未采用", only(v, Severity.ERROR).message());
    assertTrue(v.unitReturn().number("一.2#1", Field.ACTUAL).isEmpty());
  }

  /** 甲县 is listed for the whole of 指标2 and holds its share 指标2@甲县. */
  private static Plan shareHolderListedForTheGoal() {
    Plan p = TestPlans.plan();
    List<org.duban.model.Goal> goals = p.goals().stream()
        .map(g -> g.id().equals("指标2") ? new org.duban.model.Goal(g.id(), g.name(), g.target(), List.of("甲县"),
            g.text(), g.source(), g.extras()) : g)
        .toList();
    return new Plan(p.info(), goals, p.tasks(), p.breakdowns(), p.units());
  }

  @Test
  void aUnitHoldingAShareIsAskedTheShareNotTheWholeGoal() {
    Plan p = shareHolderListedForTheGoal();
    assertEquals(List.of("指标2@甲县"), Items.expectedItems(p, "甲县"));
    ReturnValidator v = new ReturnValidator(p, Round.parse("2025-09"), UnitDirectory.of(p.units()));
    Validation clean = v.validate(TestPlans.form(p, "甲县", "2025-09").build());
    assertEquals(Verdict.ACCEPTED, clean.verdict(), clean.problems()::toString);
    // A form written before the rule still has the whole goal's row: read, neither refused nor missing.
    Validation old = v.validate(TestPlans.form(p, "甲县", "2025-09")
        .addRow(new RawRow("指标", 9, "指标2", "指标2", "", Map.of(Field.ACTUAL, RawCell.number("E9", 40))))
        .build());
    assertEquals(Verdict.ACCEPTED, old.verdict(), old.problems()::toString);
  }

  @Test
  void reorderedRowsAreMatchedByIdWithANote() {
    Validation v = validator.validate(form("市科技局").reverseRows().build());
    assertEquals("表中行的顺序与下发的表格不同，已按编号逐行对应", only(v, Severity.NOTE).message());
    assertEquals(Verdict.ACCEPTED, v.verdict());
    assertEquals(0, new BigDecimal(2500).compareTo(v.unitReturn().number("二.1", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aTaskWithTwoTargetsIsReadPerTarget() {
    Validation v = validator.validate(form("市财政局").set("一.2#2", Field.ACTUAL, "6.5%").build());
    assertEquals(Verdict.ACCEPTED, v.verdict(), v.problems()::toString);
    assertEquals(0, new BigDecimal("6.5").compareTo(v.unitReturn().number("一.2#2", Field.ACTUAL).orElseThrow()));
  }

  @Test
  void aGrowthTargetIsARateNotAnAmount() {
    Validation big = validator.validate(form("市财政局").setNumber("一.2#2", Field.ACTUAL, 5000).build());
    assertEquals(Verdict.ACCEPTED, big.verdict(), "no 10x warning against a rate: " + big.problems());
    Validation done = validator.validate(form("市财政局").set("一.2#2", Field.ACTUAL, "6.5%")
        .set("一.2#2", Field.STATUS, "已完成").build());
    assertEquals("完成状态为“已完成”，但累计完成值 6.5 低于目标值 8%", only(done, Severity.WARNING).message());
  }

  @Test
  void aDateThatIsNoDateIsAWarningAndLeavesTheDateUnknown() {
    Validation v = validator.validate(form("市科技局").field("填报日期", RawCell.text("G4", "九月底")).build());
    Problem p = only(v, Severity.WARNING);
    assertEquals("填报日期“九月底”无法识别为日期，按文件修改时间认定报送时间", p.message());
    assertEquals("G4", p.where().cell());
    assertNull(v.unitReturn().filer().date());
  }

  @Test
  void anotherUnitsNameInTheUnitFieldIsAWarning() {
    Validation v = validator.validate(form("市科技局").field("填报单位", RawCell.text("C3", "市财政局")).build());
    assertEquals("市科技局", v.unit());
    assertEquals("填报单位写的是“市财政局”，但该表是下发给“市科技局”的，按“市科技局”接收",
        only(v, Severity.WARNING).message());
  }

  @Test
  void aStatusWrittenLooselyIsReadWithANoteAndAnUnknownOneIsAnError() {
    Validation loose = validator.validate(form("市科技局").set("一.1", Field.STATUS, "正常推进").build());
    assertEquals("完成状态“正常推进”按“序时推进”读取", only(loose, Severity.NOTE).message());
    Validation unknown = validator.validate(form("市科技局").set("一.1", Field.STATUS, "差不多").build());
    assertEquals("完成状态“差不多”不是可选的状态，该值未采用", only(unknown, Severity.ERROR).message());
    assertTrue(unknown.unitReturn().status("一.1").isEmpty());
  }

  @Test
  void aReturnForAnotherPlanIsRefusedSayingWhatItIs() {
    Validation v = validator.validate(form("市科技局")
        .identity(new ReturnIdentity("1", "0123456789ab", "", "2025-09", "市科技局"))
        .field("方案名称", RawCell.text("B1", "别的行动方案"))
        .build());
    assertEquals(Verdict.REJECTED, v.verdict());
    assertNull(v.unitReturn());
    Problem p = only(v, Severity.ERROR);
    assertEquals("该文件是《别的行动方案》方案的填报表，本工作区是《测试行动方案》", p.message());
    assertEquals(Location.ofFile("市科技局.xlsx"), p.where());
  }

  @Test
  void aReturnForAnotherPlanWithoutItsNameIsToldByItsTitle() {
    Validation v = validator.validate(form("市科技局")
        .identity(new ReturnIdentity("1", "0123456789ab", "", "2025-09", "市科技局"))
        .titles("别的行动方案重点任务推进情况表（2025年9月）", "填报单位").build());
    assertEquals("该文件是“别的行动方案重点任务推进情况表（2025年9月）”，属于另一个方案的填报表，本工作区是《测试行动方案》",
        only(v, Severity.ERROR).message());
  }

  @Test
  void aReturnForAnotherRoundIsRefused() {
    Validation v = validator.validate(TestPlans.form(plan, "市科技局", "2025-08").build());
    assertEquals(Verdict.REJECTED, v.verdict());
    assertEquals("该文件是2025年8月的填报表，本次收集的是2025年9月的", only(v, Severity.ERROR).message());
    assertEquals("市科技局", v.unit(), "the refusal counts against the unit, so it is told why");
  }

  @Test
  void anUnknownUnitIsRefused() {
    Validation v = validator.validate(form("市科技局")
        .identity(new ReturnIdentity("1", plan.id(), plan.fingerprint(), "2025-09", "市商务局")).build());
    assertEquals(Verdict.REJECTED, v.verdict());
    assertEquals("填报表记录的单位“市商务局”不在本方案的责任单位中", only(v, Severity.ERROR).message());
  }

  @Test
  void aUnitWithNothingToReportIsRefused() {
    Validation v = validator.validate(form("市科技局")
        .identity(new ReturnIdentity("1", plan.id(), plan.fingerprint(), "2025-09", "市教育局")).build());
    assertEquals("“市教育局”不是本轮需要报送的单位", only(v, Severity.ERROR).message());
  }

  @Test
  void anOutdatedFingerprintIsAWarning() {
    Validation v = validator.validate(form("市科技局")
        .identity(new ReturnIdentity("1", plan.id(), "ffff", "2025-09", "市科技局")).build());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
    assertEquals("该填报表生成后任务台账已修改，表中任务可能与当前台账不一致", only(v, Severity.WARNING).message());
  }

  @Test
  void withoutMetadataTheUnitFieldIdentifiesTheFileWithAWarning() {
    Validation v = validator.validate(form("市科技局").noIdentity()
        .field("填报单位", RawCell.text("C3", "衡阳市科学技术局")).file("retyped.xlsx").build());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
    assertEquals("市科技局", v.unit());
    assertEquals("文件中的识别信息缺失（可能是重新录入或另存的表格），已按表头和填报单位“衡阳市科学技术局”认定为“市科技局”的2025年9月填报",
        only(v, Severity.WARNING).message());
  }

  @Test
  void withoutMetadataOrUnitFieldTheFileNameIdentifiesTheUnit() {
    Validation v = validator.validate(form("甲县").noIdentity().field("填报单位", null)
        .file("2025年9月调度表（甲县）.xlsx").build());
    assertEquals("甲县", v.unit());
    assertTrue(only(v, Severity.WARNING).message().contains("已按表头和文件名认定为“甲县”"));
  }

  @Test
  void withoutMetadataAndNoWayToTellTheUnitTheFileIsRefused() {
    Validation v = validator.validate(form("甲县").noIdentity().field("填报单位", null).file("新建表格.xlsx").build());
    assertEquals(Verdict.REJECTED, v.verdict());
    assertEquals("文件中没有识别信息，也无法从填报单位、表格标题或文件名认出是哪个单位", only(v, Severity.ERROR).message());
  }

  @Test
  void withoutMetadataTheTitleOfTheSheetNamesTheUnit() {
    Validation v = validator.validate(form("市财政局").noIdentity().field("填报单位", null)
        .titles("市财政局2025年9月工作进展情况表").file("新建 Microsoft Excel 工作表.xlsx").build());
    assertEquals("市财政局", v.unit());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
    assertEquals("文件中的识别信息缺失（可能是重新录入或另存的表格），已按表头和表格标题“市财政局2025年9月工作进展情况表”认定为“市财政局”的2025年9月填报",
        only(v, Severity.WARNING).message());
    Validation oneCell = validator.validate(form("市财政局").noIdentity().field("填报单位", null)
        .titles("填报单位：市财政局　　填报人：李四").file("Book1.xlsx").build());
    assertEquals("市财政局", oneCell.unit(), "a label and its value typed into one cell");
  }

  @Test
  void withoutMetadataASheetNamedAfterTheUnitNamesIt() {
    Validation v = validator.validate(form("甲县").noIdentity().field("填报单位", null)
        .sheets("甲县").file("Book1.xlsx").build());
    assertEquals("甲县", v.unit());
    assertTrue(only(v, Severity.WARNING).message().contains("已按表头和工作表名“甲县”认定为“甲县”"));
  }

  @Test
  void aTitleNamingTwoUnitsDecidesNothing() {
    Validation v = validator.validate(form("甲县").noIdentity().field("填报单位", null)
        .titles("市科技局、市财政局联合调度表").file("甲县.xlsx").build());
    assertEquals("甲县", v.unit(), "the file name decides");
    assertTrue(only(v, Severity.WARNING).message().contains("已按表头和文件名认定为“甲县”"));
  }

  @Test
  void aRetypedFormTitledWithAnotherMonthIsAWarning() {
    Validation v = validator.validate(form("市科技局").noIdentity()
        .titles("市科技局2025年8月工作进展").build());
    List<Problem> warnings = v.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    assertEquals(2, warnings.size(), warnings::toString);
    assertEquals("表格标题“市科技局2025年8月工作进展”写的不是本次收集的2025年9月，可能报错了月份",
        warnings.get(1).message());
    Validation right = validator.validate(form("市科技局").noIdentity()
        .titles("市科技局2025年9月工作进展（对比2025年8月）").build());
    assertEquals(1, right.count(Severity.WARNING), right.problems()::toString);
  }

  @Test
  void aMacroEnabledFileIsReadWithAWarning() {
    Validation v = validator.validate(form("甲县").macro().file("甲县.xlsm").build());
    assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, v.verdict());
    Problem p = only(v, Severity.WARNING);
    assertEquals("文件是启用宏的工作簿，宏未运行，只读取了表格中的数据", p.message());
    assertEquals(Location.ofFile("甲县.xlsm"), p.where());
    assertEquals(0, new BigDecimal(15).compareTo(v.unitReturn().number("指标2@甲县", Field.ACTUAL).orElseThrow()));
  }
}

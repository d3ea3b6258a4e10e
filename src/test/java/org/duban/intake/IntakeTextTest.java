package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.UnitIntake;
import org.junit.jupiter.api.Test;

class IntakeTextTest {
  private static final String REFUSED = "该文件是2025年8月的填报表，本次收集的是2025年9月的";
  private static final IntakeText.Sender OFFICE = new IntakeText.Sender("市科创办", "", "");

  private static IntakeReport report(LocalDate due) {
    Problem refused = Problem.error(Location.ofFile("乙.xlsx"), REFUSED, "请单位使用2025年9月下发的表格重新填报");
    Problem blank = Problem.warning(Location.ofCell("丁.xlsx", "重点任务", "H5"), "完成状态未填写", "请从下拉列表中选择");
    return new IntakeReport("测试方案", Round.parse("2025-09"), due, LocalDate.of(2025, 10, 8),
        List.of(
            new IntakeReport.FileEntry("丁.xlsx", "丁.xlsx", "丁", Verdict.ACCEPTED_WITH_WARNINGS, true, "",
                List.of(blank), Filer.UNKNOWN),
            new IntakeReport.FileEntry("甲.xlsx", "甲.xlsx", "甲", Verdict.ACCEPTED, true, "", List.of(), Filer.UNKNOWN),
            new IntakeReport.FileEntry("甲旧.xlsx", "旧/甲旧.xlsx", "甲", Verdict.ACCEPTED, false,
                "已被“甲.xlsx”替代：其填报日期 2025-09-28 晚于本文件的 2025-09-20", List.of(), Filer.UNKNOWN),
            new IntakeReport.FileEntry("乙.xlsx", "乙.xlsx", "乙", Verdict.REJECTED, false, "", List.of(refused),
                Filer.UNKNOWN)),
        List.of(new UnitIntake("丁", IntakeStatus.LATE, "丁.xlsx", LocalDate.of(2025, 10, 2), 0, 1),
            new UnitIntake("丙", IntakeStatus.MISSING, "", null, 0, 0),
            new UnitIntake("乙", IntakeStatus.REJECTED, "乙.xlsx", null, 1, 0),
            new UnitIntake("甲", IntakeStatus.ON_TIME, "甲.xlsx", LocalDate.of(2025, 9, 28), 0, 0)),
        List.of(new IntakeReport.MissingUnit("丙", IntakeStatus.MISSING, "钱七", "0734-7", ""),
            new IntakeReport.MissingUnit("乙", IntakeStatus.REJECTED, "李主任", "", REFUSED)));
  }

  @Test
  void theConsoleSummaryStartsWithCountsAndListsEveryFileWithFindingsAndWhomToPhone() {
    assertEquals("""
        2025年9月收件：应报 4 个单位，已报 2 个（其中逾期 1 个），未报 1 个，被退回 1 个
        收到文件 4 份：采用 2 份（其中有问题 1 份），被新版本替代 1 份，退回 1 份
          丁.xlsx  丁  接收（有问题）
              重点任务!H5: 警告: 完成状态未填写 处理: 请从下拉列表中选择
          旧/甲旧.xlsx  甲  接收，已被替代（已被“甲.xlsx”替代：其填报日期 2025-09-28 晚于本文件的 2025-09-20）
          乙.xlsx  乙  退回
              错误: 该文件是2025年8月的填报表，本次收集的是2025年9月的 处理: 请单位使用2025年9月下发的表格重新填报
          其余 1 份文件无问题。
        未报送或被退回的单位：
          丙  未报送  联系人：钱七  电话：0734-7
          乙  报送被退回  联系人：李主任  电话：（台账未填）
        """, IntakeText.summary(report(null), 40));
  }

  @Test
  void beyondTheLimitFilesWithFindingsAreOnlyCounted() {
    String text = IntakeText.summary(report(null), 1);
    assertEquals(1, text.lines().filter(l -> l.startsWith("  ") && l.contains(".xlsx  ")).count(), text);
    assertEquals(true, text.contains("  ……另有 2 份文件有问题，详见收件情况表。\n"), text);
  }

  @Test
  void remindersAskForTheDueDateWhileItLiesAhead() {
    String[] texts = IntakeText.reminders(report(LocalDate.of(2025, 10, 10)), OFFICE, LocalDate.of(2025, 10, 8))
        .split("\n\n");
    assertEquals("丙（钱七同志）：您好！《测试方案》2025年9月调度表请于10月10日前报送，目前尚未收到贵单位的报表，请抓紧填报。"
        + "如已报送，请忽略本提醒。感谢支持！——市科创办", texts[0]);
    assertEquals("乙（李主任）：您好！贵单位报送的《测试方案》2025年9月调度表未通过校验，已退回，原因是："
        + "该文件是2025年8月的填报表，本次收集的是2025年9月的。请按随附的问题清单修改后，于10月10日前重新报送。"
        + "感谢支持！——市科创办", texts[1]);
  }

  @Test
  void pastTheDueDateRemindersSayItPassedAndAskForTwoWorkingDaysOn() {
    // 2025-10-09 is a Thursday: two working days on is Monday 10月13日.
    String text = IntakeText.reminders(report(LocalDate.of(2025, 10, 5)),
        new IntakeText.Sender("", "张三", "0734-1234567"), LocalDate.of(2025, 10, 9));
    assertEquals("丙（钱七同志）：您好！《测试方案》2025年9月调度表的报送截止时间为10月5日，目前尚未收到贵单位的报表，"
        + "请于10月13日前报送。如已报送，请忽略本提醒。如有疑问，请联系张三，电话0734-1234567。感谢支持！——工作专班办公室",
        text.split("\n\n")[0]);
  }

  @Test
  void onTheDueDayTheReminderAsksForToday() {
    String text = IntakeText.reminders(report(LocalDate.of(2025, 10, 8)), OFFICE, LocalDate.of(2025, 10, 8));
    assertEquals("丙（钱七同志）：您好！《测试方案》2025年9月调度表请于今天（10月8日）下班前报送，目前尚未收到贵单位的报表，"
        + "请抓紧填报。如已报送，请忽略本提醒。感谢支持！——市科创办", text.split("\n\n")[0]);
  }

  @Test
  void aContactWithATitleIsNotCalledComrade() {
    assertEquals("（钱七同志）", IntakeText.salutation("钱七"));
    assertEquals("（李主任）", IntakeText.salutation("李主任"));
    assertEquals("（王老师）", IntakeText.salutation("王老师"));
    assertEquals("", IntakeText.salutation(""));
  }

  @Test
  void whenEveryUnitReportedThereIsNothingToRemind() {
    IntakeReport all = new IntakeReport("测试方案", Round.parse("2025-09"), null, LocalDate.of(2025, 10, 8),
        List.of(), List.of(), List.of());
    assertEquals("本轮所有应报单位均已报送，无需催报。\n", IntakeText.reminders(all, OFFICE, LocalDate.of(2025, 10, 8)));
  }
}

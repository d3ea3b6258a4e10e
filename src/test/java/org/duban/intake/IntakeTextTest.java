package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.UnitIntake;
import org.junit.jupiter.api.Test;

class IntakeTextTest {
  private static IntakeReport report(LocalDate due) {
    Problem refused = Problem.error(Location.ofFile("乙.xlsx"),
        "该文件是 2025-08 轮次的填报表，本次收集的是 2025-09 轮次", "请单位使用 2025-09 轮次下发的表格重新填报");
    return new IntakeReport("测试方案", Round.parse("2025-09"), due,
        List.of(
            new IntakeReport.FileEntry("甲.xlsx", "甲.xlsx", "甲", Verdict.ACCEPTED, true, "", List.of()),
            new IntakeReport.FileEntry("乙.xlsx", "乙.xlsx", "乙", Verdict.REJECTED, false, "", List.of(refused))),
        List.of(new UnitIntake("丙", IntakeStatus.MISSING, "", null, 0, 0),
            new UnitIntake("乙", IntakeStatus.REJECTED, "乙.xlsx", null, 1, 0),
            new UnitIntake("甲", IntakeStatus.ON_TIME, "甲.xlsx", LocalDate.of(2025, 9, 28), 0, 0)),
        List.of(new IntakeReport.MissingUnit("丙", IntakeStatus.MISSING, "钱七", "0734-7"),
            new IntakeReport.MissingUnit("乙", IntakeStatus.REJECTED, "", "")));
  }

  @Test
  void theConsoleSummaryStartsWithCountsAndListsEveryFileAndWhomToPhone() {
    String[] lines = IntakeText.summary(report(null)).split("\n");
    assertEquals("2025年9月收件：应报 3 个单位，已报 1 个，未报或被退回 2 个；收到文件 2 个：接收 1，接收（有问题） 0，退回 1，被替代 0",
        lines[0]);
    assertEquals("甲.xlsx  甲  接收", lines[1]);
    assertEquals("乙.xlsx  乙  退回", lines[2]);
    assertEquals("    乙.xlsx: 错误: 该文件是 2025-08 轮次的填报表，本次收集的是 2025-09 轮次 处理: 请单位使用 2025-09 轮次下发的表格重新填报",
        lines[3]);
    assertEquals("    丙  未报送  联系人：钱七  电话：0734-7", lines[5]);
  }

  @Test
  void remindersAskForTheDueDateWhileItLiesAhead() {
    String text = IntakeText.reminders(report(LocalDate.of(2025, 10, 10)), "市科创办", LocalDate.of(2025, 10, 8));
    assertEquals("丙（钱七同志）：您好！截至目前尚未收到贵单位的《测试方案》2025年9月调度表，请于10月10日前填报并报送。"
        + "如已报送，请忽略本提醒。感谢支持！——市科创办", text.split("\n\n")[0]);
    assertTrue(text.contains("乙：您好！贵单位报送的《测试方案》2025年9月调度表未能通过校验，已退回，具体原因见随附的问题清单。请修改后于10月10日前重新报送。"),
        text);
  }

  @Test
  void pastTheDueDateRemindersAskForTwoDaysFromToday() {
    String text = IntakeText.reminders(report(LocalDate.of(2025, 10, 5)), "", LocalDate.of(2025, 10, 8));
    assertTrue(text.contains("请于10月10日前填报并报送"), text);
    assertTrue(text.contains("——工作专班办公室"), text);
  }
}

package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundStoreTest {
  @TempDir Path dir;

  private static RoundData sample() {
    Round r = Round.parse("2025-09");
    String awkward = "第一行\t制表\n第二行\\反斜杠\r回车 =SUM(A1)";
    UnitReturn a = new UnitReturn("市科技局", r, "科技局 9月.xlsx",
        new Filer("小刘", "0734-1", LocalDate.of(2025, 9, 28), "老陈"),
        List.of(
            new ReportedValue("一.1", Field.ACTUAL, "1,200", new BigDecimal("1200"),
                Location.ofCell("科技局 9月.xlsx", "重点任务", "G5")),
            new ReportedValue("一.1", Field.PROGRESS, awkward, null,
                Location.ofCell("科技局 9月.xlsx", "重点任务", "J5")),
            new ReportedValue("指标2@甲县", Field.ACTUAL, "0.30", new BigDecimal("0.30"), Location.NONE)),
        List.of(Problem.note(Location.ofCell("科技局 9月.xlsx", "重点任务", "G5"), "千位分隔符已去掉")
            .withValue("1,200"), Problem.warning(Location.ofLine("x.txt", 3), "警告", "")));
    UnitReturn b = new UnitReturn("甲县", r, "", Filer.UNKNOWN, List.of(), List.of());
    return new RoundData(r, "abcdef", LocalDate.of(2025, 10, 10), List.of(a, b), List.of(
        new UnitIntake("市科技局", IntakeStatus.ON_TIME, "科技局 9月.xlsx", LocalDate.of(2025, 9, 28), 0, 1),
        new UnitIntake("乙学院", IntakeStatus.MISSING, "", null, 0, 0)));
  }

  @Test
  void whatIsSavedLoadsBackEqual() throws Exception {
    Workspace ws = new Workspace(dir);
    RoundData data = sample();
    RoundStore.save(ws, data);
    assertEquals(data, RoundStore.load(ws, data.round()).orElseThrow());
    String text = Files.readString(ws.mergedData(data.round()), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("duban-merged\t1\n"), text);
    assertEquals(List.of(data.round()), RoundStore.collectedRounds(ws));
  }

  @Test
  void aFileSavedWithCrlfAndBomStillLoads() throws Exception {
    Workspace ws = new Workspace(dir);
    RoundData data = sample();
    RoundStore.save(ws, data);
    Path file = ws.mergedData(data.round());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    assertEquals(data, RoundStore.load(ws, data.round()).orElseThrow());
  }

  @Test
  void aRoundNeverCollectedIsEmpty() throws Exception {
    assertTrue(RoundStore.load(new Workspace(dir), Round.parse("2025-08")).isEmpty());
    assertEquals(List.of(), RoundStore.collectedRounds(new Workspace(dir)));
  }

  @Test
  void aBrokenFileNamesItsLine() throws Exception {
    Workspace ws = new Workspace(dir);
    RoundData data = sample();
    RoundStore.save(ws, data);
    Path file = ws.mergedData(data.round());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(3, lines.get(3).replace("ACTUAL", "ACTUALLY"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    DubanException e = assertThrows(DubanException.class, () -> RoundStore.load(ws, data.round()));
    Problem p = e.problems().get(0);
    assertEquals(4, p.where().line());
    assertEquals("rounds/2025-09/.duban/merged.tsv", p.where().file());
    assertTrue(p.message().startsWith("本轮汇总数据已损坏"), p.message());
  }

  @Test
  void theDueDateRoundTrips() throws Exception {
    Workspace ws = new Workspace(dir);
    Round r = Round.parse("2025-Q3");
    assertTrue(RoundStore.loadDue(ws, r).isEmpty());
    RoundStore.saveDue(ws, r, LocalDate.of(2025, 10, 10));
    assertEquals(LocalDate.of(2025, 10, 10), RoundStore.loadDue(ws, r).orElseThrow());
    Files.writeString(ws.stateDir(r).resolve("due.txt"), "十月十日");
    assertThrows(DubanException.class, () -> RoundStore.loadDue(ws, r));
  }
}

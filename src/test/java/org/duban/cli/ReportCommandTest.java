package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.app.RoundStore;
import org.duban.app.Workspace;
import org.duban.completion.Fixtures;
import org.duban.ledger.LedgerWriter;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code duban report} on a workspace holding the fixture plan and its June and September data:
 * the thresholds come from the ledger's 方案信息 and can be overridden by a flag, and the trend
 * reads the earlier round from the workspace.
 */
class ReportCommandTest {
  @TempDir Path dir;

  private Workspace workspace(String name, Map<String, String> settings) throws Exception {
    Workspace ws = new Workspace(dir.resolve(name));
    Plan plan = Fixtures.plan(settings);
    java.nio.file.Files.createDirectories(ws.root());
    LedgerWriter.write(plan, List.of(), ws.ledger());
    RoundStore.save(ws, Fixtures.june());
    RoundStore.save(ws, Fixtures.september());
    return ws;
  }

  private static Workbook open(Workspace ws) throws Exception {
    try (var in = java.nio.file.Files.newInputStream(ws.summary(Round.parse("2025-09")))) {
      return new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
    }
  }

  /** 目标指标!I4: 指标2 is 9 of 20 (45%) against 75%, 30 points behind. */
  private static String goal2Light(Workspace ws) throws Exception {
    try (Workbook wb = open(ws)) {
      Sheet g = wb.getSheet("目标指标");
      assertEquals("指标2", g.getRow(3).getCell(0).getStringCellValue());
      return g.getRow(3).getCell(8).getStringCellValue();
    }
  }

  @Test
  void thresholdsFromTheLedgerThenTheFlag() throws Exception {
    Workspace ws = workspace("ws", Map.of());
    MainTest.Run r = MainTest.run("report", "2025-09", "-w", ws.root().toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("2025年9月 平均完成率 75.0%，序时进度 75.0%"), r.out());
    assertEquals("黄灯", goal2Light(ws), "30 points behind is amber by default");
    try (Workbook wb = open(ws)) {
      Sheet t = wb.getSheet("趋势");
      assertEquals("2025年6月", t.getRow(2).getCell(0).getStringCellValue(), "趋势!A3");
      assertEquals(0.65, t.getRow(2).getCell(2).getNumericCellValue(), 1e-9,
          "趋势!C3: June is read back from the workspace for the trend");
    }

    r = MainTest.run("report", "2025-09", "-w", ws.root().toString(), "--red-gap", "25");
    assertEquals(Main.OK, r.code(), r.err());
    assertEquals("红灯", goal2Light(ws), "--red-gap 25 makes 30 points red");

    Workspace strict = workspace("strict", Map.of("红灯差距", "25"));
    assertEquals(Main.OK, MainTest.run("report", "2025-09", "-w", strict.root().toString()).code());
    assertEquals("红灯", goal2Light(strict), "红灯差距 25 in 方案信息");
    r = MainTest.run("report", "2025-09", "-w", strict.root().toString(), "--red-gap", "30%");
    assertEquals(Main.OK, r.code(), r.err());
    assertEquals("黄灯", goal2Light(strict), "the flag wins over the ledger");
  }

  @Test
  void aBadThresholdIsAUsageErrorNamingIt() throws Exception {
    Workspace ws = workspace("ws", Map.of());
    MainTest.Run r = MainTest.run("report", "2025-09", "-w", ws.root().toString(), "--green-tolerance", "十");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--green-tolerance") && r.err().contains("十"), r.err());
    r = MainTest.run("report", "2025-09", "-w", ws.root().toString(), "--green-tolerance", "40");
    assertEquals(Main.INPUT_PROBLEMS, r.code(), "40 is above the default 红灯差距 30: " + r.err());
    assertTrue(r.err().contains("红灯差距"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void helpDocumentsTheThresholds() {
    MainTest.Run r = MainTest.run("report", "--help");
    for (String s : List.of("--green-tolerance", "--red-gap", "方案信息", "绿灯容差", "红灯差距", "默认10", "默认30")) {
      assertTrue(r.out().contains(s), "help mentions " + s + ":\n" + r.out());
    }
  }
}

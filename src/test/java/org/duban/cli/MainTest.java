package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noArgumentsPrintsOverviewAndIsAUsageError() {
    Run r = run();
    assertEquals(Main.USAGE, r.code());
    for (String c : new String[] {"init", "templates", "collect", "report", "demo"}) {
      assertTrue(r.out().contains(c), "overview lists " + c + ":\n" + r.out());
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"init", "templates", "collect", "report", "demo"}) {
      Run r = run(c, "--help");
      assertEquals(Main.OK, r.code(), c);
      assertTrue(r.out().contains("duban " + c), "help of " + c + ":\n" + r.out());
      assertTrue(r.out().contains("例:"), "help of " + c + " has an example");
      assertTrue(r.out().startsWith("用法："), "help of " + c + " starts in Chinese:\n" + r.out());
      assertFalse(r.out().toLowerCase(java.util.Locale.ROOT).contains("usage"), "no English in help of " + c);
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run r = run("colect");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("未知的命令: colect"), r.err());
  }

  @Test
  void unknownOptionIsAUsageErrorInChinese() {
    Run r = run("report", "2025-09", "--colour");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("不认识的选项 --colour"), r.err());
  }

  @Test
  void badRoundNamesTheText(@TempDir Path dir) {
    Run r = run("report", "2025-13", "-w", dir.toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("2025-13"), r.err());
  }

  @Test
  void workspaceWithoutLedgerSaysToRunInit(@TempDir Path dir) {
    Run r = run("collect", "2025-09", "-w", dir.toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("duban init"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace:\n" + r.err());
  }

  @Test
  void collectForARoundWithoutFormsWarnsOfAMistypedRound(@TempDir Path dir) throws Exception {
    Workspaces.initAndTemplates(dir);
    Run typo = run("collect", "2025-02", "-w", dir.toString(), "--today", Workspaces.TODAY);
    assertEquals(Main.OK, typo.code(), typo.err());
    assertTrue(typo.out().startsWith("注意：第 2025-02 轮还没有生成过填报表"), typo.out());
    Run right = run("collect", Workspaces.ROUND, "-w", dir.toString(), "--today", Workspaces.TODAY);
    assertFalse(right.out().contains("还没有生成过填报表"), right.out());
  }

  @Test
  void initWithoutPlanIsAUsageError(@TempDir Path dir) {
    Run r = run("init", dir.toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--plan"), r.err());
  }

  @Test
  void versionPrints() {
    Run r = run("--version");
    assertEquals(Main.OK, r.code());
    assertTrue(r.out().startsWith("duban "), r.out());
  }

  @Test
  void tableCountsChineseAsTwoColumns() {
    assertEquals(4, TextTable.width("方案"));
    assertEquals(6, TextTable.width("ab方案cd".substring(0, 4)));
  }
}

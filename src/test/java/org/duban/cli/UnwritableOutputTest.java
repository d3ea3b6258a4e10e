package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written (a file where a folder must be, a folder where a file must
 * be, a full disk) ends in a Chinese message naming the path and what to do, exit code 1, and no
 * half-written output: a file is left as it was or replaced whole, no temporary file remains, and
 * a rerun once the way is clear gives what an undisturbed run gives. A full disk is made with
 * {@code ulimit -f} on a child JVM: writes past the limit fail with EFBIG as they would with
 * ENOSPC (HotSpot ignores SIGXFSZ), which runs the same anywhere bash does, as root too.
 */
class UnwritableOutputTest {
  private static final String ROUND = Workspaces.ROUND;

  @TempDir static Path dir;
  /** After a first collect and report of three returns; a fourth return and a broken file wait. */
  static Path before;
  /** What collect and report give on {@link #before}, undisturbed. */
  static Map<String, String> undisturbed;
  static Map<String, String> old;

  @BeforeAll
  static void aWorkspaceWithOutputsAndNewReturns() throws Exception {
    before = dir.resolve("before");
    Map<String, Path> forms = Workspaces.initAndTemplates(before);
    List<String> units = new ArrayList<>(forms.keySet());
    for (int i = 0; i < 3; i++) {
      Workspaces.fill(forms.get(units.get(i)), Workspaces.inbox(before).resolve(units.get(i) + ".xlsx"), i);
    }
    assertEquals(0, collect(before).code());
    assertEquals(0, MainTest.run("report", ROUND, "-w", before.toString()).code());
    old = Outputs.of(before);
    Workspaces.fill(forms.get(units.get(3)), Workspaces.inbox(before).resolve(units.get(3) + ".xlsx"), 3);
    Files.writeString(Workspaces.inbox(before).resolve("表格.xlsx"), "编号,累计完成值\n1,2\n");
    Path ref = Workspaces.copy(before, dir.resolve("undisturbed"));
    collect(ref);
    assertEquals(0, MainTest.run("report", ROUND, "-w", ref.toString()).code());
    undisturbed = Outputs.of(ref);
  }

  private static MainTest.Run collect(Path ws) {
    return MainTest.run("collect", ROUND, "-w", ws.toString(), "--today", Workspaces.TODAY);
  }

  private static Path round(Path ws) {
    return ws.resolve("rounds").resolve(ROUND);
  }

  /** Runs the command on {@code ws}: exit 1, the message with the path, and nothing changed. */
  private static void refusedUnchanged(Path ws, String path, String message, String... args) throws Exception {
    Map<String, String> expected = Outputs.of(ws);
    MainTest.Run r = MainTest.run(args);
    String all = r.out() + r.err();
    assertEquals(Main.INPUT_PROBLEMS, r.code(), all);
    assertTrue(r.err().contains(path + ": 错误: " + message), "“" + path + ": 错误: " + message + "” in:\n" + all);
    assertTrue(r.err().contains("原有的输出文件保持原样"), all);
    assertFalse(all.contains("Exception") || all.contains("\tat "), all);
    assertEquals(expected, Outputs.of(ws), "nothing was written");
  }

  private static String[] collectArgs(Path ws) {
    return new String[] {"collect", ROUND, "-w", ws.toString(), "--today", Workspaces.TODAY};
  }

  @Test
  void aFileWhereTheProblemListFolderMustBe() throws Exception {
    Path ws = Workspaces.copy(before, dir.resolve("lists-file"));
    Workspaces.delete(round(ws).resolve("问题清单"));
    Files.writeString(round(ws).resolve("问题清单"), "不是文件夹");
    refusedUnchanged(ws, "rounds/" + ROUND + "/问题清单", "这里应是一个文件夹，但有一个同名的文件，无法在其中写入",
        collectArgs(ws));
  }

  @Test
  void aFileWhereTheAcceptedFolderMustBe() throws Exception {
    Path ws = Workspaces.copy(before, dir.resolve("accepted-file"));
    Workspaces.delete(round(ws).resolve("accepted"));
    Files.writeString(round(ws).resolve("accepted"), "");
    refusedUnchanged(ws, "rounds/" + ROUND + "/accepted", "这里应是一个文件夹，但有一个同名的文件，无法在其中写入",
        collectArgs(ws));
  }

  @Test
  void aFolderWhereTheIntakeReportMustBe() throws Exception {
    Path ws = Workspaces.copy(before, dir.resolve("intake-folder"));
    Files.delete(round(ws).resolve("收件情况.xlsx"));
    Files.createDirectories(round(ws).resolve("收件情况.xlsx")).resolve("说明.txt").toFile().createNewFile();
    refusedUnchanged(ws, "rounds/" + ROUND + "/收件情况.xlsx", "这里有一个同名的文件夹，无法写入同名文件", collectArgs(ws));
  }

  @Test
  void aFolderWhereTheSummaryMustBe() throws Exception {
    Path ws = Workspaces.copy(before, dir.resolve("summary-folder"));
    Files.delete(round(ws).resolve("汇总表.xlsx"));
    Files.createDirectories(round(ws).resolve("汇总表.xlsx"));
    refusedUnchanged(ws, "rounds/" + ROUND + "/汇总表.xlsx", "这里有一个同名的文件夹，无法写入同名文件",
        "report", ROUND, "-w", ws.toString());
  }

  @Test
  void aFileWhereTheNextRoundsFolderMustBe() throws Exception {
    Path ws = Workspaces.copy(before, dir.resolve("round-file"));
    Files.writeString(ws.resolve("rounds/2025-10"), "");
    refusedUnchanged(ws, "rounds/2025-10", "这里应是一个文件夹，但有一个同名的文件，无法在其中写入",
        "templates", "2025-10", "-w", ws.toString());
  }

  @Test
  void aFileWhereTheWorkspaceMustBe() throws Exception {
    Path ws = Files.writeString(dir.resolve("工作区"), "");
    MainTest.Run r = MainTest.run("init", ws.toString(), "--plan", Workspaces.SEED.toString());
    assertEquals(Main.INPUT_PROBLEMS, r.code(), r.err());
    assertTrue(r.err().contains(ws + ": 错误: 这里应是一个文件夹，但有一个同名的文件"), r.err());
  }

  // ---------------------------------------------------------------- a full disk

  /** Limits (KB): 6 stops collect at its first copy of a return, 24 only report at 汇总表.xlsx. */
  private static final int[] LIMITS = {6, 24};

  @Test
  void aFullDiskStopsTheRunWithAMessageAndNothingHalfWritten() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "ulimit needs bash");
    int stopped = 0;
    for (int kb : LIMITS) {
      Path ws = Workspaces.copy(before, dir.resolve("full-" + kb));
      for (String command : new String[] {"collect", "report"}) {
        List<String> args = new ArrayList<>(List.of(command, ROUND, "-w", ws.toString()));
        if (command.equals("collect")) {
          args.addAll(List.of("--today", Workspaces.TODAY));
        }
        ChildJvm.Ended e = ChildJvm.run(ChildJvm.dubanWithFileLimit(dir.resolve("logs-" + kb + command), kb,
            args.toArray(String[]::new)), Duration.ofSeconds(60));
        String all = e.out() + e.err();
        assertFalse(all.contains("Exception") || all.contains("\tat "), all);
        if (e.err().contains("磁盘空间不足")) {
          stopped++;
          assertEquals(Main.INPUT_PROBLEMS, e.code(), all);
          assertTrue(e.err().contains(": 错误: 磁盘空间不足，文件没有写入 处理: 请清理磁盘"), all);
          System.out.println("ulimit -f " + kb + " " + command + ": "
              + e.err().lines().filter(l -> l.contains("磁盘空间不足")).findFirst().orElseThrow().strip());
        }
        assertWholeOldOrNew(ws);
      }
      // Space again: the rerun gives what an undisturbed run gives.
      collect(ws);
      assertEquals(0, MainTest.run("report", ROUND, "-w", ws.toString()).code());
      assertEquals(undisturbed, Outputs.of(ws), "rerun after a full disk at " + kb + " KB");
    }
    assertTrue(stopped >= 3, "the limits stop runs: " + stopped);
  }

  /** Every output is the old one or the new one, none torn, no temporary file left. */
  private static void assertWholeOldOrNew(Path ws) throws Exception {
    Map<String, String> now = Outputs.of(ws);
    for (String k : new TreeSet<>(now.keySet())) {
      assertFalse(k.endsWith(".tmp"), "a temporary file was left: " + k);
      String v = now.get(k);
      assertTrue(v.equals(old.get(k)) || v.equals(undisturbed.get(k)), k + " is neither the old nor the new output:\n"
          + (v.length() > 300 ? v.substring(0, 300) : v));
    }
    try (Stream<Path> all = Files.walk(ws)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files anywhere");
    }
  }
}

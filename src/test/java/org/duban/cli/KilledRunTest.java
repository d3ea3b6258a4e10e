package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.duban.app.RoundStore;
import org.duban.app.Workspace;
import org.duban.model.Round;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * duban killed with -9 at random moments during collect and during report, many times over, in
 * a JVM of its own: after every kill each output present is the old one or the new one, whole
 * (workbooks open with the same cells, merged.tsv reads back); the workspace lock of the dead
 * process never blocks the next run; and a rerun ends with exactly what an undisturbed run
 * gives. The kills of one episode follow each other without a rerun between them, so a run
 * starts on what the killed one left. The seed is printed.
 */
class KilledRunTest {
  private static final String ROUND = Workspaces.ROUND;
  /** Copies of each return in subfolders: enough files that a run takes a while. */
  private static final int COPIES = 2;
  /**
   * Kills per episode and episodes (collect and report in turn): a fixed count, not a time
   * budget, so a busy machine makes the test slower, never weaker. About 30 s on two idle cores.
   */
  private static final int KILLS = 3;
  private static final int EPISODES = 4;

  @TempDir static Path dir;
  /** The workspace after an old collect and report, with new returns in its inbox. */
  static Path old;
  /** Outputs: old; after the new collect (汇总表 still old); after the new report too. */
  static Map<String, String> before;
  static Map<String, String> collected;
  static Map<String, String> reported;
  static int collectCode;
  static long collectMillis;
  static long reportMillis;

  @BeforeAll
  static void oldOutputsAndNewReturns() throws Exception {
    old = dir.resolve("old");
    Map<String, Path> forms = Workspaces.initAndTemplates(old);
    List<String> units = new ArrayList<>(forms.keySet());
    for (int i = 0; i < units.size() / 2; i++) {
      Workspaces.fill(forms.get(units.get(i)), Workspaces.inbox(old).resolve(units.get(i) + ".xlsx"), i);
    }
    collect(old);
    assertEquals(0, MainTest.run("report", ROUND, "-w", old.toString()).code());
    before = Outputs.of(old);
    // New arrivals: the other half, a corrected second version of some, copies, broken files.
    Path inbox = Workspaces.inbox(old);
    for (int i = units.size() / 2; i < units.size(); i++) {
      Workspaces.fill(forms.get(units.get(i)), inbox.resolve(units.get(i) + ".xlsx"), i);
    }
    for (int i = 0; i < units.size(); i += 4) {
      Workspaces.fill(forms.get(units.get(i)), inbox.resolve("更正/" + units.get(i) + "（更正）.xlsx"), i + 1);
    }
    List<Path> returns;
    try (Stream<Path> s = Files.list(inbox)) {
      returns = s.filter(Files::isRegularFile).toList();
    }
    for (int k = 1; k <= COPIES; k++) {
      Path copies = Files.createDirectories(inbox.resolve("副本" + k));
      for (Path r : returns) {
        Files.copy(r, copies.resolve(r.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    Files.writeString(inbox.resolve("表格.xlsx"), "编号,累计完成值\n1,2\n");
    Files.write(inbox.resolve("空.xlsx"), new byte[0]);

    Path ref = Workspaces.copy(old, dir.resolve("undisturbed"));
    long t0 = System.nanoTime();
    ChildJvm.Ended c = child(ref, "collect");
    collectMillis = (System.nanoTime() - t0) / 1_000_000;
    collectCode = c.code();
    assertEquals(Main.INPUT_PROBLEMS, collectCode, "two broken files are refused: " + c.err());
    collected = Outputs.of(ref);
    t0 = System.nanoTime();
    assertEquals(0, child(ref, "report").code());
    reportMillis = (System.nanoTime() - t0) / 1_000_000;
    reported = Outputs.of(ref);
    System.out.printf("KilledRunTest: %d files in the inbox; undisturbed collect %d ms, report %d ms%n",
        returns.size() * (COPIES + 1) + 2, collectMillis, reportMillis);
    assertFalse(collected.equals(before) || reported.equals(collected), "each step changes the outputs");
  }

  private static MainTest.Run collect(Path ws) {
    return MainTest.run("collect", ROUND, "-w", ws.toString(), "--today", Workspaces.TODAY);
  }

  private static List<String> args(Path ws, String command) {
    List<String> a = new ArrayList<>(List.of(command, ROUND, "-w", ws.toString()));
    if (command.equals("collect")) {
      a.addAll(List.of("--today", Workspaces.TODAY));
    }
    return a;
  }

  private static ChildJvm.Ended child(Path ws, String command) throws Exception {
    return ChildJvm.run(ChildJvm.duban(dir.resolve("logs"), args(ws, command).toArray(String[]::new)),
        Duration.ofSeconds(120));
  }

  @Test
  void killedAtAnyMomentLeavesWholeOutputsAndARerunFinishesTheJob() throws Exception {
    long seed = Long.getLong("duban.kill.seed", System.nanoTime());
    System.out.println("KilledRunTest seed " + seed + " (rerun: -Dduban.kill.seed=" + seed + ")");
    Random random = new Random(seed);
    int kills = 0;
    int episodes = 0;
    int reportEpisodes = 0;
    for (int e = 0; e < EPISODES; e++) {
      boolean report = e % 2 == 1;
      Path ws = Workspaces.copy(old, dir.resolve("episode-" + e));
      if (report) {
        assertEquals(collectCode, collect(ws).code()); // report episodes start from the new collect
      }
      Map<String, String> from = report ? collected : before;
      Map<String, String> to = report ? reported : collected;
      long span = report ? reportMillis : collectMillis;
      for (int k = 0; k < KILLS; k++) {
        // Half the kills anywhere in a run, half in its last 40 %, where the writing is.
        long at = random.nextBoolean() ? (long) (random.nextDouble() * span * 1.1)
            : (long) (span * (0.6 + random.nextDouble() * 0.5));
        String what = (report ? "report" : "collect") + " killed at " + at + " ms (seed " + seed + ", episode " + e + ")";
        kill(ws, report ? "report" : "collect", at);
        kills++;
        assertWholeOldOrNew(ws, from, to, what);
      }
      // The rerun, on what the last kill left: exactly the undisturbed result.
      MainTest.Run r = report ? MainTest.run("report", ROUND, "-w", ws.toString()) : collect(ws);
      assertEquals(report ? 0 : collectCode, r.code(), "rerun after episode " + e + ":\n" + r.err());
      assertEquals(to, Outputs.of(ws), "rerun after episode " + e + " (seed " + seed + ")");
      assertNoTemporaryFiles(ws);
      episodes++;
      reportEpisodes += report ? 1 : 0;
    }
    System.out.println("KilledRunTest: " + kills + " kills in " + episodes + " episodes");
    assertEquals(KILLS * EPISODES, kills);
    assertTrue(reportEpisodes > 0 && reportEpisodes < episodes, "collect and report were both killed");
  }

  /** Starts duban, kills it with -9 after {@code millis} (or lets it finish first). */
  private static void kill(Path ws, String command, long millis) throws Exception {
    Process p = ChildJvm.duban(dir.resolve("logs"), args(ws, command).toArray(String[]::new)).start();
    if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed process is gone");
  }

  /**
   * Each output is the old version or the new one; a file may be missing only if one of the
   * two lacks it. Temporary files of the killed write may be there (the next run clears them).
   */
  private static void assertWholeOldOrNew(Path ws, Map<String, String> from, Map<String, String> to, String what)
      throws Exception {
    Map<String, String> now = new TreeMap<>(Outputs.of(ws));
    now.keySet().removeIf(k -> k.endsWith(".tmp"));
    for (Map.Entry<String, String> e : now.entrySet()) {
      String k = e.getKey();
      assertTrue(e.getValue().equals(from.get(k)) || e.getValue().equals(to.get(k)),
          what + ": " + k + " is neither the old nor the new output:\n" + head(e.getValue()));
    }
    for (String k : from.keySet()) {
      // The 问题清单 state is dropped while the lists are rewritten; it is no output.
      assertTrue(now.containsKey(k) || !to.containsKey(k) || k.endsWith("problem-lists.tsv"),
          what + ": " + k + " vanished");
    }
    Workspace w = new Workspace(ws);
    assertTrue(RoundStore.load(w, Round.parse(ROUND)).isPresent(), what + ": merged.tsv reads back");
  }

  private static void assertNoTemporaryFiles(Path ws) throws Exception {
    try (Stream<Path> all = Files.walk(ws)) {
      List<Path> left = all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
      assertTrue(left.isEmpty(), "the rerun cleared what the killed runs left: " + left);
    }
  }

  private static String head(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}

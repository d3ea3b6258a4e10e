package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command changes a file it does not own: checksums and modification times of every file
 * before and after init, templates, collect, report (two rounds, each command run twice) and
 * demo, against the outputs each command declares. The inputs among them are the plan
 * documents, plan.xlsx, the restyled masters, the inbox (a good return, a broken one, a read-only
 * one) and the earlier round's data.
 */
class InputsUntouchedTest {
  @TempDir Path dir;

  /** What each command may write, relative to the workspace (round folders by pattern). */
  private static final Map<String, Pattern> OUTPUTS = Map.of(
      "init", Pattern.compile("plan\\.xlsx|\\.duban\\.lock"),
      "templates", Pattern.compile("rounds/R/templates/.*|rounds/R/\\.duban/due\\.txt|\\.duban\\.lock"),
      "collect", Pattern.compile("rounds/R/(accepted|rejected|问题清单)/.*|rounds/R/(收件情况\\.xlsx|催报\\.txt)"
          + "|rounds/R/\\.duban/(merged|problem-lists)\\.tsv|\\.duban\\.lock"),
      "report", Pattern.compile("rounds/R/汇总表\\.xlsx|\\.duban\\.lock"));

  @Test
  void noCommandChangesAFileItDoesNotWrite() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("方案"));
    Path plan = Files.copy(Workspaces.SEED, plans.resolve("实施方案.txt"));
    Path ws = dir.resolve("ws");
    Map<String, String> all = snapshot(dir);
    run(dir, ws, "init", "", "init", ws.toString(), "--plan", plan.toString());
    assertEquals(all.get("方案/实施方案.txt"), snapshot(dir).get("方案/实施方案.txt"), "the plan document");
    // A clerk's restyled masters: the bundled ones, copied into the workspace.
    Files.createDirectories(ws.resolve("templates"));
    for (String m : List.of("填报表.xlsx", "分发清单.xlsx")) {
      Files.copy(Path.of("templates", m), ws.resolve("templates").resolve(m));
    }
    for (String round : List.of("2025-09", "2025-10")) {
      for (int twice = 0; twice < 2; twice++) {
        run(dir, ws, "templates", round, "templates", round, "-w", ws.toString(), "--due", "2025-10-05");
      }
      Path form;
      try (Stream<Path> forms = Files.list(ws.resolve("rounds/" + round + "/templates"))) {
        form = forms.filter(p -> p.getFileName().toString().contains("_市科技局_")).findFirst().orElseThrow();
      }
      Path inbox = Files.createDirectories(ws.resolve("rounds/" + round + "/inbox"));
      Workspaces.fill(form, inbox.resolve("市科技局.xlsx"), round.endsWith("9") ? 1 : 3);
      Files.writeString(inbox.resolve("坏文件.xlsx"), "这不是表格");
      Path readOnly = Files.copy(inbox.resolve("市科技局.xlsx"),
          Files.createDirectories(inbox.resolve("只读")).resolve("市科技局.xlsx"));
      readOnly.toFile().setReadOnly();
      for (int twice = 0; twice < 2; twice++) {
        run(dir, ws, "collect", round, "collect", round, "-w", ws.toString(), "--today", "2025-11-08");
        run(dir, ws, "report", round, "report", round, "-w", ws.toString());
      }
    }
    Map<String, String> demoInput = snapshot(plans);
    assertEquals(0, MainTest.run("demo", dir.resolve("demo").toString(), "--plans", plans.toString()).code());
    assertEquals(demoInput, snapshot(plans), "demo leaves its plan documents as they were");
  }

  /** Runs one command and checks that only its outputs changed. */
  private static void run(Path dir, Path ws, String command, String round, String... args) throws Exception {
    Map<String, String> before = snapshot(dir);
    MainTest.Run r = MainTest.run(args);
    assertTrue(r.code() == 0 || r.code() == 1 && command.equals("collect"), String.join(" ", args) + ":\n" + r.err());
    Map<String, String> after = snapshot(dir);
    Pattern mine = Pattern.compile(OUTPUTS.get(command).pattern().replace("rounds/R/", "rounds/" + round + "/"));
    String prefix = dir.relativize(ws).toString().replace('\\', '/') + "/";
    int inputs = 0;
    for (Map.Entry<String, String> e : before.entrySet()) {
      String rel = e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : e.getKey();
      if (!mine.matcher(rel).matches()) {
        assertEquals(e.getValue(), after.get(e.getKey()), String.join(" ", args) + " changed " + e.getKey());
        inputs++;
      }
    }
    assertTrue(command.equals("init") || inputs > 3, "the check covers the inputs: " + inputs);
  }

  /** Every file below {@code root}: SHA-256 and modification time. */
  private static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        out.put(root.relativize(p).toString().replace('\\', '/'),
            HexFormat.of().formatHex(sha) + " " + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }
}

package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same outputs: two workspaces made apart, at different times and in different
 * folders, from the same plan and the same returns, give byte-identical files, except 汇总表.xlsx,
 * whose document properties record when it was made (its cells are identical).
 */
class SameInputsTest {
  @TempDir Path dir;

  @Test
  void twoWorkspacesFromTheSameInputsHoldTheSameFiles() throws Exception {
    Path a = dir.resolve("甲");
    Map<String, Path> forms = Workspaces.initAndTemplates(a);
    List<String> units = new ArrayList<>(forms.keySet());
    for (int i = 0; i < 6; i++) {
      Workspaces.fill(forms.get(units.get(i)), Workspaces.inbox(a).resolve(units.get(i) + ".xlsx"), i);
    }
    Files.writeString(Workspaces.inbox(a).resolve("表格.xlsx"), "编号,累计完成值\n1,2\n");
    Thread.sleep(1100); // another second on the clock: no time may reach a file's bytes
    Path b = dir.resolve("另一个/乙");
    Workspaces.initAndTemplates(b);
    try (Stream<Path> inbox = Files.list(Workspaces.inbox(a))) {
      for (Path p : inbox.toList()) {
        Files.copy(p, Files.createDirectories(Workspaces.inbox(b)).resolve(p.getFileName()),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    for (Path ws : List.of(a, b)) {
      MainTest.run("collect", Workspaces.ROUND, "-w", ws.toString(), "--today", Workspaces.TODAY);
      assertEquals(0, MainTest.run("report", Workspaces.ROUND, "-w", ws.toString()).code());
    }
    Map<String, String> inA = bytes(a);
    Map<String, String> inB = bytes(b);
    assertEquals(inA.keySet(), inB.keySet());
    String summary = "rounds/" + Workspaces.ROUND + "/汇总表.xlsx";
    inA.forEach((k, v) -> {
      if (!k.equals(summary)) {
        assertEquals(v, inB.get(k), k + " differs between the two workspaces");
      }
    });
    assertEquals(Outputs.cells(a.resolve(summary)), Outputs.cells(b.resolve(summary)), summary + " cells");
  }

  /** SHA-256 of every file but the lock (which names its last holder). */
  private static Map<String, String> bytes(Path ws) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(ws)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String rel = ws.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(".duban.lock")) {
          out.put(rel, java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        }
      }
    }
    return out;
  }
}

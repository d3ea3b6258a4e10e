package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.duban.fillin.ReturnReader;
import org.duban.ledger.LedgerReader;
import org.duban.model.Plan;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.office.OfficeFill;
import org.duban.office.OfficeSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-client test of {@code samples/tools/make_samples.py}: regenerating the ledger and a few
 * of the committed returns through LibreOffice gives files that say the same as the committed
 * ones (LibreOffice's bytes differ from run to run; the meaning must not), so the script cannot
 * rot while the samples stay.
 */
class SamplesRegenerationTest {
  /** A mistake, the retyped form, an .xls and last month's form: each a different path in the script. */
  static final List<String> SOME = List.of(
      "市科工局-9月调度表.xlsx", "市水利局填报.xlsx", "市发改局9月报表.xls", "市教体局（8月）.xlsx");

  @TempDir Path dir;

  @Test
  void theScriptWritesTheSameLedgerAndReturnsAsThoseCommitted() throws Exception {
    OfficeSuite.require(dir);
    String missing = OfficeFill.unavailableReason();
    assertNull(missing, "make_samples.py fills through LibreOffice's Python bridge: " + missing);
    Path samples = SamplesTest.samples();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = List.of("/usr/bin/python3", samples.resolve("tools/make_samples.py").toString(),
        "--out", dir.toString(), "--only", String.join(",", SOME),
        "--duban", quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " org.duban.cli.Main");
    Path log = dir.resolve("make_samples.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    assertEquals(0, p.exitValue(), "make_samples.py: " + Files.readString(log, StandardCharsets.UTF_8));

    Plan committed = LedgerReader.read(samples.resolve("plan.xlsx"));
    Plan again = LedgerReader.read(dir.resolve("plan.xlsx"));
    assertEquals(committed.fingerprint(), again.fingerprint(), "the same tasks, targets and units");
    assertEquals(committed.units(), again.units(), "the clerk's contacts and phones");
    for (String name : SOME) {
      RawReturn a = ReturnReader.read(samples.resolve("returns/2024-09").resolve(name));
      RawReturn b = ReturnReader.read(dir.resolve("returns/2024-09").resolve(name));
      assertEquals(a.identity(), b.identity(), name + ": identity");
      assertEquals(texts(a.fields()), texts(b.fields()), name + ": 填报人/联系电话/填报日期/审核人");
      assertEquals(rows(a), rows(b), name + ": every row's input cells");
      assertTrue(!rows(a).isEmpty(), name + " has rows");
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static Map<String, String> texts(Map<String, RawCell> fields) {
    Map<String, String> out = new TreeMap<>();
    fields.forEach((k, v) -> out.put(k, v.ref() + "=" + v.text()));
    return out;
  }

  private static List<String> rows(RawReturn r) {
    List<String> out = new ArrayList<>();
    for (RawRow row : r.rows()) {
      StringBuilder b = new StringBuilder(row.sheet() + "!" + row.row() + " " + row.itemId());
      row.inputs().forEach((f, c) -> b.append(" ").append(f).append("=").append(c.text()));
      out.add(b.toString());
    }
    return out;
  }
}

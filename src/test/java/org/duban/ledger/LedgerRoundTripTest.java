package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRoundTripTest {
  @TempDir Path dir;

  @Test
  void writeThenReadGivesTheSamePlan() throws Exception {
    Plan plan = SamplePlan.plan();
    Path ledger = dir.resolve("plan.xlsx");
    LedgerWriter.write(plan, List.of(), ledger);
    Plan back = LedgerReader.read(ledger);

    assertEquals(plan.info(), back.info());
    assertEquals(plan.tasks(), back.tasks());
    assertEquals(plan.breakdowns(), back.breakdowns());
    assertEquals(plan.units(), back.units());
    assertEquals(plan.goals(), SamplePlan.withoutSource(back.goals()));
    assertEquals(Location.ofCell("plan.xlsx", "目标指标", "A3"), back.goals().get(1).source());
    assertEquals(plan.fingerprint(), back.fingerprint());
    assertEquals(plan.id(), back.id());
  }

  @Test
  void secondWriteOfTheReadPlanReadsTheSameAgain() throws Exception {
    Path first = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), first);
    Plan once = LedgerReader.read(first);
    Path second = dir.resolve("again.xlsx");
    LedgerWriter.write(once, List.of(), second);
    Plan twice = LedgerReader.read(second);
    assertEquals(once.tasks(), twice.tasks());
    assertEquals(SamplePlan.withoutSource(once.goals()), SamplePlan.withoutSource(twice.goals()));
  }

  @Test
  void sameInputSameContent() throws Exception {
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), a);
    Thread.sleep(1100); // a timestamp taken from the clock would now differ
    LedgerWriter.write(SamplePlan.plan(), List.of(), b);
    java.util.Map<String, byte[]> ea = entries(a);
    java.util.Map<String, byte[]> eb = entries(b);
    assertEquals(ea.keySet(), eb.keySet());
    for (String name : ea.keySet()) {
      assertArrayEquals(ea.get(name), eb.get(name), name);
    }
  }

  private static java.util.Map<String, byte[]> entries(Path xlsx) throws Exception {
    java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(Files.newInputStream(xlsx))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  @Test
  void aTaskAddedInTheLedgerKeepsABlankSource() throws Exception {
    Path ledger = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), ledger);
    Xlsx.edit(
        ledger,
        wb -> {
          org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("重点任务");
          Xlsx.cell(s, "A5").setCellValue("三.2");
          Xlsx.cell(s, "C5").setCellValue("新增任务");
          Xlsx.cell(s, "E5").setCellValue("市科技局");
        });
    Plan once = LedgerReader.read(ledger);
    assertEquals(Location.ofCell("plan.xlsx", "重点任务", "A5"), once.tasks().get(3).source());
    LedgerWriter.write(once, List.of(), ledger);
    try (var wb = Xlsx.open(ledger)) {
      assertEquals("", Xlsx.text(wb.getSheet("重点任务"), "I5"), "I5 来源 of the added row");
      assertEquals("000_b24d0ce0b46200df.txt:42", Xlsx.text(wb.getSheet("重点任务"), "I2"));
    }
  }

  @Test
  void readingNeverTouchesTheFile() throws Exception {
    Path ledger = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), ledger);
    FileTime old = FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(ledger, old);
    byte[] before = Files.readAllBytes(ledger);
    LedgerReader.read(ledger);
    assertArrayEquals(before, Files.readAllBytes(ledger));
    assertEquals(old, Files.getLastModifiedTime(ledger));
  }

  @Test
  void writingLeavesNoTemporaryFilesBehind() throws Exception {
    LedgerWriter.write(SamplePlan.plan(), List.of(), dir.resolve("plan.xlsx"));
    LedgerWriter.write(SamplePlan.plan(), List.of(), dir.resolve("plan.xlsx"));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("plan.xlsx"), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}

package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.ledger.LedgerReader;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init through its workbook inputs (the text path needs the plan parser, tested after merging). */
class InitUseCaseTest {
  @TempDir Path dir;
  Workspace ws;
  Path table;

  @BeforeEach
  void setUp() throws Exception {
    ws = new Workspace(dir.resolve("ws"));
    table = dir.resolve("任务分解表.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("任务");
      row(s, 0, "序号", "重点任务", "牵头单位", "配合单位", "完成时限");
      row(s, 1, "1", "建设创新平台", "市科技局", "市财政局", "2025年6月底前");
      row(s, 2, "2", "加强统筹调度", "", "", "2025年");
      try (OutputStream out = Files.newOutputStream(table)) {
        wb.write(out);
      }
    }
  }

  @Test
  void taskTableBecomesTheLedgerWithItsParseReport() throws Exception {
    InitUseCase.Result r = InitUseCase.run(ws, List.of(table));
    assertEquals(ws.ledger(), r.ledger());
    assertTrue(Files.isRegularFile(ws.ledger()));
    Plan back = LedgerReader.read(ws.ledger());
    assertEquals(List.of("1", "2"), back.tasks().stream().map(t -> t.id()).toList());
    assertEquals(r.plan().tasks().get(0).leads(), back.tasks().get(0).leads());
    assertEquals(List.of("市科技局", "市财政局"), back.units().stream().map(u -> u.name()).toList());
    assertTrue(
        r.problems().get(0).message().startsWith("导入结果：目标指标 0 项，重点任务 2 项"),
        r.problems().get(0).message());
    Problem noLead =
        r.problems().stream()
            .filter(p -> p.message().equals("任务“2”没有牵头单位"))
            .findFirst()
            .orElseThrow();
    assertEquals(Location.ofCell("任务分解表.xlsx", "任务", "B3"), noLead.where());
    assertEquals(Severity.WARNING, noLead.severity());
    try (InputStream in = Files.newInputStream(ws.ledger());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet report = wb.getSheet("解析报告");
      assertEquals(
          r.problems().size() + 1,
          report.getLastRowNum() + 1,
          "one row per problem under the header");
      assertEquals(
          "任务分解表.xlsx 任务!B3",
          report.getRow(r.problems().indexOf(noLead) + 1).getCell(0).getStringCellValue());
    }
  }

  @Test
  void theLedgerShowsTheLightThresholdsWithTheirDefaults() throws Exception {
    InitUseCase.run(ws, List.of(table));
    try (InputStream in = Files.newInputStream(ws.ledger());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet info = wb.getSheet("方案信息");
      java.util.Map<String, String> rows = new java.util.HashMap<>();
      for (org.apache.poi.ss.usermodel.Row row : info) {
        if (row.getCell(0) != null && row.getCell(1) != null) {
          rows.put(row.getCell(0).toString(), new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1)));
        }
      }
      assertEquals("10", rows.get("绿灯容差"), "方案信息 row 绿灯容差: " + rows);
      assertEquals("30", rows.get("红灯差距"), "方案信息 row 红灯差距: " + rows);
    }
    // report reads them from there; the clerk edits the 内容 cell to change them.
    assertEquals("10", LedgerReader.read(ws.ledger()).info().settings().get("绿灯容差"));
  }

  @Test
  void inputWorkbooksAreNeverModified() throws Exception {
    java.nio.file.attribute.FileTime old =
        java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(table, old);
    byte[] before = Files.readAllBytes(table);
    InitUseCase.run(ws, List.of(table));
    assertArrayEquals(before, Files.readAllBytes(table));
    assertEquals(old, Files.getLastModifiedTime(table));
    Path copy = dir.resolve("台账副本.xlsx");
    Files.copy(ws.ledger(), copy);
    Files.setLastModifiedTime(copy, old);
    byte[] ledgerBefore = Files.readAllBytes(copy);
    InitUseCase.run(ws, List.of(copy), true);
    assertArrayEquals(ledgerBefore, Files.readAllBytes(copy));
    assertEquals(old, Files.getLastModifiedTime(copy));
  }

  @Test
  void existingLedgerIsNotOverwrittenWithoutForce() throws Exception {
    InitUseCase.run(ws, List.of(table));
    byte[] before = Files.readAllBytes(ws.ledger());
    DubanException e =
        assertThrows(DubanException.class, () -> InitUseCase.run(ws, List.of(table)));
    assertEquals("工作区已有任务台账 plan.xlsx，为免覆盖其中的修改，没有重新生成", e.problems().get(0).message());
    assertTrue(e.problems().get(0).fix().contains("--force"), e.problems().get(0).fix());
    assertArrayEquals(before, Files.readAllBytes(ws.ledger()));
  }

  @Test
  void forceKeepsEachOldLedgerAsANumberedBackup() throws Exception {
    InitUseCase.run(ws, List.of(table));
    byte[] first = Files.readAllBytes(ws.ledger());
    InitUseCase.run(ws, List.of(table), true);
    assertArrayEquals(first, Files.readAllBytes(ws.root().resolve("plan.bak-1.xlsx")));
    InitUseCase.run(ws, List.of(table), true);
    assertTrue(Files.exists(ws.root().resolve("plan.bak-2.xlsx")));
    assertFalse(Files.exists(ws.root().resolve("plan.bak-3.xlsx")));
  }

  @Test
  void reimportingTheEditedLedgerKeepsTheEdits() throws Exception {
    InitUseCase.run(ws, List.of(table));
    try (InputStream in = Files.newInputStream(ws.ledger());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet tasks = wb.getSheet("重点任务");
      tasks.getRow(2).createCell(4).setCellValue("市发展改革委");
      tasks.getRow(0).createCell(9).setCellValue("督办人");
      tasks.getRow(1).createCell(9).setCellValue("张三");
      try (OutputStream out = Files.newOutputStream(ws.ledger())) {
        wb.write(out);
      }
    }
    InitUseCase.Result r = InitUseCase.run(ws, List.of(ws.ledger()), true);
    assertEquals(List.of("市发展改革委"), r.plan().tasks().get(1).leads());
    Plan back = LedgerReader.read(ws.ledger());
    assertEquals("张三", back.tasks().get(0).extras().get("督办人"));
    assertEquals(List.of("市发展改革委"), back.tasks().get(1).leads());
    assertTrue(back.unit("市发展改革委").isPresent(), "a unit row is added for the new lead");
    Problem added =
        r.problems().stream()
            .filter(p -> p.severity() == Severity.WARNING)
            .findFirst()
            .orElseThrow();
    assertEquals("“责任单位”表新增 1 个单位，类别是按名称推断的", added.message());
    assertEquals("市发展改革委", added.value());
  }

  @Test
  void unreadableInputIsAnErrorAndNothingIsWritten() {
    DubanException e =
        assertThrows(
            DubanException.class, () -> InitUseCase.run(ws, List.of(table, dir.resolve("方案.txt"))));
    assertEquals("方案.txt: 错误: 找不到文件 处理: 请检查文件路径和文件名是否正确", e.problems().get(0).render());
    assertFalse(Files.exists(ws.ledger()));
  }

  @Test
  void anEmptyLedgerIsWrittenWithAWarning() throws Exception {
    Path empty = dir.resolve("空台账.xlsx");
    org.duban.model.PlanInfo info =
        new org.duban.model.PlanInfo(
            "空方案",
            "",
            java.time.LocalDate.of(2025, 1, 1),
            java.time.LocalDate.of(2025, 12, 31),
            "",
            "",
            null);
    org.duban.ledger.LedgerWriter.write(new Plan(info, null, null, null, null), List.of(), empty);
    InitUseCase.Result r = InitUseCase.run(ws, List.of(empty));
    assertTrue(
        r.problems().stream().anyMatch(p -> p.message().equals("没有识别出任何目标指标或重点任务")),
        r.problems().toString());
    assertEquals("空方案", LedgerReader.read(ws.ledger()).info().name());
  }

  @Test
  void twoInputsWithTheSameTaskNumbersKeepBothTasks() throws Exception {
    InitUseCase.Result r = InitUseCase.run(ws, List.of(table, table));
    assertEquals(
        List.of("1", "2", "1-2", "2-2"), r.plan().tasks().stream().map(t -> t.id()).toList());
    assertTrue(
        r.problems().stream().anyMatch(p -> p.message().equals("任务编号“1”重复，这一项改编为“1-2”")),
        r.problems().toString());
  }

  @Test
  void noInputAtAll() {
    DubanException e = assertThrows(DubanException.class, () -> InitUseCase.run(ws, List.of()));
    assertEquals("没有指定方案文件", e.problems().get(0).message());
  }

  private static void row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
  }
}

package org.duban.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.poifs.crypt.CryptoFunctions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fills a protected workbook through LibreOffice and reads the result back with POI. */
class OfficeFillTest {
  private static final String PROGRESS = "一是完成厂房主体建设；\n二是引进\"专精特新\"企业3家";

  /** Per test, not in @BeforeAll: surefire would report a class-level skip as zero tests. */
  private static void requireOffice() {
    if ("skip".equals(System.getProperty("duban.office"))) {
      Assumptions.abort("LibreOffice tests skipped (-Dduban.office=skip)");
    }
    String reason = OfficeFill.unavailableReason();
    if (reason != null) {
      fail("LibreOffice is needed to fill workbooks like a unit does; install "
          + "libreoffice-calc python3-uno (or pass -Dduban.office=skip): " + reason);
    }
  }

  @Test
  void fillsProtectedXlsxAndKeepsProtection(@TempDir Path dir) throws Exception {
    requireOffice();
    assertFilled(dir, "xlsx");
  }

  @Test
  void fillsProtectedWorkbookAndStoresXls(@TempDir Path dir) throws Exception {
    requireOffice();
    assertFilled(dir, "xls");
  }

  @Test
  void findsTwoRowHeadersMergedLabelsAndKeepsTextDates(@TempDir Path dir) throws Exception {
    requireOffice();
    Path template = dir.resolve("variant.xlsx");
    MiniFillin.writeVariant(template);
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    items.put("7", Map.of("累计完成值", 0, "完成比例(%)", 45));
    items.put("二.(三).2", Map.of("累计完成值", "约3成"));
    Map<String, Object> filer = Map.of("填报人", "王伟", "填报日期", "2025-10-03");
    Path out = dir.resolve("filled.xlsx");
    OfficeFill.fill(template, out, items, filer, "xlsx");
    try (InputStream in = Files.newInputStream(out);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet(MiniFillin.TASKS);
      assertNumber(s, "B3", 0);
      assertNumber(s, "C3", 45);
      assertText(s, "B4", "约3成");
      assertEquals(CellType.BLANK, type(s, "C4"), "重点任务!C4 untouched");
      assertText(s, "C6", "王伟");
      assertText(s, "E6", "2025-10-03");
      assertTrue(s.getProtect(), "still protected");
    }
  }

  @Test
  void unknownIdsAndHeadersAreListed(@TempDir Path dir) throws Exception {
    requireOffice();
    Path template = dir.resolve("template.xlsx");
    MiniFillin.write(template);
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    items.put("二.(九).9", Map.of("累计完成值", 1));
    items.put("二.(二).3", Map.of("完成率", 2));
    Path out = dir.resolve("out.xlsx");
    IOException e =
        assertThrows(IOException.class, () -> OfficeFill.fill(template, out, items, Map.of(), "xlsx"));
    assertTrue(e.getMessage().contains("二.(九).9"), e.getMessage());
    assertTrue(e.getMessage().contains("完成率 on sheet 重点任务"), e.getMessage());
    assertFalse(Files.exists(out), "no output on failure");
  }

  @Test
  void lockedCellIsRefusedLikeAUnitWouldBe(@TempDir Path dir) throws Exception {
    requireOffice();
    Path template = dir.resolve("template.xlsx");
    MiniFillin.write(template);
    Map<String, Map<String, Object>> items = Map.of("二.(二).3", Map.of("任务内容", "改掉任务"));
    IOException e =
        assertThrows(
            IOException.class,
            () -> OfficeFill.fill(template, dir.resolve("out.xlsx"), items, Map.of(), "xlsx"));
    assertTrue(e.getMessage().contains("重点任务!C5"), e.getMessage());
  }

  @Test
  void jsonEscapesQuotesControlsAndKeepsChinese() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("工作进展", "a\"b\\c\nd\u0001");
    m.put("n", 12);
    m.put("x", 3.5);
    m.put("none", null);
    m.put("d", LocalDate.of(2025, 10, 3));
    assertEquals(
        "{\"工作进展\":\"a\\\"b\\\\c\\nd\\u0001\",\"n\":12,\"x\":3.5,\"none\":null,"
            + "\"d\":\"2025-10-03\"}",
        OfficeFill.Json.encode(m));
    assertThrows(IllegalArgumentException.class, () -> OfficeFill.Json.encode(Double.NaN));
  }

  private static void assertFilled(Path dir, String format) throws Exception {
    Path template = dir.resolve("template.xlsx");
    MiniFillin.write(template);
    byte[] before = Files.readAllBytes(template);
    Path out = dir.resolve("filled." + format);

    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    items.put("二.(一).1", Map.of("累计完成值", 12, "完成状态", "序时推进", "工作进展", PROGRESS));
    items.put("二.(一).1#2", Map.of("累计完成值", "1200家"));
    items.put("指标3@临湘高新区", Map.of("累计完成值", 3.5, "同比增长(%)", 8.2));
    Map<String, Object> filer =
        Map.of("填报人", "王伟", "联系电话", "0734-8123456", "填报日期", "2025-10-03", "审核人", "李强");
    OfficeFill.fill(template, out, items, filer, format);

    assertArrayEquals(before, Files.readAllBytes(template), "the template must not change");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("filled." + format, "template.xlsx"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no lock or temp files left beside the template");
    }
    try (InputStream in = Files.newInputStream(out);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet tasks = wb.getSheet(MiniFillin.TASKS);
      assertNumber(tasks, "D3", 12);
      assertText(tasks, "E3", "序时推进");
      assertText(tasks, "F3", PROGRESS);
      assertText(tasks, "D4", "1200家");
      for (String blank : List.of("E4", "F4", "D5", "E5", "F5")) {
        assertEquals(CellType.BLANK, type(tasks, blank), MiniFillin.TASKS + "!" + blank);
      }
      assertText(tasks, "B7", "王伟");
      assertText(tasks, "D7", "0734-8123456");
      assertText(tasks, "D8", "李强");
      Cell date = cell(tasks, "B8");
      assertEquals(CellType.NUMERIC, date.getCellType(), "填报日期 at B8 is a real date");
      assertTrue(DateUtil.isCellDateFormatted(date), "B8 keeps its date format");
      assertEquals(LocalDate.of(2025, 10, 3), date.getLocalDateTimeCellValue().toLocalDate());
      assertText(tasks, "C3", "新增市场主体1000家");

      Sheet indicators = wb.getSheet(MiniFillin.INDICATORS);
      assertNumber(indicators, "D3", 3.5);
      assertNumber(indicators, "E3", 8.2);
      assertEquals(CellType.BLANK, type(indicators, "D2"), "指标!D2 untouched");

      for (String a1 : List.of("A1", "B2", "D2", "B3", "C3", "B4", "A7", "C7", "A8", "C8")) {
        assertTrue(cell(tasks, a1).getCellStyle().getLocked(), "重点任务!" + a1 + " stays locked");
      }
      for (String a1 : List.of("D3", "E3", "F3", "D4", "F5", "B7", "D7", "B8", "D8")) {
        assertFalse(cell(tasks, a1).getCellStyle().getLocked(), "重点任务!" + a1 + " stays open");
      }
      assertTrue(cell(indicators, "A3").getCellStyle().getLocked(), "指标!A3 stays locked");
      assertFalse(cell(indicators, "D3").getCellStyle().getLocked(), "指标!D3 stays open");
      for (Sheet s : List.of(tasks, indicators)) {
        assertTrue(s.getProtect(), s.getSheetName() + " still protected");
        assertPassword(s);
      }

      // LibreOffice has no "very hidden": the metadata sheet comes back merely hidden.
      Sheet meta = wb.getSheet(MiniFillin.META);
      assertNotNull(meta, "metadata sheet kept");
      assertNotEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(wb.getSheetIndex(meta)));
      assertText(meta, "B1", "duban-fillin-1");
      assertEquals(CellType.BLANK, type(meta, "B3"), "hidden sheet's id row untouched");
      assertEquals(CellType.BLANK, type(meta, "B4"), "hidden sheet's label untouched");
    }
  }

  private static void assertPassword(Sheet s) {
    if (s instanceof XSSFSheet x) {
      assertTrue(x.validateSheetPassword(MiniFillin.PASSWORD), s.getSheetName() + " password");
    } else if (s instanceof HSSFSheet h) {
      assertEquals(
          (short) CryptoFunctions.createXorVerifier1(MiniFillin.PASSWORD),
          h.getPassword(),
          s.getSheetName() + " password hash");
    }
  }

  private static void assertText(Sheet s, String a1, String expected) {
    Cell c = cell(s, a1);
    String where = s.getSheetName() + "!" + a1;
    assertEquals(CellType.STRING, c.getCellType(), where + " is text");
    assertEquals(expected, c.getStringCellValue(), where);
  }

  private static void assertNumber(Sheet s, String a1, double expected) {
    Cell c = cell(s, a1);
    String where = s.getSheetName() + "!" + a1;
    assertEquals(CellType.NUMERIC, c.getCellType(), where + " is a number");
    assertEquals(expected, c.getNumericCellValue(), 1e-9, where);
  }

  private static CellType type(Sheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = s.getRow(ref.getRow());
    Cell c = row == null ? null : row.getCell(ref.getCol());
    return c == null ? CellType.BLANK : c.getCellType();
  }

  private static Cell cell(Sheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = s.getRow(ref.getRow());
    assertNotNull(row, s.getSheetName() + "!" + a1 + " row exists");
    Cell c = row.getCell(ref.getCol());
    assertNotNull(c, s.getSheetName() + "!" + a1 + " exists");
    return c;
  }
}

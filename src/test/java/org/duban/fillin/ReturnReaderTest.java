package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.Round;
import org.duban.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnReaderTest {
  @TempDir Path dir;

  static final Map<String, Map<Field, Object>> VALUES = Map.of(
      "二.(一).1", Map.of(Field.ACTUAL, 12, Field.STATUS, "序时推进", Field.PROGRESS, "已立项12个", Field.ISSUES, "资金缺口"),
      "二.(一).2#1", Map.of(Field.ACTUAL, "1200家", Field.STATUS, "已完成"),
      "三.(二).1", Map.of(Field.PERCENT, 60, Field.STATUS, "滞后", Field.NEXT_STEPS, "加快推进"),
      "指标2", Map.of(Field.ACTUAL, 3.5, Field.GROWTH, 7.5, Field.STATUS, "序时推进"));
  static final Map<String, Object> FILER =
      Map.of("填报人", "李四", "联系电话", "0734-8888888", "填报日期", LocalDate.of(2025, 10, 8), "审核人", "王五");

  static Path filled(Path dir) throws Exception {
    Path template = dir.resolve("template.xlsx");
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, LocalDate.of(2025, 10, 10),
        Optional.empty(), template);
    Path out = dir.resolve("随便起的名字.xlsx");
    ReturnFiller.fill(template, out, VALUES, FILER);
    return out;
  }

  static RawRow row(RawReturn r, String itemId) {
    return r.rows().stream().filter(x -> x.itemId().equals(itemId)).findFirst().orElseThrow(() -> new AssertionError(itemId));
  }

  /** The values ReturnFiller put in come back at their item ids and cells. */
  static void assertFilledValues(RawReturn r) {
    assertEquals("市科技局", r.identity().unit());
    assertEquals("2025-09", r.identity().round());
    assertEquals(SamplePlans.small().id(), r.identity().planId());
    assertEquals(SamplePlans.small().fingerprint(), r.identity().fingerprint());
    assertEquals("1", r.identity().formatVersion());
    RawRow a = row(r, "二.(一).1");
    assertEquals("重点任务", a.sheet());
    assertEquals(4, a.row());
    assertEquals("二.(一).1", a.shownId());
    assertEquals(12.0, a.input(Field.ACTUAL).number());
    assertEquals("G4", a.input(Field.ACTUAL).ref());
    assertEquals("序时推进", a.input(Field.STATUS).text());
    assertEquals("已立项12个", a.input(Field.PROGRESS).text());
    assertEquals("资金缺口", a.input(Field.ISSUES).text());
    assertTrue(a.input(Field.NEXT_STEPS).isBlank());
    RawRow b = row(r, "二.(一).2#1");
    assertEquals(RawCell.Type.TEXT, b.input(Field.ACTUAL).type());
    assertEquals("1200家", b.input(Field.ACTUAL).text());
    assertEquals("已完成", b.input(Field.STATUS).text());
    RawRow c = row(r, "三.(二).1");
    assertEquals(60.0, c.input(Field.PERCENT).number());
    assertEquals("I7", c.input(Field.PERCENT).ref());
    assertEquals("滞后", c.input(Field.STATUS).text());
    RawRow g = row(r, "指标2");
    assertEquals("指标", g.sheet());
    assertEquals(7.5, g.input(Field.GROWTH).number());
    assertEquals(3.5, g.input(Field.ACTUAL).number());
    assertEquals(6, r.rows().stream().filter(x -> x.sheet().equals("重点任务") || x.sheet().equals("指标")).count(),
        "4 task rows + 2 indicator rows");
    assertEquals("李四", r.fields().get("填报人").text());
    assertEquals("0734-8888888", r.fields().get("联系电话").text());
    assertEquals("王五", r.fields().get("审核人").text());
    assertEquals("市科技局", r.fields().get("填报单位").text());
    RawCell date = r.fields().get("填报日期");
    assertEquals(RawCell.Type.NUMBER, date.type());
    assertTrue(date.dateStyled(), "填报日期 carries a date format");
    assertTrue(date.ref().matches("重点任务![A-Z]+2"), "a field's cell names its sheet: " + date.ref());
    assertEquals(LocalDate.of(2025, 10, 8), LocalDate.of(1899, 12, 30).plusDays((long) date.number()));
  }

  @Test
  void roundTripWriteFillRead() throws Exception {
    RawReturn r = ReturnReader.read(filled(dir));
    assertEquals("随便起的名字.xlsx", r.fileName());
    assertFilledValues(r);
    assertFalse(r.macroEnabled());
    assertTrue(r.readNotes().isEmpty(), r.readNotes().toString());
    assertEquals(List.of("填报说明", "重点任务", "指标", "_duban"), r.sheetNames());
  }

  @Test
  void hiddenInsteadOfVeryHiddenIsNoted() throws Exception {
    Path f = filled(dir);
    Path resaved = dir.resolve("resaved.xlsx");
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(resaved)) {
      wb.setSheetVisibility(wb.getSheetIndex("_duban"), SheetVisibility.HIDDEN);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(resaved);
    assertFilledValues(r);
    assertEquals(List.of(), r.readNotes(), "a merely hidden identity sheet is the normal resaved case, not a finding");
  }

  @Test
  void metadataSheetGoneIdentityFromPropertiesRowsFromHeaders() throws Exception {
    Path f = filled(dir);
    Path stripped = dir.resolve("stripped.xlsx");
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(stripped)) {
      wb.removeSheetAt(wb.getSheetIndex("_duban"));
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(stripped);
    assertEquals("市科技局", r.identity().unit());
    assertEquals("标识工作表缺失，已根据文档属性识别填报表", r.readNotes().get(0).message());
    assertEquals(12.0, row(r, "二.(一).1").input(Field.ACTUAL).number());
    assertEquals(7.5, row(r, "指标2").input(Field.GROWTH).number());
    assertEquals("李四", r.fields().get("填报人").text(), "filer found by its label");
  }

  @Test
  void propertiesDisagreeingWithTheHiddenSheetAreReported() throws Exception {
    Path f = filled(dir);
    Path edited = dir.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      var props = wb.getProperties().getCustomProperties();
      props.getUnderlyingProperties().getPropertyList().removeIf(p -> p.getName().equals("duban.unit"));
      props.addProperty("duban.unit", "市财政局");
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(edited);
    assertEquals("市科技局", r.identity().unit());
    assertEquals(Severity.WARNING, r.readNotes().get(0).severity());
    assertEquals("文档属性与标识工作表不一致（属性为 市财政局 2025-09，工作表为 市科技局 2025-09），已按标识工作表识别",
        r.readNotes().get(0).message());
  }

  @Test
  void rowInsertedAfterUnprotectingIsReadByItsNumber() throws Exception {
    Path f = filled(dir);
    Path edited = dir.resolve("inserted.xlsx");
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      var sh = wb.getSheet("重点任务");
      sh.protectSheet(null);
      sh.shiftRows(4, sh.getLastRowNum(), 1);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(edited);
    assertEquals(4, row(r, "二.(一).1").row());
    RawRow moved = row(r, "二.(一).2#1");
    assertEquals(6, moved.row());
    assertEquals("G6", moved.input(Field.ACTUAL).ref());
    assertEquals("1200家", moved.input(Field.ACTUAL).text());
    assertEquals(60.0, row(r, "三.(二).1").input(Field.PERCENT).number());
    assertTrue(r.readNotes().stream().anyMatch(p -> p.message().equals(
        "编号为“二.(一).2#1”的行已从第 5 行移到第 6 行，已按编号读取") && p.where().cell().equals("B6")), r.readNotes().toString());
  }

  @Test
  void rowDeletedAfterUnprotectingIsNotReadTwice() throws Exception {
    Path f = filled(dir);
    Path edited = dir.resolve("deleted.xlsx");
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(edited)) {
      var sh = wb.getSheet("重点任务");
      sh.protectSheet(null);
      sh.removeRow(sh.getRow(4));
      sh.shiftRows(5, sh.getLastRowNum(), -1);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(edited);
    assertTrue(r.rows().stream().noneMatch(x -> x.itemId().equals("二.(一).2#1")), r.rows().toString());
    assertEquals(5, row(r, "二.(一).2#2").row());
    assertEquals(6, row(r, "三.(二).1").row());
    assertEquals(60.0, row(r, "三.(二).1").input(Field.PERCENT).number());
    assertTrue(r.readNotes().stream().anyMatch(p -> p.message().equals("找不到编号为“二.(一).2#1”的行（可能已被删除）")),
        r.readNotes().toString());
  }

  /** A unit retyped the form in a new workbook: no metadata, headers in another row and order. */
  @Test
  void retypedFormWithoutMetadata() throws Exception {
    Path f = dir.resolve("retyped.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      writeRetyped(wb);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(f);
    assertNull(r.identity());
    assertEquals(2, r.rows().size(), r.rows().toString());
    RawRow a = row(r, "二.(一).1");
    assertEquals(5, a.row());
    assertEquals("E5", a.input(Field.ACTUAL).ref());
    assertEquals(15.0, a.input(Field.ACTUAL).number());
    assertEquals("序时推进", a.input(Field.STATUS).text());
    assertEquals("体系化布局重大科技攻关项目", a.shownText());
    assertEquals("赵六", r.fields().get("填报人").text());
    assertEquals("Sheet1!D2", r.fields().get("填报人").ref(), "found by its label, with its sheet");
    assertEquals(List.of("市科技局2025年9月重点任务进展", "填报单位：", "市科技局", "填报人", "赵六"), r.titles(),
        "the texts above the header, where a retyped form names its unit");
    assertEquals("市科技局", r.fields().get("填报单位").text());
  }

  @Test
  void legacyXlsRetypedIsRead() throws Exception {
    Path f = dir.resolve("retyped.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      writeRetyped(wb);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(f);
    assertNull(r.identity());
    assertEquals(15.0, row(r, "二.(一).1").input(Field.ACTUAL).number());
    assertEquals("E5", row(r, "二.(一).1").input(Field.ACTUAL).ref());
    assertEquals("赵六", r.fields().get("填报人").text());
  }

  /** Regression: HSSF let go of the directory before the properties were read, losing them. */
  @Test
  void legacyXlsWithoutHiddenSheetIsIdentifiedByItsDocumentProperties() throws Exception {
    Path f = dir.resolve("props.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      writeRetyped(wb);
      wb.createInformationProperties();
      org.apache.poi.hpsf.CustomProperties custom = new org.apache.poi.hpsf.CustomProperties();
      custom.put("duban.format", 1.0);
      custom.put("duban.planId", SamplePlans.small().id());
      custom.put("duban.round", "2025-09");
      custom.put("duban.unit", SamplePlans.KJJ);
      wb.getDocumentSummaryInformation().setCustomProperties(custom);
      wb.write(out);
    }
    RawReturn r = ReturnReader.read(f);
    assertEquals(SamplePlans.KJJ, r.identity().unit());
    assertEquals("2025-09", r.identity().round());
    assertEquals("1", r.identity().formatVersion(), "a decimal 1.0 reads as format 1");
    assertEquals(15.0, row(r, "二.(一).1").input(Field.ACTUAL).number());
  }

  /** Typing 100% into a General cell makes Excel store 1 with a percent format; both readers say so. */
  @Test
  void percentFormattedNumbersAreMarkedInXlsxAndXls() throws Exception {
    for (String name : List.of("pct.xlsx", "pct.xls")) {
      Path f = dir.resolve(name);
      try (Workbook wb = name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook();
          OutputStream out = Files.newOutputStream(f)) {
        Sheet sh = wb.createSheet("重点任务");
        Row h = sh.createRow(0);
        String[] headers = {"编号", "完成状态", "完成比例(%)", "累计完成值"};
        for (int i = 0; i < headers.length; i++) {
          h.createCell(i).setCellValue(headers[i]);
        }
        org.apache.poi.ss.usermodel.CellStyle builtIn = wb.createCellStyle();
        builtIn.setDataFormat((short) 9); // 0%
        org.apache.poi.ss.usermodel.CellStyle custom = wb.createCellStyle();
        custom.setDataFormat(wb.createDataFormat().getFormat("0.0%;[Red]-0.0%"));
        org.apache.poi.ss.usermodel.CellStyle literal = wb.createCellStyle();
        literal.setDataFormat(wb.createDataFormat().getFormat("0\"%\""));
        Row a = sh.createRow(1);
        a.createCell(0).setCellValue("二.(一).1");
        a.createCell(2).setCellValue(1);
        a.getCell(2).setCellStyle(builtIn);
        a.createCell(3).setCellValue(12);
        a.getCell(3).setCellStyle(literal);
        Row b = sh.createRow(2);
        b.createCell(0).setCellValue("三.(二).1");
        b.createCell(2).setCellValue(0.455);
        b.getCell(2).setCellStyle(custom);
        wb.write(out);
      }
      RawReturn r = ReturnReader.read(f);
      RawCell whole = row(r, "二.(一).1").input(Field.PERCENT);
      assertTrue(whole.percentStyled(), name + " C2 is 0%");
      assertEquals(1.0, whole.number(), name);
      assertTrue(row(r, "三.(二).1").input(Field.PERCENT).percentStyled(), name + " C3 is 0.0%");
      assertFalse(row(r, "二.(一).1").input(Field.ACTUAL).percentStyled(), name + " D2 shows a quoted %");
    }
  }

  /** A unit retyping the form names columns its own way; the usual names are understood. */
  @Test
  void retypedHeadersWithRemarksAndUsualSynonymsAreMatched() throws Exception {
    Path f = dir.resolve("自制表.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      Sheet sh = wb.createSheet("Sheet1");
      Row h = sh.createRow(0);
      String[] headers = {"任务编号", "工作任务", "累计完成值（万元）", "完成状态\n（请下拉选择）", "完成比例", "进展情况",
          "存在的问题", "下一步打算", "同比增长率"};
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      Row d = sh.createRow(1);
      d.createCell(0).setCellValue("二.(一).1");
      d.createCell(1).setCellValue("体系化布局重大科技攻关项目");
      d.createCell(2).setCellValue(15);
      wb.write(out);
    }
    RawRow r = ReturnReader.read(f).rows().get(0);
    assertEquals("二.(一).1", r.itemId());
    assertEquals("体系化布局重大科技攻关项目", r.shownText());
    Map<Field, String> columns = new java.util.EnumMap<>(Field.class);
    r.inputs().forEach((field, cell) -> columns.put(field, cell.ref()));
    assertEquals(Map.of(Field.ACTUAL, "C2", Field.STATUS, "D2", Field.PERCENT, "E2", Field.PROGRESS, "F2",
        Field.ISSUES, "G2", Field.NEXT_STEPS, "H2", Field.GROWTH, "I2"), columns);
  }

  private static void writeRetyped(Workbook wb) {
    Sheet sh = wb.createSheet("Sheet1");
    sh.createRow(0).createCell(0).setCellValue("市科技局2025年9月重点任务进展");
    Row r1 = sh.createRow(1);
    r1.createCell(0).setCellValue("填报单位：");
    r1.createCell(1).setCellValue("市科技局");
    r1.createCell(2).setCellValue("填报人");
    r1.createCell(3).setCellValue("赵六");
    Row h = sh.createRow(3);
    String[] headers = {"编号", "任务内容", "完成状态", "工作进展", "累计完成值"};
    for (int i = 0; i < headers.length; i++) {
      h.createCell(i).setCellValue(headers[i]);
    }
    Row d = sh.createRow(4);
    d.createCell(0).setCellValue("二.(一).1");
    d.createCell(1).setCellValue("体系化布局重大科技攻关项目");
    d.createCell(2).setCellValue("序时推进");
    d.createCell(4).setCellValue(15);
    sh.createRow(5); // an empty row is skipped
    Row e = sh.createRow(6);
    e.createCell(0).setCellValue("三.(二).1");
    e.createCell(2).setCellValue("滞后");
  }
}

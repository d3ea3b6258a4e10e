package org.duban.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.completion.Assessor;
import org.duban.completion.Fixtures;
import org.duban.completion.RoundAssessment;
import org.duban.completion.Thresholds;
import org.duban.model.Field;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
  static final Instant T1 = Instant.parse("2025-10-08T09:30:00Z");
  static final Instant T2 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  static RoundAssessment september(RoundData data) {
    return Assessor.assess(Fixtures.plan(), data, List.of(Fixtures.june()), Thresholds.DEFAULT, List.of());
  }

  static Path write(RoundAssessment a, Path out, Instant when) throws Exception {
    SummaryWriter.write(a, when, out);
    return out;
  }

  static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  static Cell cell(Sheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = s.getRow(ref.getRow());
    assertNotNull(row, s.getSheetName() + "!" + a1 + " row missing");
    Cell c = row.getCell(ref.getCol());
    assertNotNull(c, s.getSheetName() + "!" + a1 + " missing");
    return c;
  }

  static String rgb(Cell c) {
    XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
    return st.getFillForegroundXSSFColor() == null ? "" : st.getFillForegroundXSSFColor().getARGBHex();
  }

  @Test
  void sheetsHeadlinesAndLights() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("汇总表.xlsx"), T1))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("总体情况", "目标指标", "重点任务", "单位情况", "滞后预警", "趋势", "明细"), names);
      Sheet o = wb.getSheet("总体情况");
      assertEquals(0.75, cell(o, "B5").getNumericCellValue(), 1e-9, "总体情况!B5 序时进度");
      assertTrue(cell(o, "B5").getCellStyle().getDataFormatString().contains("%"), "总体情况!B5 % format");
      assertEquals(0.75, cell(o, "B6").getNumericCellValue(), 1e-9, "总体情况!B6 任务平均完成率");
      assertEquals(0.625, cell(o, "B7").getNumericCellValue(), 1e-9, "总体情况!B7 指标平均完成率");
      assertEquals("绿灯", cell(o, "A9").getStringCellValue());
      assertEquals(2, cell(o, "B9").getNumericCellValue(), "总体情况!B9 green count");
      assertEquals("红灯", cell(o, "A11").getStringCellValue());
      assertEquals(1, cell(o, "B11").getNumericCellValue(), "总体情况!B11 red count");
      assertEquals("FFC6EFCE", rgb(cell(o, "A9")), "总体情况!A9 green fill");
      assertEquals(7, cell(o, "B13").getNumericCellValue(), "总体情况!B13 units expected");
      assertEquals(4, cell(o, "B14").getNumericCellValue(), "总体情况!B14 units reported");
      assertEquals(a.bulletin(), cell(o, "A20").getStringCellValue(), "总体情况!A20 通报");
      assertEquals(2, ((XSSFSheet) o).getDrawingPatriarch().getCharts().size(), "lights and section charts");
      assertEquals(1, wb.getSheet("趋势").getDrawingPatriarch().getCharts().size(), "趋势 line chart");

      Sheet t = wb.getSheet("重点任务");
      assertEquals("一.1", cell(t, "A3").getStringCellValue());
      assertEquals(12, cell(t, "H3").getNumericCellValue(), "重点任务!H3 actual");
      assertEquals(1.2, cell(t, "I3").getNumericCellValue(), 1e-9, "重点任务!I3 uncapped");
      assertTrue(cell(t, "I3").getCellStyle().getDataFormatString().contains("%"), "重点任务!I3 % format");
      assertEquals("绿灯", cell(t, "K3").getStringCellValue());
      assertEquals("二.1", cell(t, "A5").getStringCellValue());
      assertEquals("红灯", cell(t, "K5").getStringCellValue());
      assertEquals(4, cell(t, "H5").getNumericCellValue(), "重点任务!H5 the reported growth rate");
      assertEquals("FFFFC7CE", rgb(cell(t, "K5")), "重点任务!K5 red fill");
      assertEquals("未评价", cell(t, "K6").getStringCellValue());
      assertEquals(CellType.BLANK, cell(t, "I6").getCellType(), "重点任务!I6 unknown is empty, not 0%");
      assertEquals("市科技局、市农业农村局", cell(t, "D4").getStringCellValue());
      Cell injected = cell(t, "M4");
      assertEquals(CellType.STRING, injected.getCellType(), "重点任务!M4 stays text");
      assertTrue(injected.getStringCellValue().startsWith("【市科技局】平台已挂牌\n【市农业农村局】=HYPERLINK"));
      assertEquals(new org.apache.poi.ss.util.CellRangeAddress(0, 1, -1, -1).formatAsString(),
          t.getRepeatingRows().formatAsString());
    }
  }

  @Test
  void goalsUnitsWarningsAndTrend() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("g.xlsx"), T1))) {
      Sheet g = wb.getSheet("目标指标");
      assertEquals("指标2", cell(g, "A4").getStringCellValue());
      assertEquals(9, cell(g, "F4").getNumericCellValue(), "目标指标!F4 sum of the units");
      assertEquals(0.45, cell(g, "G4").getNumericCellValue(), 1e-9, "目标指标!G4");
      assertEquals("黄灯", cell(g, "I4").getStringCellValue());
      assertEquals("　其中：甲区", cell(g, "B5").getStringCellValue());
      assertEquals(12, cell(g, "D5").getNumericCellValue(), "目标指标!D5 sub-target");
      assertEquals(0.75, cell(g, "G5").getNumericCellValue(), 1e-9, "目标指标!G5 own sub-target");
      assertEquals("未评价", cell(g, "I6").getStringCellValue(), "目标指标!I6 乙区 not reported");

      Sheet u = wb.getSheet("单位情况");
      assertEquals("甲区", cell(u, "B3").getStringCellValue());
      assertEquals(1, cell(u, "A3").getNumericCellValue(), "单位情况!A3 rank");
      assertEquals("按时报送", cell(u, "C3").getStringCellValue());
      assertEquals("未报送", cell(u, "C9").getStringCellValue());
      assertEquals(0.0, cell(u, "J9").getNumericCellValue(), "单位情况!J9 completeness");

      Sheet w = wb.getSheet("滞后预警");
      assertEquals("红灯", cell(w, "A3").getStringCellValue());
      assertEquals("二.1", cell(w, "C3").getStringCellValue());
      assertEquals("已过完成时限（2025年6月底前）仍未完成；填报状态为滞后；落后序时进度50个百分点",
          cell(w, "I3").getStringCellValue(), "滞后预警!I3 every reason, gravest first");
      assertEquals("指标2", cell(w, "C4").getStringCellValue());
      assertEquals(30, cell(w, "H4").getNumericCellValue(), 1e-9, "滞后预警!H4 points behind");

      Sheet t = wb.getSheet("趋势");
      assertEquals("2025年6月", cell(t, "A3").getStringCellValue());
      assertEquals(0.65, cell(t, "C3").getNumericCellValue(), 1e-9, "趋势!C3 June completion");
      assertEquals("2025年9月", cell(t, "A4").getStringCellValue());
      List<String> changes = new ArrayList<>();
      for (Row row : t) {
        Cell dir = row.getCell(4);
        if (dir != null && dir.getCellType() == CellType.STRING && row.getCell(0) != null) {
          changes.add(row.getCell(0).getStringCellValue() + ":" + dir.getStringCellValue());
        }
      }
      assertTrue(changes.contains("一.1:好转") && changes.contains("二.1:退步"), changes.toString());
    }
  }

  @Test
  void detailKeepsProvenanceAndFormulaLikeTextStaysText() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("s.xlsx"), T1))) {
      Sheet d = wb.getSheet("明细");
      int rows = 0;
      boolean found = false;
      for (Row row : d) {
        if (row.getRowNum() < 2) {
          continue;
        }
        rows++;
        String text = row.getCell(4).getStringCellValue();
        if (text.startsWith("=HYPERLINK")) {
          found = true;
          assertEquals(CellType.STRING, row.getCell(4).getCellType(), "明细!E" + (row.getRowNum() + 1));
          assertTrue(row.getCell(4).getCellStyle().getQuotePrefixed(), "quote prefix on formula-like text");
          assertEquals("市农业农村局", row.getCell(0).getStringCellValue());
          assertEquals("一.2", row.getCell(1).getStringCellValue());
          assertEquals("建设创新平台", row.getCell(2).getStringCellValue());
          assertEquals("工作进展", row.getCell(3).getStringCellValue());
          assertEquals("市农业农村局.xlsx", row.getCell(6).getStringCellValue());
          assertEquals("重点任务", row.getCell(7).getStringCellValue());
          UnitReturn r = Fixtures.september().returnOf("市农业农村局").orElseThrow();
          String expectedCell = r.value("一.2", Field.PROGRESS).orElseThrow().where().cell();
          assertEquals(expectedCell, row.getCell(8).getStringCellValue());
        }
      }
      int values = Fixtures.september().returns().stream().mapToInt(x -> x.values().size()).sum();
      assertEquals(values, rows, "one 明细 row per merged value");
      assertTrue(found, "the formula-like progress text is in 明细");
    }
  }

  @Test
  void longTextsShortenedOnThePageAndWholeInTheDetail() throws Exception {
    RoundData base = Fixtures.september();
    Round r = base.round();
    String longText = "推进".repeat(600) + "完";
    List<UnitReturn> returns = new ArrayList<>(base.returns());
    returns.removeIf(x -> x.unit().equals("市工信局"));
    returns.add(Fixtures.ret("市工信局").num("二.1", Field.GROWTH, "4")
        .text("二.1", Field.STATUS, "滞后").text("二.1", Field.PROGRESS, longText).build(r));
    RoundData data = new RoundData(r, "", null, returns, base.intake());
    try (XSSFWorkbook wb = open(write(september(data), dir.resolve("long.xlsx"), T1))) {
      String shown = cell(wb.getSheet("重点任务"), "M5").getStringCellValue();
      assertEquals(SummaryTasksSheet.TEXT_CHARS, shown.length(), "重点任务!M5 shortened");
      assertTrue(shown.endsWith("…"), "重点任务!M5 ends with …");
      boolean whole = false;
      for (Row row : wb.getSheet("明细")) {
        Cell c = row.getCell(4);
        whole |= c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(longText);
      }
      assertTrue(whole, "明细 keeps the whole text");
    }
  }

  @Test
  void deterministicCellsAndTimeOnlyInProperties() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    Path one = write(a, dir.resolve("one.xlsx"), T1);
    Path two = write(a, dir.resolve("two.xlsx"), T2);
    try (XSSFWorkbook w1 = open(one); XSSFWorkbook w2 = open(two)) {
      assertEquals(dump(w1), dump(w2));
      assertFalse(dump(w1).contains("2025-10-08"), "no generation time in cells");
      assertEquals(T1, w1.getProperties().getCoreProperties().getCreated().toInstant());
      assertEquals(T2, w2.getProperties().getCoreProperties().getCreated().toInstant());
    }
  }

  @Test
  void printSetup() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("p.xlsx"), T1))) {
      for (Sheet s : wb) {
        String n = s.getSheetName();
        assertTrue(s.getPrintSetup().getLandscape(), n + " landscape");
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), n + " A4");
        assertTrue(s.getFitToPage(), n + " fit to page");
        assertEquals(1, s.getPrintSetup().getFitWidth(), n + " one page wide");
        assertEquals(0, s.getPrintSetup().getFitHeight(), n + " as tall as needed");
        assertTrue(s.getHeader().getCenter().contains("测试市科技创新实施方案"), n + " header");
        assertTrue(s.getFooter().getCenter().contains("&P"), n + " page number");
      }
      assertEquals("1:2", wb.getSheet("明细").getRepeatingRows().formatAsString().replace("$", ""));
    }
  }

  /** Every cell of every sheet as sheet!A1=type:value, in order. */
  static String dump(XSSFWorkbook wb) {
    DataFormatter f = new DataFormatter();
    StringBuilder b = new StringBuilder();
    for (Sheet s : wb) {
      for (Row row : s) {
        for (Cell c : row) {
          b.append(s.getSheetName()).append('!').append(c.getAddress()).append('=')
              .append(c.getCellType()).append(':').append(f.formatCellValue(c)).append('\n');
        }
      }
    }
    return b.toString();
  }
}

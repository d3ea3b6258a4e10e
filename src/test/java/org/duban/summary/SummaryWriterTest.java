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
      assertEquals(2, cell(o, "B13").getNumericCellValue(), "总体情况!B13 goal indicators");
      assertEquals(7, cell(o, "B14").getNumericCellValue(), "总体情况!B14 units expected");
      assertEquals(4, cell(o, "B15").getNumericCellValue(), "总体情况!B15 units reported");
      assertEquals(a.bulletin(), cell(o, "A21").getStringCellValue(), "总体情况!A21 通报");
      assertEquals(List.of("BAR:总体情况!$B$9:$B$12", "BAR:总体情况!$C$27:$C$28|总体情况!$D$27:$D$28"),
          charts((XSSFSheet) o), "lights as counts; completion and 序时进度 by section");
      assertEquals("(一)科技攻关", cell(o, "A27").getStringCellValue());
      assertEquals(0.875, cell(o, "C27").getNumericCellValue(), 1e-9, "总体情况!C27 capped mean of 120%, 75%");
      assertEquals(0.5, cell(o, "C28").getNumericCellValue(), 1e-9, "总体情况!C28 二.1 at 50%, 二.2 unknown");
      assertEquals(List.of("LINE:趋势!$B$3:$B$4|趋势!$C$3:$C$4|趋势!$D$3:$D$4",
              "BAR:趋势!$E$3:$E$4|趋势!$F$3:$F$4|趋势!$G$3:$G$4|趋势!$H$3:$H$4"),
          charts(wb.getSheet("趋势")), "completion and lights by round");

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
      assertEquals("项目开工不足", cell(w, "J3").getStringCellValue(), "滞后预警!J3 the unit's own 存在问题");
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
        .text("二.1", Field.STATUS, "滞后").text("二.1", Field.PROGRESS, longText)
        .text("二.1", Field.ISSUES, longText).build(r));
    RoundData data = new RoundData(r, "", null, returns, base.intake());
    try (XSSFWorkbook wb = open(write(september(data), dir.resolve("long.xlsx"), T1))) {
      String shown = cell(wb.getSheet("重点任务"), "M5").getStringCellValue();
      assertEquals(SummaryTasksSheet.TEXT_CHARS, shown.length(), "重点任务!M5 shortened");
      assertTrue(shown.endsWith("…"), "重点任务!M5 ends with …");
      // 存在问题 is narrower: 300 characters would run past the tallest row and be cut off unseen.
      Sheet t = wb.getSheet("重点任务");
      String issues = cell(t, "N5").getStringCellValue();
      int width = t.getColumnWidth(13) / 256;
      assertTrue(issues.endsWith("…") && issues.length() < shown.length(), "重点任务!N5 shortened further: " + issues.length());
      assertTrue(org.duban.xlsx.TextFit.wrappedLines(issues, width) <= 25, "重点任务!N5 fits 25 lines of " + width);
      assertTrue(org.duban.xlsx.TextFit.wrappedLines(issues + "推进", width) > 24, "重点任务!N5 not shortened more than needed");
      assertTrue(t.getRow(4).getHeightInPoints() <= 409f, "row 5 within Excel's limit");
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
      for (String n : List.of("目标指标", "重点任务", "单位情况", "滞后预警", "明细")) {
        assertEquals("1:2", wb.getSheet(n).getRepeatingRows().formatAsString().replace("$", ""), n + " titles repeated");
      }
      Sheet trend = wb.getSheet("趋势");
      int header = trend.getRepeatingRows().getFirstRow();
      assertEquals("编号", trend.getRow(header).getCell(0).getStringCellValue(),
          "趋势 repeats the header of its per-task table, row " + (header + 1));
      assertEquals("本轮红黄绿灯", trend.getRow(header).getCell(4).getStringCellValue());
      for (Sheet s : wb) {
        assertTrue(s.getHeader().getCenter().contains("2025年9月"), s.getSheetName() + " header names the round");
        assertTrue(s.getFooter().getCenter().contains("&N"), s.getSheetName() + " page count");
      }
    }
  }

  @Test
  void everyPercentageIsARealNumberWithAPercentFormat() throws Exception {
    RoundAssessment a = september(Fixtures.september());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("pct.xlsx"), T1))) {
      String[][] columns = {
        {"目标指标", "完成率"}, {"目标指标", "序时进度"}, {"重点任务", "完成率"}, {"重点任务", "序时进度"},
        {"单位情况", "牵头任务平均完成率"}, {"单位情况", "填报完整度"}, {"滞后预警", "完成率"}, {"滞后预警", "序时进度"},
        {"趋势", "序时进度"}, {"趋势", "重点任务平均完成率"}, {"趋势", "目标指标平均完成率"}
      };
      for (String[] sc : columns) {
        Sheet s = wb.getSheet(sc[0]);
        int col = -1;
        for (Cell h : s.getRow(1)) {
          if (h.getStringCellValue().equals(sc[1])) {
            col = h.getColumnIndex();
          }
        }
        assertTrue(col >= 0, sc[0] + " has a column " + sc[1]);
        int numbers = 0;
        for (int r = 2; r <= s.getLastRowNum(); r++) {
          Cell c = s.getRow(r) == null ? null : s.getRow(r).getCell(col);
          if (c == null || c.getCellType() == CellType.BLANK) {
            continue;
          }
          if (s.getSheetName().equals("趋势") && c.getCellType() == CellType.STRING) {
            break; // the tables below the rounds
          }
          String where = sc[0] + "!" + c.getAddress();
          assertEquals(CellType.NUMERIC, c.getCellType(), where + " a number, not text");
          assertTrue(c.getCellStyle().getDataFormatString().contains("%"), where + " % format");
          numbers++;
        }
        assertTrue(numbers > 0, sc[0] + " " + sc[1] + " has values");
      }
    }
  }

  @Test
  void overviewStatesTheRuleItWasJudgedBy() throws Exception {
    RoundAssessment a = Assessor.assess(Fixtures.plan(), Fixtures.september(), List.of(Fixtures.june()),
        new Thresholds(5, 20), List.of());
    try (XSSFWorkbook wb = open(write(a, dir.resolve("rule.xlsx"), T1))) {
      Sheet o = wb.getSheet("总体情况");
      assertEquals("红黄绿灯规则", cell(o, "A23").getStringCellValue());
      String rule = cell(o, "A24").getStringCellValue();
      assertTrue(rule.startsWith("已完成，或落后序时进度不超过5个百分点的为绿灯；落后5至20个百分点的为黄灯；落后超过20个百分点"), rule);
      assertTrue(rule.contains("绿灯容差") && rule.contains("红灯差距"), "says where to change it: " + rule);
      assertTrue(o.getRow(20).getHeightInPoints() >= 2 * 16, "总体情况 row 21 holds the 通报's lines");
    }
  }

  @Test
  void aGroupWithNothingReportedHasNoBarLabel() throws Exception {
    RoundData base = Fixtures.september();
    List<UnitReturn> returns = new ArrayList<>(base.returns());
    returns.removeIf(r -> r.unit().equals("市工信局"));
    RoundAssessment a = september(new RoundData(base.round(), "", null, returns, base.intake()));
    try (XSSFWorkbook wb = open(write(a, dir.resolve("blank.xlsx"), T1))) {
      XSSFSheet o = wb.getSheet("总体情况");
      assertEquals(CellType.BLANK, cell(o, "C28").getCellType(), "总体情况!C28 (二) has no completion");
      var chart = o.getDrawingPatriarch().getCharts().get(1);
      var labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls();
      String xml = labels.xmlText();
      assertTrue(xml.matches("(?s).*<c:dLbl><c:idx val=\"1\"/><c:delete val=\"1\"/></c:dLbl>.*"),
          "the empty (二) bar is not labelled 0%: " + xml);
      assertFalse(xml.contains("<c:idx val=\"0\"/>"), "(一) keeps its label: " + xml);
    }
  }

  /** Each chart of a sheet as its type and the value range of each series. */
  static List<String> charts(XSSFSheet s) {
    List<String> out = new ArrayList<>();
    for (org.apache.poi.xssf.usermodel.XSSFChart c : s.getDrawingPatriarch().getCharts()) {
      for (org.apache.poi.xddf.usermodel.chart.XDDFChartData d : c.getChartSeries()) {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < d.getSeriesCount(); i++) {
          refs.add(d.getSeries(i).getValuesData().getDataRangeReference());
        }
        String type = d instanceof org.apache.poi.xddf.usermodel.chart.XDDFBarChartData ? "BAR" : "LINE";
        out.add(type + ":" + String.join("|", refs));
      }
    }
    return out;
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

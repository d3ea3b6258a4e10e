package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {
  static final Round ROUND = Round.parse("2025-09");
  static final LocalDate DUE = LocalDate.of(2025, 10, 10);

  @TempDir static Path dir;
  static Path file;
  static XSSFWorkbook wb;

  @BeforeAll
  static void write() throws Exception {
    file = dir.resolve("kjj.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, DUE, Optional.empty(), file);
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
  }

  static Cell cell(XSSFWorkbook w, String sheet, String a1) {
    CellAddress a = new CellAddress(a1);
    var row = w.getSheet(sheet).getRow(a.getRow());
    return row == null ? null : row.getCell(a.getColumn());
  }

  static String text(XSSFWorkbook w, String sheet, String a1) {
    Cell c = cell(w, sheet, a1);
    return c == null ? "" : c.toString();
  }

  @Test
  void sheetsAndVeryHiddenIdentity() {
    assertEquals("填报说明", wb.getSheetName(0));
    assertEquals("重点任务", wb.getSheetName(1));
    assertEquals("指标", wb.getSheetName(2));
    int meta = wb.getSheetIndex("_duban");
    assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(meta));
    assertEquals("1", text(wb, "_duban", "B1"), "_duban!B1 format");
    assertEquals(SamplePlans.small().id(), text(wb, "_duban", "B2"), "_duban!B2 plan id");
    assertEquals("2025-09", text(wb, "_duban", "B4"), "_duban!B4 round");
    assertEquals("市科技局", text(wb, "_duban", "B5"), "_duban!B5 unit");
    var custom = wb.getProperties().getCustomProperties();
    assertEquals("市科技局", custom.getProperty("duban.unit").getLpwstr());
    assertEquals("2025-09", custom.getProperty("duban.round").getLpwstr());
    assertEquals(SamplePlans.small().fingerprint(), custom.getProperty("duban.fingerprint").getLpwstr());
  }

  @Test
  void placeholdersReplacedAndRowsLaidOut() {
    assertTrue(text(wb, "重点任务", "A1").startsWith("衡阳市科技创新三年行动实施方案"), "重点任务!A1");
    assertTrue(text(wb, "重点任务", "A1").contains("2025年9月"), "重点任务!A1");
    assertEquals("市科技局", text(wb, "重点任务", "C2"));
    assertEquals("累计完成值", text(wb, "重点任务", "G3"));
    assertEquals("二.(一).1", text(wb, "重点任务", "B4"));
    assertEquals("牵头", text(wb, "重点任务", "D4"));
    assertEquals("统筹布局市重大科技计划项目 ≥10个（2025年）", text(wb, "重点任务", "E4"));
    assertEquals("二.(一).2#1", text(wb, "重点任务", "B5"));
    assertEquals("二.(一).2#2", text(wb, "重点任务", "B6"));
    assertEquals("三.(二).1", text(wb, "重点任务", "B7"));
    assertEquals("配合", text(wb, "重点任务", "D7"));
    assertEquals("2025年6月底前", text(wb, "重点任务", "F7"));
    assertEquals("", text(wb, "重点任务", "B8"), "no row after the last item");
    assertEquals("指标1", text(wb, "指标", "B4"));
    assertEquals("指标2", text(wb, "指标", "B5"));
    assertFalse(text(wb, "填报说明", "A3").contains("${"), "填报说明!A3 " + text(wb, "填报说明", "A3"));
    for (var row : wb.getSheet("重点任务")) {
      for (Cell c : row) {
        assertFalse(c.toString().contains("${"), "placeholder left at 重点任务!" + c.getAddress());
      }
    }
  }

  @Test
  void inputCellsUnlockedOthersLockedSheetsProtected() {
    for (String name : List.of("填报说明", "重点任务", "指标")) {
      assertTrue(wb.getSheet(name).getProtect(), name + " protected");
    }
    assertTrue(cell(wb, "重点任务", "C4").getCellStyle().getLocked(), "重点任务!C4 task text locked");
    assertTrue(cell(wb, "重点任务", "B4").getCellStyle().getLocked(), "重点任务!B4 id locked");
    assertFalse(cell(wb, "重点任务", "G4").getCellStyle().getLocked(), "重点任务!G4 actual unlocked");
    assertFalse(cell(wb, "重点任务", "H4").getCellStyle().getLocked(), "重点任务!H4 status unlocked");
    assertFalse(cell(wb, "重点任务", "J4").getCellStyle().getLocked(), "重点任务!J4 progress unlocked");
    // 完成比例 only where there is no number; 累计完成值 only where there is.
    assertTrue(cell(wb, "重点任务", "I4").getCellStyle().getLocked(), "重点任务!I4 percent n/a");
    assertFalse(cell(wb, "重点任务", "I7").getCellStyle().getLocked(), "重点任务!I7 percent input");
    assertTrue(cell(wb, "重点任务", "G7").getCellStyle().getLocked(), "重点任务!G7 actual n/a");
    // 同比增长 only on the growth indicator.
    assertTrue(cell(wb, "指标", "G4").getCellStyle().getLocked(), "指标!G4 growth n/a");
    assertFalse(cell(wb, "指标", "G5").getCellStyle().getLocked(), "指标!G5 growth input");
    assertFalse(cell(wb, "重点任务", "E2").getCellStyle().getLocked(), "重点任务!E2 填报人 unlocked");
    assertEquals("填报人", text(wb, "重点任务", "D2"));
    assertTrue(wb.isStructureLocked());
  }

  @Test
  void validationsWithPromptsOnEveryInputColumn() {
    XSSFSheet sh = wb.getSheet("重点任务");
    List<? extends DataValidation> dvs = sh.getDataValidations();
    DataValidation status = find(dvs, "H4");
    assertNotNull(status, "validation on 重点任务!H4");
    assertEquals(ValidationType.LIST, status.getValidationConstraint().getValidationType());
    assertEquals(List.of("已完成", "序时推进", "滞后", "未启动"),
        List.of(status.getValidationConstraint().getExplicitListValues()));
    assertTrue(covers(status, "H7"), "status list reaches 重点任务!H7");
    for (String a1 : List.of("G4", "H4", "I4", "J4", "K4", "L4", "E2", "G2", "I2", "K2")) {
      DataValidation v = find(dvs, a1);
      assertNotNull(v, "validation on 重点任务!" + a1);
      assertTrue(v.getShowPromptBox(), "prompt shown on 重点任务!" + a1);
      assertFalse(v.getPromptBoxText().isBlank(), "prompt text on 重点任务!" + a1);
    }
    DataValidation actual = find(dvs, "G5");
    assertEquals(ValidationType.DECIMAL, actual.getValidationConstraint().getValidationType());
    // Growth targets report a rate in 累计完成值, and a rate may be negative.
    assertEquals("-100", actual.getValidationConstraint().getFormula1());
    assertTrue(actual.getPromptBoxText().contains("负数"), actual.getPromptBoxText());
    DataValidation percent = find(dvs, "I7");
    assertEquals("100", percent.getValidationConstraint().getFormula2());
    assertEquals(ValidationType.TEXT_LENGTH, find(dvs, "J5").getValidationConstraint().getValidationType());
    assertNotNull(find(wb.getSheet("指标").getDataValidations(), "H5"), "status on 指标!H5");
  }

  @Test
  void growthRowAcceptsANegativeRate() {
    XSSFSheet sh = wb.getSheet("重点任务");
    // The growth target's row: the row whose 量化目标 text speaks of 增长.
    String g = null;
    for (var row : sh) {
      for (Cell c : row) {
        if (row.getRowNum() >= 3 && g == null && c.toString().contains("增长")
            && FormFormat.COL_TARGET.equals(sh.getRow(2).getCell(c.getColumnIndex()).toString())) {
          g = "G" + (row.getRowNum() + 1);
        }
      }
    }
    assertNotNull(g, "a growth target on 重点任务");
    DataValidation v = find(sh.getDataValidations(), g);
    assertNotNull(v, "validation on 重点任务!" + g);
    assertEquals(ValidationType.DECIMAL, v.getValidationConstraint().getValidationType());
    assertTrue(new BigDecimal(v.getValidationConstraint().getFormula1()).compareTo(new BigDecimal("-5")) <= 0,
        "a fall of 5% can be entered on 重点任务!" + g);
  }

  static DataValidation find(List<? extends DataValidation> dvs, String a1) {
    for (DataValidation v : dvs) {
      if (covers(v, a1)) {
        return v;
      }
    }
    return null;
  }

  static boolean covers(DataValidation v, String a1) {
    CellAddress a = new CellAddress(a1);
    for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
      if (r.isInRange(a)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void printSetupFrozenHeaderAndRowHeights() {
    XSSFSheet sh = wb.getSheet("重点任务");
    assertTrue(sh.getPrintSetup().getLandscape());
    assertEquals(9, sh.getPrintSetup().getPaperSize(), "A4");
    assertEquals(1, sh.getPrintSetup().getFitWidth());
    assertEquals(0, sh.getPrintSetup().getFitHeight());
    assertTrue(sh.getFitToPage());
    assertEquals(CellRangeAddress.valueOf("1:3").formatAsString(), sh.getRepeatingRows().formatAsString());
    assertEquals(3, sh.getPaneInformation().getHorizontalSplitPosition());
    float longRow = sh.getRow(3).getHeightInPoints();
    float shortRow = sh.getRow(6).getHeightInPoints();
    assertTrue(longRow > 80, "row 4 holds a long text, height " + longRow);
    assertTrue(shortRow < longRow, "row 7 is short, height " + shortRow);
    assertTrue(sh.getRow(3).getCell(2).getCellStyle().getWrapText(), "重点任务!C4 wraps");
    String font = wb.getFontAt(sh.getRow(3).getCell(2).getCellStyle().getFontIndex()).getFontName();
    assertEquals("宋体", font);
    XSSFSheet ind = wb.getSheet("指标");
    assertEquals(3, ind.getPaneInformation().getHorizontalSplitPosition(), "指标 frozen under its header");
    assertEquals("1:3", ind.getRepeatingRows().formatAsString(), "指标 repeats its title rows");
    assertTrue(ind.getPrintSetup().getLandscape() && ind.getPrintSetup().getFitWidth() == 1, "指标 landscape, one page wide");
    assertTrue(wb.getSheet("填报说明").getPrintSetup().getLandscape(), "填报说明 landscape");
  }

  @Test
  void inputCellsAreTintedAndTheRestIsNot() {
    for (String a1 : List.of("G4", "H4", "J4", "E2", "I7")) {
      var fill = (org.apache.poi.xssf.usermodel.XSSFColor) cell(wb, "重点任务", a1).getCellStyle().getFillForegroundColorColor();
      assertNotNull(fill, "重点任务!" + a1 + " input tinted");
      assertEquals("FFFFF2CC", fill.getARGBHex(), "重点任务!" + a1 + " tint");
    }
    for (String a1 : List.of("C4", "B4", "I4", "G7")) {
      var fill = (org.apache.poi.xssf.usermodel.XSSFColor) cell(wb, "重点任务", a1).getCellStyle().getFillForegroundColorColor();
      assertFalse(fill != null && "FFFFF2CC".equals(fill.getARGBHex()), "重点任务!" + a1 + " is locked and not tinted like an input");
    }
  }

  @Test
  void prefillsLastRoundMarkedAsSuch() throws Exception {
    Location at = Location.ofCell("old.xlsx", "重点任务", "G4");
    UnitReturn last = new UnitReturn(SamplePlans.KJJ, ROUND.previous(), "old.xlsx", Filer.UNKNOWN, List.of(
        new ReportedValue("二.(一).1", Field.ACTUAL, "8", new BigDecimal("8"), at),
        new ReportedValue("二.(一).1", Field.STATUS, "序时推进", null, at),
        new ReportedValue("二.(一).1", Field.PROGRESS, "已立项8个", null, at)), List.of());
    Path out = dir.resolve("prefilled.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, DUE, Optional.of(last), out);
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook w = new XSSFWorkbook(in)) {
      assertEquals(8.0, cell(w, "重点任务", "G4").getNumericCellValue(), "重点任务!G4");
      assertEquals("序时推进", text(w, "重点任务", "H4"));
      assertEquals("已立项8个", text(w, "重点任务", "J4"));
      assertFalse(cell(w, "重点任务", "G4").getCellStyle().getLocked(), "prefilled 重点任务!G4 still an input");
      assertTrue(w.getFontAt(cell(w, "重点任务", "G4").getCellStyle().getFontIndex()).getItalic(), "grey italic");
      assertTrue(text(w, "重点任务", "M4").contains("已预填上期"), "重点任务!M4: " + text(w, "重点任务", "M4"));
      assertTrue(text(w, "重点任务", "M4").contains("累计完成值 8"), "重点任务!M4: " + text(w, "重点任务", "M4"));
      assertEquals("", text(w, "重点任务", "M5"), "nothing last round for 重点任务!M5");
      assertEquals("", text(w, "重点任务", "G5"));
    }
  }

  @Test
  void sameInputsSameBytes() throws Exception {
    Path again = dir.resolve("again.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, DUE, Optional.empty(), again);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
  }

  @Test
  void unitWithoutIndicatorsGetsAnEmptyNote() throws Exception {
    Path out = dir.resolve("park.xlsx");
    Plan plan = SamplePlans.small();
    TemplateWriter.write(plan, ROUND, SamplePlans.PARK, null, Optional.empty(), out);
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook w = new XSSFWorkbook(in)) {
      assertEquals("（本单位本轮无此项填报内容）", text(w, "重点任务", "A4"));
      assertEquals("指标1@临湘高新区", text(w, "指标", "B4"));
      assertTrue(text(w, "填报说明", "A4").contains("另行通知"), "填报说明!A4 " + text(w, "填报说明", "A4"));
    }
  }
}

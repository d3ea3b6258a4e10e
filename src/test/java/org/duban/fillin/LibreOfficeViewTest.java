package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.office.OfficeFill;
import org.duban.office.OfficeInspect;
import org.duban.office.OfficeSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-client tests that ask LibreOffice itself (over UNO, {@code office_inspect.py}) what it
 * sees in our workbooks, and that fill them through LibreOffice as a unit would.
 */
class LibreOfficeViewTest {
  static final List<String> STATUS = List.of("已完成", "序时推进", "滞后", "未启动");
  static final Round ROUND = Round.parse("2025-09");

  @TempDir Path dir;

  @Test
  void libreOfficeSeesLockedCellsTintedInputsWithPromptsAndTheDropdownOnEveryWorkbook() throws Exception {
    OfficeSuite.require(dir);
    List<OfficeInspect.View> views = OfficeInspect.inspect(
        List.of("重点任务!B4", "重点任务!C4", "重点任务!G4", "重点任务!H4", "重点任务!I4", "重点任务!I7", "指标!B4", "指标!H4"),
        generated(dir));
    List<String> units = GENERATED_UNITS;
    assertEquals(4, views.size(), "LibreOffice opened every workbook");
    for (int i = 0; i < views.size(); i++) {
      OfficeInspect.View v = views.get(i);
      String f = v.file().getFileName() + ": ";
      assertEquals(units.get(i), v.properties().get("duban.unit"), f + "duban.unit as LibreOffice reads it");
      assertEquals("2025-09", v.properties().get("duban.round"), f + "duban.round");
      assertEquals(SamplePlans.small().id(), v.properties().get("duban.planId"), f + "duban.planId");
      for (String sheet : List.of("填报说明", "重点任务", "指标")) {
        Map<String, String> s = v.sheet(sheet);
        assertEquals("1", s.get("visible"), f + sheet + " visible");
        assertEquals("1", s.get("protected"), f + sheet + " protected");
        assertEquals("1", s.get("landscape"), f + sheet + " landscape");
        assertEquals("1", s.get("pagesWide"), f + sheet + " fit to one page wide");
        assertEquals("0", s.get("pagesTall"), f + sheet + " as many pages tall as needed");
        assertA4Landscape(s.get("paper"), f + sheet);
      }
      assertEquals("1-3", v.sheet("重点任务").get("titleRows"), f + "重点任务 repeats rows 1-3 on every page");
      assertEquals("1-3", v.sheet("指标").get("titleRows"), f + "指标 repeats rows 1-3 on every page");
      assertEquals("0", v.sheet("_duban").get("visible"), f + "_duban not shown");
      assertEquals("1", v.cell("重点任务!C4").get("locked"), f + "重点任务!C4 (task text) locked");
      assertEquals("1", v.cell("重点任务!B4").get("locked"), f + "重点任务!B4 (编号) locked");
      assertEquals("1", v.cell("指标!B4").get("locked"), f + "指标!B4 (编号) locked");
      assertEquals("0", v.cell("指标!H4").get("locked"), f + "指标!H4 status is an input");
      assertEquals(String.join("|", STATUS), v.cell("指标!H4").get("list"), f + "指标!H4 dropdown choices");
      if (!units.get(i).equals(SamplePlans.PARK)) {
        assertEquals("0", v.cell("重点任务!G4").get("locked"), f + "重点任务!G4 累计完成值 unlocked");
        assertEquals("0", v.cell("重点任务!H4").get("locked"), f + "重点任务!H4 完成状态 unlocked");
        assertEquals("LIST", v.cell("重点任务!H4").get("validation"), f + "重点任务!H4");
        assertEquals(String.join("|", STATUS), v.cell("重点任务!H4").get("list"), f + "重点任务!H4 dropdown choices");
      }
      if (units.get(i).equals(SamplePlans.KJJ)) {
        assertEquals("0", v.cell("重点任务!I7").get("locked"), f + "重点任务!I7 完成比例 of the task without a number");
        assertEquals("1", v.cell("重点任务!I4").get("locked"), f + "重点任务!I4 完成比例 n/a where there is a number");
      }
      for (OfficeInspect.Input in : v.inputs()) {
        assertValidated(f, in);
      }
      assertSameInputs(v);
    }
  }

  /** Units of {@link #generated}, in order. */
  static final List<String> GENERATED_UNITS = List.of(SamplePlans.KJJ, SamplePlans.CZJ, SamplePlans.PARK, SamplePlans.KJJ);

  /**
   * Workbooks of three units with different rows (lead and cooperating tasks, indicators only),
   * and one written by the POI usermodel path that restyled masters take.
   */
  static Path[] generated(Path dir) throws Exception {
    Path kjj = dir.resolve("kjj.xlsx");
    Path czj = dir.resolve("czj.xlsx");
    Path park = dir.resolve("park.xlsx");
    Path poi = dir.resolve("poi.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, LocalDate.of(2025, 10, 10), Optional.empty(), kjj);
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.CZJ, null, Optional.empty(), czj);
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.PARK, null, Optional.empty(), park);
    TemplateWriter.writeWithPoi(Masters.bundled(MasterLayouts.FILL_IN),
        FormContext.of(SamplePlans.small(), ROUND, SamplePlans.KJJ, null, Optional.empty()), poi);
    return new Path[] {kjj, czj, park, poi};
  }

  /** Every unlocked range has the check its column needs, an input prompt, and the tint. */
  private static void assertValidated(String f, OfficeInspect.Input in) {
    String what = f + in;
    assertEquals("1", in.get("prompt"), what + ": input prompt shown");
    assertFalse(in.get("message").isBlank(), what + ": prompt text");
    assertFalse(in.get("color").isEmpty() || in.get("color").equals("FFFFFF"), what + ": tinted");
    assertFalse(in.get("font").isBlank(), what + ": font set");
    String title = in.get("title");
    switch (title) {
      case "累计完成值" -> assertEquals("DECIMAL/GREATER_EQUAL/-100", rule(in), what);
      case "完成比例(%)" -> assertEquals("DECIMAL/BETWEEN/0/100", rule(in) + "/" + in.get("formula2"), what);
      case "同比增长(%)" -> assertEquals("DECIMAL", in.get("validation"), what);
      case "完成状态" -> assertEquals(String.join("|", STATUS), in.get("list"), what);
      case "工作进展", "存在问题", "下步打算" -> assertEquals("TEXT_LEN/LESS_EQUAL/2000", rule(in), what);
      case "填报人", "联系电话", "审核人" -> assertEquals("TEXT_LEN/BETWEEN/1", rule(in), what);
      case "填报日期" -> assertEquals("DATE", in.get("validation"), what);
      default -> throw new AssertionError(what + ": an input cell with an unexpected check");
    }
  }

  private static String rule(OfficeInspect.Input in) {
    return in.get("validation") + "/" + in.get("operator") + "/" + in.get("formula1");
  }

  /** LibreOffice and POI agree cell by cell on which cells a unit can type into. */
  private static void assertSameInputs(OfficeInspect.View v) throws Exception {
    List<String> poiInputs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(v.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        if (wb.getSheetVisibility(s) != SheetVisibility.VISIBLE) {
          continue;
        }
        XSSFSheet sh = wb.getSheetAt(s);
        for (Row r : sh) {
          for (Cell c : r) {
            if (!c.getCellStyle().getLocked()) {
              String ref = sh.getSheetName() + "!" + c.getAddress().formatAsString();
              poiInputs.add(ref);
              assertNotNull(v.inputAt(ref), v.file().getFileName() + ": LibreOffice sees " + ref + " locked");
            }
          }
        }
      }
    }
    int cells = v.inputs().stream()
        .mapToInt(i -> (i.lastRow() - i.firstRow() + 1) * (i.lastCol() - i.firstCol() + 1)).sum();
    assertEquals(poiInputs.size(), cells, v.file().getFileName() + ": no cell LibreOffice sees unlocked is locked for POI");
  }

  private static void assertA4Landscape(String paper, String what) {
    String[] wh = paper.split("x");
    // 1/100 mm; LibreOffice rounds A4 to 29700 x 21001.
    assertTrue(Math.abs(Integer.parseInt(wh[0]) - 29700) <= 5 && Math.abs(Integer.parseInt(wh[1]) - 21000) <= 5,
        what + ": A4 landscape, not " + paper);
  }

  @Test
  void filledThroughLibreOfficeAndSavedAsXlsxAndAsXlsIsRecognisedAndReadBack() throws Exception {
    OfficeSuite.require(dir);
    Path template = dir.resolve("template.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, LocalDate.of(2025, 10, 10), Optional.empty(),
        template);
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    ReturnReaderTest.VALUES.forEach((id, fields) -> {
      Map<String, Object> byHeader = new LinkedHashMap<>();
      fields.forEach((field, value) -> byHeader.put(field.header(), value));
      items.put(id, byHeader);
    });
    Map<String, Object> filer = new LinkedHashMap<>(ReturnReaderTest.FILER);
    Path xlsx = dir.resolve("经LibreOffice填报.xlsx");
    Path xls = dir.resolve("经LibreOffice填报.xls");
    OfficeFill.fill(template, xlsx, items, filer, "xlsx");
    OfficeFill.fill(template, xls, items, filer, "xls");
    for (Path p : List.of(xlsx, xls)) {
      RawReturn r = ReturnReader.read(p);
      ReturnReaderTest.assertFilledValues(r);
      assertEquals(p.getFileName().toString(), r.fileName());
    }
    for (OfficeInspect.View v : OfficeInspect.inspect(List.of("重点任务!C4", "重点任务!G4", "重点任务!H5"), xlsx, xls)) {
      String f = v.file().getFileName() + ": ";
      assertEquals("1", v.sheet("重点任务").get("protected"), f + "重点任务 still protected");
      assertEquals("1", v.cell("重点任务!C4").get("locked"), f + "重点任务!C4 still locked");
      assertEquals("0", v.cell("重点任务!G4").get("locked"), f + "重点任务!G4 still an input");
      assertEquals("12", v.cell("重点任务!G4").get("text"), f + "重点任务!G4 as typed");
      assertEquals(String.join("|", STATUS), v.cell("重点任务!H5").get("list"), f + "dropdown kept on 重点任务!H5");
      assertEquals("0", v.sheet("_duban").get("visible"), f + "_duban still out of sight");
      assertEquals(SamplePlans.KJJ, v.properties().get("duban.unit"), f + "duban.unit kept");
    }
  }

  @Test
  void identityInIntegerPropertiesComesBackAsDecimalsAndIsStillRead() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path template = dir.resolve("2025.xlsx");
    Round annual = Round.parse("2025");
    TemplateWriter.write(SamplePlans.small(), annual, SamplePlans.KJJ, null, Optional.empty(), template);
    // A unit that copied the visible sheets into a fresh file keeps no hidden sheet; an office
    // suite or a clerk may have stored the identity's integers as numbers.
    Path numeric = dir.resolve("numeric.xlsx");
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(numeric)) {
      wb.removeSheetAt(wb.getSheetIndex("_duban"));
      var custom = wb.getProperties().getCustomProperties();
      custom.getUnderlyingProperties().getPropertyList().removeIf(
          p -> p.getName().equals("duban.format") || p.getName().equals("duban.round"));
      custom.addProperty("duban.format", 1);
      custom.addProperty("duban.round", 2025);
      wb.write(out);
    }
    Path xlsx = office.convert("xlsx:Calc MS Excel 2007 XML", dir.resolve("lo"), numeric).get(0);
    Path xls = office.convert("xls:MS Excel 97", dir.resolve("lo"), numeric).get(0);
    String custom = zipEntry(xlsx, "docProps/custom.xml");
    assertTrue(custom.contains("<vt:r8>2025</vt:r8>"), "LibreOffice stores the integer as a decimal: " + custom);
    for (Path p : List.of(xlsx, xls)) {
      RawReturn r = ReturnReader.read(p);
      assertNotNull(r.identity(), p.getFileName() + ": identity from the document properties");
      assertEquals("2025", r.identity().round(), p.getFileName() + ": round 2025, not 2025.0");
      assertEquals("1", r.identity().formatVersion(), p.getFileName() + ": format 1, not 1.0");
      assertEquals(SamplePlans.KJJ, r.identity().unit());
      assertTrue(r.readNotes().stream().anyMatch(n -> n.message().equals("标识工作表缺失，已根据文档属性识别填报表")),
          p.getFileName() + ": " + r.readNotes());
      assertEquals("二.(一).1", ReturnReaderTest.row(r, "二.(一).1").shownId(), p.getFileName() + ": rows by their 编号");
    }
  }

  @Test
  void printsWholeRowsAcrossOnePageWideWithTheChineseText() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path kjj = dir.resolve("kjj.xlsx");
    TemplateWriter.write(SamplePlans.small(), ROUND, SamplePlans.KJJ, LocalDate.of(2025, 10, 10), Optional.empty(), kjj);
    Path pdf = office.toPdf(dir.resolve("pdf"), kjj).get(0);
    Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext (poppler-utils) failed: " + text);
    List<String> pages = List.of(text.split("\f"));
    String tasks = pages.stream().filter(s -> s.contains("重点任务推进情况表")).findFirst()
        .orElseThrow(() -> new AssertionError("no page with the 重点任务 title: " + text));
    for (String header : List.of("序号", "任务内容", "累计完成值", "完成状态", "下步打算", "上期填报")) {
      assertTrue(tasks.replace(" ", "").contains(header), "重点任务 page 1 shows column " + header + " (fit to width)");
    }
    assertTrue(tasks.contains("市科技局"), "unit name rendered as text");
    // The long task text of row 4 wraps inside its row instead of being clipped to one line.
    assertTrue(tasks.replace(" ", "").contains("很长的任务文字很长"), "wrapped task text printed");
    assertNotEquals(-1, text.indexOf("填报说明"), "the instructions sheet prints too");
  }

  static String zipEntry(Path zip, String name) throws Exception {
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      var e = z.getEntry(name);
      assertNotNull(e, name + " in " + zip);
      return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

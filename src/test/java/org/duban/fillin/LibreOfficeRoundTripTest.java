package org.duban.fillin;

import org.duban.office.OfficeSuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-client tests: what LibreOffice does to our workbooks, and that we still read them. */
class LibreOfficeRoundTripTest {
  @TempDir Path dir;

  @Test
  void everyGeneratedWorkbookOpensAndKeepsItsIdentity() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    List<Path> saved = office.convert("xlsx:Calc MS Excel 2007 XML", dir.resolve("lo"), LibreOfficeViewTest.generated(dir));
    List<String> units = LibreOfficeViewTest.GENERATED_UNITS;
    for (int i = 0; i < saved.size(); i++) {
      RawReturn r = ReturnReader.read(saved.get(i));
      assertEquals(units.get(i), r.identity().unit(), saved.get(i).toString());
      assertEquals("2025-09", r.identity().round());
    }
  }

  @Test
  void filledThenSavedAsXlsxIsReadBackAndKeepsProtectionAndDropdown() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path filled = ReturnReaderTest.filled(dir);
    Path saved = office.convert("xlsx:Calc MS Excel 2007 XML", dir.resolve("lo"), filled).get(0);
    RawReturn r = ReturnReader.read(saved);
    ReturnReaderTest.assertFilledValues(r);
    assertEquals(List.of(), r.readNotes(), "recognised as it is, without a finding");
    try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN,
          wb.getSheetVisibility(wb.getSheetIndex(FormFormat.SHEET_META)), "LibreOffice turns very hidden into hidden");
      XSSFSheet sh = wb.getSheet("重点任务");
      assertTrue(sh.getProtect(), "重点任务 still protected");
      // Known LibreOffice behaviour: the workbook-structure lock does not survive; nothing relies on it.
      assertFalse(wb.isStructureLocked(), "LibreOffice dropped the structure lock");
      assertTrue(TemplateWriterTest.cell(wb, "重点任务", "C4").getCellStyle().getLocked(), "重点任务!C4 locked");
      assertTrue(TemplateWriterTest.cell(wb, "重点任务", "B5").getCellStyle().getLocked(), "重点任务!B5 locked");
      assertFalse(TemplateWriterTest.cell(wb, "重点任务", "G4").getCellStyle().getLocked(), "重点任务!G4 unlocked");
      assertFalse(TemplateWriterTest.cell(wb, "重点任务", "H6").getCellStyle().getLocked(), "重点任务!H6 unlocked");
      DataValidation status = TemplateWriterTest.find(sh.getDataValidations(), "H6");
      assertNotNull(status, "dropdown still on 重点任务!H6");
      assertEquals(ValidationType.LIST, status.getValidationConstraint().getValidationType());
      String choices = String.join(",", status.getValidationConstraint().getExplicitListValues());
      assertEquals("已完成,序时推进,滞后,未启动", choices.replace("\"", ""));
      assertTrue(sh.getPrintSetup().getLandscape(), "landscape kept");
      assertEquals(1, sh.getPrintSetup().getFitWidth(), "fit to one page wide kept");
      assertTrue(sh.getRow(3).getHeightInPoints() > 80, "explicit height of the long row kept");
    }
  }

  /**
   * Saved by LibreOffice, then its identity lost (the visible sheets copied into a new workbook
   * keep cells and headers but neither the hidden sheet nor the properties): collect still
   * recognises the unit from its 填报单位 cell, with a warning, and reads the values by header.
   */
  @Test
  void aLibreOfficeSavedReturnThatLostItsIdentityIsRecognisedWithAWarning() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path filled = ReturnReaderTest.filled(dir);
    Path saved = office.convert("xlsx:Calc MS Excel 2007 XML", dir.resolve("lo"), filled).get(0);
    Path stripped = dir.resolve("重新录入.xlsx");
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(saved.toFile());
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(stripped))) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
        if (e.getName().equals("docProps/custom.xml")) {
          continue;
        }
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("xl/workbook.xml")) {
          String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
          String without = xml.replaceAll("<sheet [^>]*name=\"" + FormFormat.SHEET_META + "\"[^>]*/>", "");
          assertNotEquals(xml, without, "the hidden sheet is listed in xl/workbook.xml");
          bytes = without.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    RawReturn r = ReturnReader.read(stripped);
    assertNull(r.identity(), "no identity left");
    org.duban.model.Plan plan = SamplePlans.small();
    org.duban.intake.Validation v = new org.duban.intake.ReturnValidator(plan, Round.parse("2025-09"),
        org.duban.names.UnitDirectory.of(plan.units())).validate(r);
    assertEquals(SamplePlans.KJJ, v.unit());
    assertTrue(v.problems().stream().anyMatch(p -> p.message().startsWith(
        "文件中的识别信息缺失（可能是重新录入或另存的表格），已按表头和填报单位“市科技局”认定为“市科技局”")), v.problems()::toString);
    assertEquals(0, new java.math.BigDecimal(12).compareTo(
        v.unitReturn().number("二.(一).1", org.duban.model.Field.ACTUAL).orElseThrow()));
    assertEquals("滞后", v.unitReturn().text("三.(二).1", org.duban.model.Field.STATUS).orElseThrow());
  }
}

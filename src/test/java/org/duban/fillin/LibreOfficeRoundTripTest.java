package org.duban.fillin;

import org.duban.office.OfficeSuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    assertEquals("隐藏的标识工作表已变为普通隐藏（文件经 WPS/LibreOffice 另存过），已正常识别",
        r.readNotes().get(0).message(), "LibreOffice turns very hidden into hidden");
    try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
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
}

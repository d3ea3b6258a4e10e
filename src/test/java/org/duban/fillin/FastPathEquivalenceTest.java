package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.Location;
import org.duban.model.RawReturn;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part-level writer and the POI writer give the same workbook by meaning, cell by cell. */
class FastPathEquivalenceTest {
  @TempDir Path dir;

  @Test
  void sameCellsStylesLocksValidationsAndIdentity() throws Exception {
    UnitReturn last = new UnitReturn(SamplePlans.KJJ, Round.parse("2025-08"), "old.xlsx", Filer.UNKNOWN, List.of(
        new ReportedValue("指标2", Field.GROWTH, "6.5", new BigDecimal("6.5"), Location.NONE),
        new ReportedValue("三.(二).1", Field.ISSUES, "人手不足 & <缺口>", null, Location.NONE),
        new ReportedValue("三.(二).1", Field.PROGRESS, "长".repeat(40000), null, Location.NONE)), List.of());
    FormContext ctx = FormContext.of(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ,
        LocalDate.of(2025, 10, 10), Optional.of(last));
    byte[] master = Masters.bundled(MasterLayouts.FILL_IN);
    Path fast = dir.resolve("fast.xlsx");
    try (var out = Files.newOutputStream(fast)) {
      String[] idf = TemplateWriter.identity(ctx.plan());
      FastTemplate.of(master).write(ctx, idf[0], idf[1], out);
    }
    Path poi = dir.resolve("poi.xlsx");
    TemplateWriter.writeWithPoi(master, ctx, poi);

    RawReturn a = ReturnReader.read(fast);
    RawReturn b = ReturnReader.read(poi);
    assertEquals(b.identity(), a.identity());
    assertEquals(b.rows(), a.rows());
    assertEquals(b.fields().keySet(), a.fields().keySet());
    assertEquals(b.sheetNames(), a.sheetNames());

    DataFormatter f = new DataFormatter();
    try (InputStream ia = Files.newInputStream(fast); XSSFWorkbook wa = new XSSFWorkbook(ia);
        InputStream ib = Files.newInputStream(poi); XSSFWorkbook wbk = new XSSFWorkbook(ib)) {
      for (String name : List.of("填报说明", "重点任务", "指标")) {
        XSSFSheet sa = wa.getSheet(name);
        XSSFSheet sb = wbk.getSheet(name);
        assertEquals(sb.getLastRowNum(), sa.getLastRowNum(), name + " rows");
        assertEquals(sb.getProtect(), sa.getProtect(), name + " protected");
        assertEquals(sb.getDataValidations().size(), sa.getDataValidations().size(), name + " validations");
        for (Row rb : sb) {
          Row ra = sa.getRow(rb.getRowNum());
          assertNotNull(ra, name + " row " + (rb.getRowNum() + 1));
          assertEquals(rb.getHeightInPoints(), ra.getHeightInPoints(), 0.01, name + " row " + (rb.getRowNum() + 1) + " height");
          for (Cell cb : rb) {
            Cell ca = ra.getCell(cb.getColumnIndex());
            String at = name + "!" + cb.getAddress();
            assertNotNull(ca, at);
            assertEquals(f.formatCellValue(cb), f.formatCellValue(ca), at);
            assertEquals(cb.getCellStyle().getLocked(), ca.getCellStyle().getLocked(), at + " locked");
            assertEquals(cb.getCellStyle().getFillForegroundColor(), ca.getCellStyle().getFillForegroundColor(), at + " fill");
            assertEquals(wbk.getFontAt(cb.getCellStyle().getFontIndex()).getItalic(),
                wa.getFontAt(ca.getCellStyle().getFontIndex()).getItalic(), at + " italic");
          }
        }
      }
      assertEquals("人手不足 & <缺口>", f.formatCellValue(TemplateWriterTest.cell(wa, "重点任务", "K7")));
      assertEquals("6.5", f.formatCellValue(TemplateWriterTest.cell(wa, "指标", "G5")));
      String clipped = f.formatCellValue(TemplateWriterTest.cell(wa, "重点任务", "J7"));
      assertEquals(32767, clipped.length(), "重点任务!J7 cut to what Excel holds");
      assertTrue(clipped.endsWith("（超长，已截断）"));
      assertEquals(409f, wa.getSheet("重点任务").getRow(6).getHeightInPoints(), 0.01, "row height capped");
    }
  }
}

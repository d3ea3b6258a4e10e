package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Field;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user restyles the master in Excel; every generated workbook follows with no code change. */
class RestyledMasterTest {
  @TempDir Path dir;

  /** The bundled master with the office's name on top, a font, a renamed title and swapped columns. */
  private Path restyled(boolean footer) throws Exception {
    Path master = dir.resolve(footer ? "footer.xlsx" : "restyled.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Masters.bundled(MasterLayouts.FILL_IN)));
        OutputStream out = Files.newOutputStream(master)) {
      XSSFSheet sh = wb.getSheet("重点任务");
      sh.shiftRows(0, sh.getLastRowNum(), 1);
      Row office = sh.createRow(0);
      office.createCell(0).setCellValue("衡阳市科技创新工作专班办公室（${轮次编号}）");
      // Swap 累计完成值 (G) and 工作进展 (J) in the header and the repeated row, title renamed.
      swap(sh.getRow(3), 6, 9);
      swap(sh.getRow(4), 6, 9);
      sh.getRow(3).getCell(9).setCellValue("累计完成数");
      XSSFFont kai = wb.createFont();
      kai.setFontName("楷体");
      kai.setFontHeightInPoints((short) 12);
      var style = wb.createCellStyle();
      style.cloneStyleFrom(sh.getRow(4).getCell(2).getCellStyle());
      style.setFont(kai);
      sh.getRow(4).getCell(2).setCellStyle(style);
      // The office's colours: a blue header row, light green input cells.
      for (Cell c : sh.getRow(3)) {
        c.setCellStyle(filled(wb, c.getCellStyle(), "DDEBF7"));
      }
      for (int col : new int[] {7, 8, 9, 10, 11}) { // 完成状态 … 下步打算, and 累计完成值 moved to J
        Cell c = sh.getRow(4).getCell(col);
        c.setCellStyle(filled(wb, c.getCellStyle(), "E2EFDA"));
      }
      if (footer) {
        Row f = sh.createRow(6);
        f.createCell(0).setCellValue("单位负责人签字：");
      }
      wb.write(out);
    }
    return master;
  }

  private static org.apache.poi.ss.usermodel.CellStyle filled(
      XSSFWorkbook wb, org.apache.poi.ss.usermodel.CellStyle like, String rgb) {
    var style = wb.createCellStyle();
    style.cloneStyleFrom(like);
    style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
        java.util.HexFormat.of().parseHex(rgb)));
    style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static String fill(XSSFWorkbook wb, String a1) {
    var c = (org.apache.poi.xssf.usermodel.XSSFColor) TemplateWriterTest.cell(wb, "重点任务", a1).getCellStyle()
        .getFillForegroundColorColor();
    return c == null ? "" : c.getARGBHex();
  }

  private static void swap(Row r, int a, int b) {
    Cell ca = r.getCell(a);
    Cell cb = r.getCell(b);
    String ta = ca.getStringCellValue();
    var sa = ca.getCellStyle();
    ca.setCellValue(cb.getStringCellValue());
    ca.setCellStyle(cb.getCellStyle());
    cb.setCellValue(ta);
    cb.setCellStyle(sa);
  }

  private void assertFollowsMaster(Path master, boolean footer) throws Exception {
    Path out = dir.resolve("out-" + master.getFileName());
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, LocalDate.of(2025, 10, 10),
        Optional.empty(), master, out);
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals("衡阳市科技创新工作专班办公室（2025-09）", TemplateWriterTest.text(wb, "重点任务", "A1"));
      assertEquals("累计完成数", TemplateWriterTest.text(wb, "重点任务", "J4"));
      assertEquals("二.(一).1", TemplateWriterTest.text(wb, "重点任务", "B5"));
      Cell text = TemplateWriterTest.cell(wb, "重点任务", "C6");
      assertEquals("楷体", wb.getFontAt(text.getCellStyle().getFontIndex()).getFontName(), "重点任务!C6 font");
      assertTrue(text.getCellStyle().getLocked(), "重点任务!C6 locked");
      assertFalse(TemplateWriterTest.cell(wb, "重点任务", "J5").getCellStyle().getLocked(), "moved 累计完成值 input");
      assertEquals("FFDDEBF7", fill(wb, "C4"), "重点任务!C4 header in the office's blue");
      for (String a1 : List.of("H5", "J5", "L5", "H7", "J7")) {
        assertEquals("FFE2EFDA", fill(wb, a1), "重点任务!" + a1 + " input in the office's green");
        assertFalse(TemplateWriterTest.cell(wb, "重点任务", a1).getCellStyle().getLocked(), "重点任务!" + a1 + " unlocked");
      }
      assertEquals(4, wb.getSheet("重点任务").getPaneInformation().getHorizontalSplitPosition(), "frozen under the header");
      assertEquals("1:4", wb.getSheet("重点任务").getRepeatingRows().formatAsString());
      if (footer) {
        assertEquals("单位负责人签字：", TemplateWriterTest.text(wb, "重点任务", "A10"), "footer (A7 of the master) moved down by 3 rows");
      } else {
        assertNull(TemplateWriterTest.cell(wb, "重点任务", "A9"));
      }
    }
    Path filled = dir.resolve("filled-" + master.getFileName());
    ReturnFiller.fill(out, filled, ReturnReaderTest.VALUES, ReturnReaderTest.FILER);
    RawReturn r = ReturnReader.read(filled);
    var row = r.rows().stream().filter(x -> x.itemId().equals("二.(一).1")).findFirst().orElseThrow();
    assertEquals(5, row.row());
    assertEquals("J5", row.input(Field.ACTUAL).ref());
    assertEquals(12.0, row.input(Field.ACTUAL).number());
    assertEquals("G5", row.input(Field.PROGRESS).ref());
    assertEquals("已立项12个", row.input(Field.PROGRESS).text());
    assertEquals("李四", r.fields().get("填报人").text());
  }

  @Test
  void restyledMasterFastPath() throws Exception {
    Path m = restyled(false);
    assertTrue(FastTemplate.of(Files.readAllBytes(m)) != null, "a plain restyle takes the fast path");
    assertFollowsMaster(m, false);
  }

  @Test
  void masterWithRowsBelowTheRepeatedRowUsesThePoiPath() throws Exception {
    Path m = restyled(true);
    assertNull(FastTemplate.of(Files.readAllBytes(m)), "a footer row needs the POI path");
    assertFollowsMaster(m, true);
  }
}

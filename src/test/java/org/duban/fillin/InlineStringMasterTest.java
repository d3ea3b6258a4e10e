package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A master whose placeholders are inline strings (as openpyxl saves) is refused, not half filled. */
class InlineStringMasterTest {
  @TempDir Path dir;

  @Test
  void inlinePlaceholdersAreRefusedWithAChineseFix() throws Exception {
    Path master = dir.resolve("填报表.xlsx");
    // SXSSF writes every string inline, like openpyxl does.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(master)) {
      wb.createSheet("重点任务").createRow(0).createCell(0).setCellValue("${方案名称}");
      wb.write(out);
      wb.dispose();
    }
    DubanException e = assertThrows(DubanException.class,
        () -> Masters.open(master, Location.ofFile("templates/填报表.xlsx")).close());
    assertTrue(e.getMessage().contains("内联字符串"), e.getMessage());
    assertTrue(e.problems().get(0).fix().contains("Excel 或 WPS"), e.problems().get(0).fix());
  }
}

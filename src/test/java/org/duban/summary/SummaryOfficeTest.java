package org.duban.summary;

import org.duban.office.OfficeSuite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.completion.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a written summary to PDF with LibreOffice headless: it must open and print. Runs unless
 * {@code -Dduban.office=skip}; fails when LibreOffice is missing and the test was not skipped.
 */
class SummaryOfficeTest {
  @TempDir Path dir;

  @Test
  void rendersToPdfWithASensiblePageCount() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path xlsx = dir.resolve("汇总表.xlsx");
    SummaryWriter.write(SummaryWriterTest.september(Fixtures.september()), SummaryWriterTest.T1, xlsx);
    Path pdf = office.toPdf(dir.resolve("pdf"), xlsx).get(0);
    int pages = OfficeSuite.pageCount(pdf);
    String keep = System.getenv("DUBAN_KEEP_PDF"); // a folder to look at the rendering by eye
    if (keep != null && !keep.isBlank()) {
      Files.copy(pdf, Path.of(keep).resolve("汇总表.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    // Seven sheets, each at least one page; a four-task plan has no business filling 30.
    assertTrue(pages >= 7 && pages <= 30, "page count " + pages);
  }
}

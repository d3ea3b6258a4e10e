package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.app.demo.DemoUseCase;
import org.duban.office.OfficeSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code duban demo} on the five bundled seeds: every plan gets a summary that reports the
 * simulated units' mistakes as the intake found them, and every summary opens and prints in
 * LibreOffice.
 */
class DemoTest {
  @Test
  void fiveSeedsFiveSummariesThatOpenInLibreOffice(@TempDir Path dir) throws Exception {
    StringBuilder log = new StringBuilder();
    DemoUseCase.Result r = DemoUseCase.run(dir.resolve("demo"), List.of(), s -> log.append(s).append('\n'));
    assertEquals(5, r.plans().size(), log.toString());
    for (DemoUseCase.PlanRun p : r.plans()) {
      assertTrue(Files.isRegularFile(p.summary()), p.summary().toString());
      assertTrue(p.units() >= 6, p.plan() + " has several units to report: " + p.units());
      assertEquals(p.files(), p.superseded() + p.accepted() + p.rejected(), p.plan() + ": the table adds up");
      // Each plan's second round has one silent unit and one last-round file, so at least one
      // unit is short and at least one file is refused; everyone else's return is taken.
      assertEquals(p.units() - 2, p.unitsReported(), p.plan() + "\n" + log);
      assertEquals(1, p.rejected(), p.plan());
      assertTrue(p.completion() > 0.3 && p.completion() < 1.2, p.plan() + " completion " + p.completion());
      try (Workbook wb = Sheets.open(p.summary())) {
        assertEquals(List.of("总体情况", "目标指标", "重点任务", "单位情况", "滞后预警", "趋势", "明细"),
            java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
      }
    }
    assertTrue(log.toString().contains("衡阳市科技创新赋能攻坚行动实施方案"), log.toString());

    OfficeSuite office = OfficeSuite.require(dir);
    Path[] summaries = r.plans().stream().map(DemoUseCase.PlanRun::summary).toArray(Path[]::new);
    // Same file names in five folders: render each into its own folder.
    for (int i = 0; i < summaries.length; i++) {
      Path pdf = office.toPdf(dir.resolve("pdf" + i), summaries[i]).get(0);
      int pages = OfficeSuite.pageCount(pdf);
      assertTrue(pages >= 7 && pages <= 60, summaries[i] + " printed on " + pages + " pages");
    }
  }
}

package org.duban.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.completion.RoundAssessment;
import org.duban.xlsx.AtomicFiles;

/**
 * Writes 汇总表.xlsx from a {@link RoundAssessment}: seven sheets, charts, print setup. It only
 * renders; every number was computed by the completion package.
 */
public final class SummaryWriter {
  /** Rows SXSSF keeps in memory per streamed sheet. */
  private static final int WINDOW = 200;

  private SummaryWriter() {}

  /**
   * @param generatedAt when the report was made; goes into the document properties only, so the
   *     cells are the same whenever it is run
   */
  public static void write(RoundAssessment a, Instant generatedAt, Path out) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    SXSSFWorkbook sx;
    SummaryCells cells;
    int trendRows;
    try {
      cells = new SummaryCells(new SummaryStyles(wb));
      String header = SummarySheets.pageHeader(a);
      // The small sheets and their charts are built in memory; the tables that grow with the
      // plan (重点任务, 滞后预警, 趋势's per-task rows, 明细) only get their frame here and
      // stream their rows below.
      XSSFSheet overview = wb.createSheet(SummaryOverviewSheet.NAME);
      XSSFSheet goals = wb.createSheet(SummaryGoalsSheet.NAME);
      XSSFSheet tasks = wb.createSheet(SummaryTasksSheet.NAME);
      XSSFSheet units = wb.createSheet(SummaryUnitsSheet.NAME);
      XSSFSheet warnings = wb.createSheet(SummaryWarningsSheet.NAME);
      XSSFSheet trend = wb.createSheet(SummaryTrendSheet.NAME);
      XSSFSheet detail = wb.createSheet(SummaryDetailSheet.NAME);
      SummaryOverviewSheet.write(overview, a, cells, header);
      SummaryGoalsSheet.write(goals, a, cells, header);
      SummaryUnitsSheet.write(units, a, cells, header);
      trendRows = SummaryTrendSheet.write(trend, a, cells, header);
      SummaryTasksSheet.frame(tasks, a, cells, header);
      SummaryWarningsSheet.frame(warnings, a, cells, header);
      SummaryDetailSheet.frame(detail, a, cells, header);
      properties(wb, a, generatedAt);
      wb.setActiveSheet(0);
      sx = new SXSSFWorkbook(wb, WINDOW);
    } catch (RuntimeException e) {
      wb.close();
      throw e;
    }
    // Closing the streaming workbook deletes its temporary files and closes wb with it.
    try (sx) {
      SummaryTasksSheet.rows(sx.getSheet(SummaryTasksSheet.NAME), a, cells);
      SummaryWarningsSheet.rows(sx.getSheet(SummaryWarningsSheet.NAME), a, cells);
      SummaryTrendSheet.rows(sx.getSheet(SummaryTrendSheet.NAME), a, cells, trendRows);
      SummaryDetailSheet.rows(sx.getSheet(SummaryDetailSheet.NAME), a, cells);
      AtomicFiles.write(out, sx::write);
    }
  }

  private static void properties(XSSFWorkbook wb, RoundAssessment a, Instant generatedAt) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    Optional<Date> when = Optional.of(Date.from(generatedAt));
    core.setCreated(when);
    core.setModified(when);
    core.setCreator("duban");
    core.setTitle(SummarySheets.title(a, "实施情况汇总"));
    core.setSubjectProperty(a.round().toString());
    POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
    custom.addProperty("duban.round", a.round().toString());
    custom.addProperty("duban.plan", a.plan().id());
    custom.addProperty("duban.generated", generatedAt.toString());
  }
}

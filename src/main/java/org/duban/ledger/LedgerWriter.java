package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/**
 * Writes the task ledger plan.xlsx (SPEC §3): 方案信息, 目标指标, 重点任务, 指标分解, 责任单位 and the 解析报告, styled for
 * a clerk to read and edit in Excel or WPS. Written atomically.
 */
public final class LedgerWriter {
  private LedgerWriter() {}

  public static void write(Plan plan, List<Problem> parseReport, Path ledger) throws IOException {
    try (XSSFWorkbook wb = build(plan, parseReport, Workbooks.fileName(ledger))) {
      AtomicFiles.write(ledger, o -> StableZip.write(wb::write, o));
    }
  }

  /** The ledger as a workbook, for callers that add to it before writing. */
  static XSSFWorkbook build(Plan plan, List<Problem> parseReport, String ledgerName) {
    XSSFWorkbook wb = new XSSFWorkbook();
    LedgerStyles styles = new LedgerStyles(wb);
    InfoSheet.write(wb, styles, plan.info());
    GoalSheet.write(wb, styles, plan.goals());
    TaskSheet.write(wb, styles, plan.tasks(), ledgerName);
    BreakdownSheet.write(wb, styles, plan.breakdowns());
    UnitSheet.write(wb, styles, plan.units());
    ReportSheet.write(wb, styles, parseReport == null ? List.of() : parseReport);
    // The package would otherwise carry the time of writing: same plan, same file content.
    Date fixed = Date.from(plan.info().start().atStartOfDay().toInstant(ZoneOffset.UTC));
    wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
    wb.getProperties().getCoreProperties().setTitle(plan.info().name());
    wb.getProperties().getCoreProperties().setCreator("duban");
    return wb;
  }
}

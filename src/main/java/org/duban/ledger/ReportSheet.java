package org.duban.ledger;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Problem;

/** The 解析报告 sheet: what the import found doubtful, for the clerk to check; never read back. */
final class ReportSheet {
  private ReportSheet() {}

  static void write(Workbook wb, LedgerStyles styles, List<Problem> problems) {
    SheetWriter w = new SheetWriter(wb, styles, LedgerLayout.REPORT, LedgerLayout.REPORT_HEADERS);
    for (Problem p : problems) {
      w.row(
          SheetWriter.values(
              p.where().toString(), p.severity().label(), p.message(), p.fix(), p.value()));
    }
    w.finish(true);
  }
}

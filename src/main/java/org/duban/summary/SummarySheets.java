package org.duban.summary;

import java.time.LocalDate;
import java.util.List;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.Judgement;
import org.duban.model.Completion;

/** Small helpers shared by the summary's sheets. */
final class SummarySheets {
  private SummarySheets() {}

  /** 《方案》实施情况汇总（2025年9月）. */
  static String title(RoundAssessment a, String what) {
    String n = a.plan().info().name();
    String book = n.startsWith("《") ? n : "《" + n + "》";
    return book + what + "（" + a.round().label() + "）";
  }

  /** Row 1: the sheet's title across its columns. */
  static void titleRow(org.apache.poi.ss.usermodel.Sheet s, SummaryCells cells, String title, int cols) {
    org.apache.poi.ss.usermodel.Row row = SummaryCells.row(s, 0);
    row.createCell(0).setCellValue(title);
    row.getCell(0).setCellStyle(cells.styles().title);
    row.setHeightInPoints(24);
    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, cols - 1));
  }

  /** Plan and round, for the page header. */
  static String pageHeader(RoundAssessment a) {
    return a.plan().info().name() + "  " + a.round().label() + "汇总";
  }

  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static double cappedMean(List<TaskAssessment> tasks) {
    double sum = 0;
    int n = 0;
    for (TaskAssessment t : tasks) {
      if (t.completion().isKnown()) {
        sum += t.completion().capped();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The 说明 of a row: how the completion was computed, then why its light is what it is. */
  static String note(Completion c, Judgement j) {
    String basis = c.basis();
    String reason = j.reason();
    if (reason.isEmpty() || reason.equals(basis)) {
      return basis;
    }
    return basis.isEmpty() ? reason : basis + "；" + reason;
  }
}

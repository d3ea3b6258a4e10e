package org.duban.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.completion.RoundAssessment;
import org.duban.completion.UnitStanding;
import org.duban.model.Light;

/** 单位情况: every unit asked, ranked on timeliness and completeness, with its tasks. */
final class SummaryUnitsSheet {
  static final String NAME = "单位情况";
  static final String[] HEADERS = {
    "排名", "单位", "报送情况", "报送日期", "报送文件", "牵头任务", "配合任务", "指标", "牵头任务平均完成率",
    "填报完整度", "错误", "警告"
  };
  // About 147 characters, what A4 landscape holds at 100%: file names get room to stay on one line.
  private static final int[] WIDTHS = {6, 26, 10, 11, 40, 8, 8, 6, 11, 10, 6, 6};

  private SummaryUnitsSheet() {}

  static void write(Sheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "各单位报送情况"), HEADERS.length);
    cells.headers(s, 1, HEADERS, WIDTHS);
    s.createFreezePane(2, 2);
    int r = 2;
    for (UnitStanding u : a.units()) {
      Row row = SummaryCells.row(s, r++);
      cells.integer(row, 0, u.rank());
      cells.text(row, 1, u.unit(), true);
      // The intake status reads as a word on a light's fill: missing is what the office chases.
      Light l = switch (u.intake()) {
        case ON_TIME -> Light.GREEN;
        case LATE -> Light.AMBER;
        case REJECTED, MISSING -> Light.RED;
      };
      cells.light(row, 2, l).setCellValue(u.intake().label());
      cells.date(row, 3, u.submitted());
      cells.text(row, 4, u.fileName(), true);
      cells.integer(row, 5, u.leadTasks());
      cells.integer(row, 6, u.cooperateTasks());
      cells.integer(row, 7, u.indicators());
      cells.percent(row, 8, u.leadCompletion());
      cells.percent(row, 9, u.completeness());
      cells.integer(row, 10, u.errors());
      cells.integer(row, 11, u.warnings());
      SummaryCells.fit(row, WIDTHS);
    }
    SummaryPrint.apply(s, header, 2);
  }
}

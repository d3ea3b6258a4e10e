package org.duban.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.completion.GoalAssessment;
import org.duban.completion.RoundAssessment;
import org.duban.model.Goal;

/** 目标指标: each goal indicator, then its per-unit breakdown rows under it. */
final class SummaryGoalsSheet {
  static final String NAME = "目标指标";
  static final String[] HEADERS = {
    "编号", "指标名称", "责任单位", "目标", "计量单位", "实际完成", "完成率", "序时进度", "红黄绿灯", "说明"
  };
  private static final int[] WIDTHS = {10, 28, 22, 26, 8, 12, 10, 10, 10, 40};

  private SummaryGoalsSheet() {}

  static void write(Sheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "目标指标完成情况"), HEADERS.length);
    cells.headers(s, 1, HEADERS, WIDTHS);
    s.createFreezePane(2, 2);
    int r = 2;
    for (GoalAssessment g : a.goals()) {
      Goal goal = g.goal();
      Row row = SummaryCells.row(s, r++);
      cells.text(row, 0, goal.id());
      cells.text(row, 1, goal.name(), true);
      cells.text(row, 2, String.join("、", goal.units()), true);
      cells.text(row, 3, goal.target().notation(), true);
      cells.text(row, 4, goal.target().measure());
      cells.number(row, 5, g.actual());
      cells.percent(row, 6, g.completion().ratio());
      cells.percent(row, 7, g.schedule());
      cells.light(row, 8, g.judgement().light());
      String note = SummarySheets.note(g.completion(), g.judgement());
      if (!g.reportedBy().isEmpty()) {
        note = "报送：" + g.reportedBy() + "；" + note;
      }
      cells.text(row, 9, note, true);
      SummaryCells.fit(row, WIDTHS);
      for (GoalAssessment.Part p : g.parts()) {
        Row pr = SummaryCells.row(s, r++);
        cells.text(pr, 0, goal.id());
        cells.text(pr, 1, "　其中：" + p.unit(), true);
        cells.text(pr, 2, p.unit(), true);
        cells.number(pr, 3, p.subTarget());
        cells.text(pr, 4, goal.target().measure());
        cells.number(pr, 5, p.actual());
        cells.percent(pr, 6, p.completion().ratio());
        cells.percent(pr, 7, g.schedule());
        cells.light(pr, 8, p.judgement().light());
        cells.text(pr, 9, SummarySheets.note(p.completion(), p.judgement()), true);
        SummaryCells.fit(pr, WIDTHS);
      }
    }
    SummaryPrint.apply(s, header, 2);
  }
}

package org.duban.summary;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.UnitResult;
import org.duban.model.Task;

/**
 * 重点任务: one row per task with its lead and cooperating units, target, actual, completion,
 * light and the units' texts merged lead first. Written row by row so it can stream.
 */
final class SummaryTasksSheet {
  static final String NAME = "重点任务";
  static final String[] HEADERS = {
    "编号", "所属部分", "任务名称", "牵头单位", "配合单位", "完成时限", "量化目标", "实际完成", "完成率",
    "序时进度", "红黄绿灯", "完成状态", "工作进展", "存在问题", "下步打算", "说明"
  };
  // A4 landscape holds about 147 characters at 100%; these 187 print at about 80%, so the
  // 11-point text is still 9 points on paper.
  private static final int[] WIDTHS = {8, 10, 18, 12, 10, 8, 16, 10, 8, 8, 6, 7, 26, 14, 14, 12};

  /** Characters a text cell may show before it is shortened with …; 明细 keeps the whole text. */
  static final int TEXT_CHARS = 300;

  private SummaryTasksSheet() {}

  /** The sheet's frame: title, headers, widths, frozen panes, print setup. */
  static void frame(Sheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "重点任务推进情况"), HEADERS.length);
    cells.headers(s, 1, HEADERS, WIDTHS);
    s.createFreezePane(3, 2);
    SummaryPrint.apply(s, header, 2);
  }

  /** The task rows, from row 3 on. */
  static void rows(Sheet s, RoundAssessment a, SummaryCells cells) {
    int r = 2;
    for (TaskAssessment t : a.tasks()) {
      Task task = t.task();
      Row row = s.createRow(r++);
      cells.text(row, 0, task.id());
      cells.text(row, 1, task.section(), true);
      cells.clipped(row, 2, task.title().isEmpty() ? task.content() : task.title(), TEXT_CHARS);
      cells.text(row, 3, String.join("、", task.leads()), true);
      cells.text(row, 4, String.join("、", task.cooperators()), true);
      cells.text(row, 5, task.deadline().text(), true);
      StringBuilder targets = new StringBuilder();
      task.targets().forEach(x -> targets.append(targets.length() > 0 ? "\n" : "").append(x.notation()));
      cells.text(row, 6, targets.toString(), true);
      String actual = t.actualText();
      if (actual.matches("-?\\d+(\\.\\d+)?")) {
        cells.number(row, 7, new java.math.BigDecimal(actual));
      } else {
        cells.text(row, 7, actual, true);
      }
      cells.percent(row, 8, t.completion().ratio());
      cells.percent(row, 9, t.schedule());
      cells.light(row, 10, t.judgement().light());
      cells.text(row, 11, t.status() == null ? "" : t.status().label());
      cells.clipped(row, 12, t.merged(UnitResult::progress), TEXT_CHARS, WIDTHS[12]);
      cells.clipped(row, 13, t.merged(UnitResult::issues), TEXT_CHARS, WIDTHS[13]);
      cells.clipped(row, 14, t.merged(UnitResult::nextSteps), TEXT_CHARS, WIDTHS[14]);
      cells.text(row, 15, SummarySheets.note(t.completion(), t.judgement()), true);
      SummaryCells.fit(row, WIDTHS);
    }
  }
}

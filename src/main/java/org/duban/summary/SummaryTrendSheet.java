package org.duban.summary;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.duban.completion.LightChange;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.TrendPoint;
import org.duban.model.Light;

/**
 * 趋势: completion and 序时进度 by round with a line chart, the lights of each round, the tasks
 * whose light changed since last round, and each task's completion round by round (streamed).
 */
final class SummaryTrendSheet {
  static final String NAME = "趋势";
  static final String[] HEADERS = {
    "轮次", "序时进度", "重点任务平均完成率", "目标指标平均完成率", "绿灯", "黄灯", "红灯", "未评价"
  };
  private static final int[] WIDTHS = {14, 24, 12, 12, 8, 8, 8, 8};

  private SummaryTrendSheet() {}

  /**
   * Everything down to the header of the per-task table; returns the row its task rows start
   * at, for {@link #rows}.
   */
  static int write(XSSFSheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "进展趋势"), 12);
    // Column B also holds the task names of the tables below, hence its width.
    cells.headers(s, 1, HEADERS, WIDTHS);
    int r = 2;
    for (TrendPoint p : a.trend()) {
      Row row = SummaryCells.row(s, r++);
      cells.text(row, 0, p.round().label());
      cells.percent(row, 1, p.schedule());
      cells.percent(row, 2, p.taskCompletion());
      cells.percent(row, 3, p.goalCompletion());
      cells.integer(row, 4, p.count(Light.GREEN));
      cells.integer(row, 5, p.count(Light.AMBER));
      cells.integer(row, 6, p.count(Light.RED));
      cells.integer(row, 7, p.count(Light.NONE));
    }
    int chartTop = r + 1;
    List<SummaryCharts.Series> lines = new ArrayList<>(List.of(
        new SummaryCharts.Series("序时进度", 1, SummaryCharts.GREY),
        new SummaryCharts.Series("重点任务平均完成率", 2, SummaryCharts.BLUE)));
    if (!a.goals().isEmpty()) {
      lines.add(new SummaryCharts.Series("目标指标平均完成率", 3, SummaryCharts.ORANGE));
    }
    SummaryCharts.line(s, new SummaryCharts.Place(0, chartTop, 4, chartTop + 16), "各轮平均完成率与序时进度",
        0, 2, r - 1, lines);
    SummaryCharts.bar(s, new SummaryCharts.Place(4, chartTop, 12, chartTop + 16), "各轮红黄绿灯（项）",
        0, 2, r - 1,
        List.of(new SummaryCharts.Series("绿灯", 4, SummaryCharts.GREEN),
            new SummaryCharts.Series("黄灯", 5, SummaryCharts.AMBER),
            new SummaryCharts.Series("红灯", 6, SummaryCharts.RED),
            new SummaryCharts.Series("未评价", 7, SummaryCharts.SILVER)),
        SummaryCharts.Bars.STACKED, false, false);
    r = chartTop + 18;
    r = changes(s, a, cells, r) + 1;
    int historyHeader = historyHeader(s, a, cells, r);
    SummaryPrint.apply(s, header, 0);
    // The per-task table runs over pages: its column headers repeat on each page after the first.
    s.setRepeatingRows(new CellRangeAddress(historyHeader, historyHeader, -1, -1));
    return historyHeader + 1;
  }

  private static int changes(XSSFSheet s, RoundAssessment a, SummaryCells cells, int r) {
    Row h = SummaryCells.row(s, r++);
    cells.heading(h, 0, a.trend().size() < 2 ? "红黄绿灯变化（本轮为首轮，无上轮可比）" : "红黄绿灯较上轮变化的任务");
    if (a.trend().size() < 2) {
      return r;
    }
    Row hh = SummaryCells.row(s, r++);
    String[] names = {"编号", "任务名称", "上轮", "本轮", "变化"};
    for (int i = 0; i < names.length; i++) {
      cells.header(hh, i, names[i]);
    }
    for (LightChange c : a.changes()) {
      Row row = SummaryCells.row(s, r++);
      cells.text(row, 0, c.taskId());
      cells.text(row, 1, c.title(), true);
      cells.light(row, 2, c.before());
      cells.light(row, 3, c.now());
      cells.text(row, 4, c.direction());
    }
    if (a.changes().isEmpty()) {
      cells.text(SummaryCells.row(s, r++), 0, "无");
    }
    return r;
  }

  /** The label and header of the per-task table; returns the header row. */
  private static int historyHeader(XSSFSheet s, RoundAssessment a, SummaryCells cells, int r) {
    cells.heading(SummaryCells.row(s, r++), 0, "各任务完成率（按轮次）");
    Row hh = SummaryCells.row(s, r);
    cells.header(hh, 0, "编号");
    cells.header(hh, 1, "任务名称");
    List<TrendPoint> points = a.trend();
    for (int i = 0; i < points.size(); i++) {
      cells.header(hh, 2 + i, points.get(i).round().label());
    }
    cells.header(hh, lightCol(a), "本轮红黄绿灯");
    SummaryCells.fit(hh, widths(a));
    return r;
  }

  /**
   * Each task's completion round by round and its light now, from row {@code first} on: one row
   * per task, so it streams like 重点任务.
   */
  static void rows(Sheet s, RoundAssessment a, SummaryCells cells, int first) {
    int r = first;
    int lightCol = lightCol(a);
    int[] widths = widths(a);
    for (TaskAssessment t : a.tasks()) {
      Row row = s.createRow(r++);
      cells.text(row, 0, t.task().id());
      cells.clipped(row, 1, t.task().title().isEmpty() ? t.task().content() : t.task().title(), 60);
      List<Double> line = a.history().getOrDefault(t.task().id(), List.of());
      for (int i = 0; i < line.size(); i++) {
        cells.percent(row, 2 + i, line.get(i));
      }
      cells.light(row, lightCol, t.judgement().light());
      SummaryCells.fit(row, widths);
    }
  }

  private static int lightCol(RoundAssessment a) {
    return 2 + a.trend().size();
  }

  private static int[] widths(RoundAssessment a) {
    int[] widths = new int[lightCol(a) + 1];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = i < WIDTHS.length ? WIDTHS[i] : 8;
    }
    return widths;
  }
}

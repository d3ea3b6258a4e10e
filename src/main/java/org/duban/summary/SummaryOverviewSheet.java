package org.duban.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.duban.completion.Percent;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.Thresholds;
import org.duban.completion.UnitStanding;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;
import org.duban.xlsx.TextFit;

/**
 * 总体情况: headline figures beside a chart of the lights, the drafted 通报 and the light rule it
 * was judged by, then completion by section (or by lead unit when the plan has no sections)
 * against 序时进度, with a chart.
 */
final class SummaryOverviewSheet {
  static final String NAME = "总体情况";
  /** Row (0-based) of the first light count, so tests and charts agree on where they are. */
  static final int LIGHTS_ROW = 8;
  static final int BULLETIN_ROW = 20;
  /** Columns A..N: the width the 通报 and the rule are merged across. */
  private static final int LAST_COL = 13;
  // A is wide enough for a section name such as (二)創新引領產業升級行動 on one line.
  private static final int[] WIDTHS = {30, 12, 12, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
  /** Points per line of 12-point text, with some room for a CJK font's line spacing. */
  private static final float BULLETIN_LINE = 17f;

  private SummaryOverviewSheet() {}

  static void write(XSSFSheet s, RoundAssessment a, SummaryCells cells, String header) {
    for (int i = 0; i < WIDTHS.length; i++) {
      s.setColumnWidth(i, WIDTHS[i] * 256);
    }
    Row t = SummaryCells.row(s, 0);
    t.createCell(0).setCellValue(SummarySheets.title(a, "实施情况汇总"));
    t.getCell(0).setCellStyle(cells.styles().title);
    t.setHeightInPoints(24);
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, LAST_COL));
    Row sub = SummaryCells.row(s, 1);
    sub.createCell(0).setCellValue("调度轮次：" + a.round().label() + "；数据截至" + SummarySheets.date(a.round().end()));
    sub.getCell(0).setCellStyle(cells.styles().subtitle);

    Row h = SummaryCells.row(s, 3);
    cells.header(h, 0, "项目");
    cells.header(h, 1, "数值");
    int r = 4;
    figure(cells, s, r++, "序时进度").percentValue(a.schedule());
    figure(cells, s, r++, "重点任务平均完成率").percentValue(a.taskCompletion());
    figure(cells, s, r++, "目标指标平均完成率").percentValue(a.goalCompletion());
    figure(cells, s, r++, "重点任务（项）").count(a.tasks().size());
    for (Light l : Light.values()) {
      Row row = SummaryCells.row(s, r++);
      cells.light(row, 0, l);
      cells.integer(row, 1, a.count(l));
    }
    figure(cells, s, r++, "目标指标（项）").count(a.goals().size());
    figure(cells, s, r++, "应报送单位（个）").count(a.unitsExpected());
    figure(cells, s, r++, "已报送单位（个）").count(a.unitsReported());
    figure(cells, s, r++, "其中按时报送（个）").count(count(a, IntakeStatus.ON_TIME));
    figure(cells, s, r++, "逾期报送（个）").count(count(a, IntakeStatus.LATE));
    figure(cells, s, r++, "未报送或被退回（个）")
        .count(count(a, IntakeStatus.MISSING) + count(a, IntakeStatus.REJECTED));
    int figuresEnd = r;
    SummaryCharts.bar(s, new SummaryCharts.Place(2, 3, 7, figuresEnd), "重点任务红黄绿灯（项）", 0,
        LIGHTS_ROW, LIGHTS_ROW + Light.values().length - 1,
        List.of(new SummaryCharts.Series("任务数", 1, SummaryCharts.BLUE)),
        SummaryCharts.Bars.COLUMNS, false, true,
        SummaryCharts.GREEN, SummaryCharts.AMBER, SummaryCharts.RED, SummaryCharts.SILVER);

    r = paragraph(s, cells, BULLETIN_ROW - 1, "通报（草稿，供修改）", a.bulletin(), cells.styles().bulletin, 12);
    r = paragraph(s, cells, r + 1, "红黄绿灯规则", rule(a.thresholds()), cells.styles().wrap, 11);
    groups(s, a, cells, r + 1, figuresEnd);
    SummaryPrint.apply(s, header, 0);
  }

  /** The rule the lights were judged by, in words, with the thresholds actually used. */
  static String rule(Thresholds th) {
    String g = Percent.points(th.greenTolerance());
    String red = Percent.points(th.redGap());
    return "已完成，或落后序时进度不超过" + g + "个百分点的为绿灯；落后" + g + "至" + red
        + "个百分点的为黄灯；落后超过" + red + "个百分点，或填报状态为滞后、已过完成时限仍未完成的为红灯；"
        + "未报送的暂不评价。完成率按实际值计算，超过100%的如实显示，计算平均完成率时按100%计。"
        + "阈值可在任务台账“方案信息”中以“" + Thresholds.GREEN_KEY + "”“" + Thresholds.RED_KEY + "”两行设置。";
  }

  /**
   * A header row and one text merged across the page below it, its height set for its lines
   * (merged cells do not grow with their text). Returns the row after it.
   */
  private static int paragraph(XSSFSheet s, SummaryCells cells, int top, String title, String text,
      org.apache.poi.ss.usermodel.CellStyle style, int points) {
    Row h = SummaryCells.row(s, top);
    cells.header(h, 0, title);
    for (int c = 1; c <= LAST_COL; c++) {
      cells.header(h, c, "");
    }
    s.addMergedRegion(new CellRangeAddress(top, top, 0, LAST_COL));
    Row b = SummaryCells.row(s, top + 1);
    b.createCell(0).setCellValue(text);
    b.getCell(0).setCellStyle(style);
    s.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 0, LAST_COL));
    int width = 0;
    for (int w : WIDTHS) {
      width += w;
    }
    // Column widths count 11-point characters; a larger font fits fewer of them on a line.
    int lines = TextFit.wrappedLines(text, width * 11.0 / points);
    b.setHeightInPoints(Math.min(409f, lines * BULLETIN_LINE * points / 12f + 6f));
    return top + 2;
  }

  /** Completion by section, or by lead unit when fewer than two sections are named. */
  private static void groups(XSSFSheet s, RoundAssessment a, SummaryCells cells, int top, int figuresEnd) {
    Map<String, List<TaskAssessment>> bySection = group(a.tasks(), true);
    boolean sections = bySection.keySet().stream().filter(k -> !k.isEmpty()).count() >= 2;
    Map<String, List<TaskAssessment>> groups = sections ? bySection : group(a.tasks(), false);
    if (groups.isEmpty()) {
      return;
    }
    Row h = SummaryCells.row(s, top);
    String[] names = {sections ? "所属部分" : "牵头单位", "任务数", "平均完成率", "序时进度", "绿灯", "黄灯", "红灯"};
    for (int i = 0; i < names.length; i++) {
      cells.header(h, i, names[i]);
    }
    int r = top + 1;
    for (Map.Entry<String, List<TaskAssessment>> e : groups.entrySet()) {
      Row row = SummaryCells.row(s, r++);
      List<TaskAssessment> these = e.getValue();
      cells.text(row, 0, e.getKey().isEmpty() ? "（未分部分）" : e.getKey(), true);
      cells.integer(row, 1, these.size());
      cells.percent(row, 2, SummarySheets.cappedMean(these));
      cells.percent(row, 3, these.stream().mapToDouble(TaskAssessment::schedule).average().orElse(Double.NaN));
      cells.integer(row, 4, lights(these, Light.GREEN));
      cells.integer(row, 5, lights(these, Light.AMBER));
      cells.integer(row, 6, lights(these, Light.RED));
      SummaryCells.fit(row, WIDTHS);
    }
    // Beside the lights, so both charts are on the first page with the headline figures;
    // horizontal bars, so section names read along the axis, not at an angle.
    String title = sections ? "各部分平均完成率与序时进度" : "各牵头单位平均完成率与序时进度";
    SummaryCharts.bar(s, new SummaryCharts.Place(7, 3, LAST_COL + 1, figuresEnd), title, 0, top + 1, r - 1,
        List.of(new SummaryCharts.Series("平均完成率", 2, SummaryCharts.BLUE),
            new SummaryCharts.Series("序时进度", 3, SummaryCharts.SILVER)),
        SummaryCharts.Bars.HORIZONTAL, true, true);
  }

  private static int lights(List<TaskAssessment> tasks, Light l) {
    return (int) tasks.stream().filter(t -> t.judgement().light() == l).count();
  }

  private static Map<String, List<TaskAssessment>> group(List<TaskAssessment> tasks, boolean bySection) {
    Map<String, List<TaskAssessment>> out = new LinkedHashMap<>();
    for (TaskAssessment t : tasks) {
      String key = bySection ? t.task().section()
          : t.task().leads().isEmpty() ? "（无牵头单位）" : t.task().leads().get(0);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    return out;
  }

  private static int count(RoundAssessment a, IntakeStatus st) {
    return (int) a.units().stream().map(UnitStanding::intake).filter(st::equals).count();
  }

  private static Figure figure(SummaryCells cells, XSSFSheet s, int r, String label) {
    Row row = SummaryCells.row(s, r);
    cells.label(row, 0, label);
    return new Figure(cells, row);
  }

  /** The value cell of one headline row. */
  private record Figure(SummaryCells cells, Row row) {
    void percentValue(double v) {
      if (Double.isNaN(v)) {
        cells.text(row, 1, "—");
      } else {
        cells.percent(row, 1, v);
      }
    }

    void count(long n) {
      cells.integer(row, 1, n);
    }
  }
}

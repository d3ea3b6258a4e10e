package org.duban.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.UnitStanding;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;

/**
 * 总体情况: headline figures, the drafted 通报, lights as counts and completion by section (or by
 * lead unit when the plan has no sections), each with a chart.
 */
final class SummaryOverviewSheet {
  static final String NAME = "总体情况";
  /** Row (0-based) of the first light count, so tests and charts agree on where they are. */
  static final int LIGHTS_ROW = 8;
  static final int BULLETIN_ROW = 19;

  private SummaryOverviewSheet() {}

  static void write(XSSFSheet s, RoundAssessment a, SummaryCells cells, String header) {
    Row t = SummaryCells.row(s, 0);
    t.createCell(0).setCellValue(SummarySheets.title(a, "实施情况汇总"));
    t.getCell(0).setCellStyle(cells.styles().title);
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
    Row sub = SummaryCells.row(s, 1);
    sub.createCell(0).setCellValue("调度轮次：" + a.round().label() + "；数据截至" + SummarySheets.date(a.round().end()));
    sub.getCell(0).setCellStyle(cells.styles().subtitle);
    s.setColumnWidth(0, 22 * 256);
    s.setColumnWidth(1, 14 * 256);
    s.setColumnWidth(2, 14 * 256);

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
    figure(cells, s, r++, "应报送单位（个）").count(a.unitsExpected());
    figure(cells, s, r++, "已报送单位（个）").count(a.unitsReported());
    figure(cells, s, r++, "其中按时报送（个）").count(count(a, IntakeStatus.ON_TIME));
    figure(cells, s, r++, "逾期报送（个）").count(count(a, IntakeStatus.LATE));
    figure(cells, s, r++, "未报送或被退回（个）")
        .count(count(a, IntakeStatus.MISSING) + count(a, IntakeStatus.REJECTED));

    Row bh = SummaryCells.row(s, BULLETIN_ROW - 1);
    cells.header(bh, 0, "通报（草稿，供修改）");
    s.addMergedRegion(new CellRangeAddress(BULLETIN_ROW - 1, BULLETIN_ROW - 1, 0, 13));
    Row b = SummaryCells.row(s, BULLETIN_ROW);
    b.createCell(0).setCellValue(a.bulletin());
    b.getCell(0).setCellStyle(cells.styles().bulletin);
    s.addMergedRegion(new CellRangeAddress(BULLETIN_ROW, BULLETIN_ROW + 5, 0, 13));
    // Merged cells do not grow with their text; give the six rows room for the paragraph.
    float perRow = Math.max(16f, a.bulletin().length() / 90f * 18f / 6f + 4f);
    for (int i = BULLETIN_ROW; i <= BULLETIN_ROW + 5; i++) {
      SummaryCells.row(s, i).setHeightInPoints(Math.min(120f, perRow));
    }

    SummaryCharts.bar(s, new SummaryCharts.Place(3, 3, 8, 17), "红黄绿灯（项）", 0,
        LIGHTS_ROW, LIGHTS_ROW + Light.values().length - 1,
        new SummaryCharts.Series("任务数", 1, SummaryCharts.BLUE), false,
        0x70AD47, 0xFFC000, 0xE02020, 0xBFBFBF);
    groups(s, a, cells, BULLETIN_ROW + 8);
    SummaryPrint.apply(s, header, 0);
  }

  /** Completion by section, or by lead unit when fewer than two sections are named. */
  private static void groups(XSSFSheet s, RoundAssessment a, SummaryCells cells, int top) {
    Map<String, List<TaskAssessment>> bySection = group(a.tasks(), true);
    boolean sections = bySection.keySet().stream().filter(k -> !k.isEmpty()).count() >= 2;
    Map<String, List<TaskAssessment>> groups = sections ? bySection : group(a.tasks(), false);
    if (groups.isEmpty()) {
      return;
    }
    Row h = SummaryCells.row(s, top);
    cells.header(h, 0, sections ? "所属部分" : "牵头单位");
    cells.header(h, 1, "任务数");
    cells.header(h, 2, "平均完成率");
    int r = top + 1;
    for (Map.Entry<String, List<TaskAssessment>> e : groups.entrySet()) {
      Row row = SummaryCells.row(s, r++);
      cells.text(row, 0, e.getKey().isEmpty() ? "（未分部分）" : e.getKey(), true);
      cells.integer(row, 1, e.getValue().size());
      cells.percent(row, 2, SummarySheets.cappedMean(e.getValue()));
    }
    // Beside the lights chart, so both are on the first page with the headline figures.
    String title = sections ? "各部分平均完成率" : "各牵头单位平均完成率";
    SummaryCharts.bar(s, new SummaryCharts.Place(8, 3, 14, 17), title, 0, top + 1, r - 1,
        new SummaryCharts.Series("平均完成率", 2, SummaryCharts.BLUE), true);
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

package org.duban.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.completion.GoalAssessment;
import org.duban.completion.LightRule;
import org.duban.completion.RoundAssessment;
import org.duban.completion.TaskAssessment;
import org.duban.completion.UnitResult;
import org.duban.model.Completion;
import org.duban.model.Light;

/**
 * 滞后预警: red then amber tasks and indicators, furthest behind first, each with its reasons and
 * the unit's own account of what is in the way. Written row by row so it can stream.
 */
final class SummaryWarningsSheet {
  static final String NAME = "滞后预警";
  static final String[] HEADERS = {
    "红黄绿灯", "类别", "编号", "名称", "牵头单位", "完成率", "序时进度", "落后（百分点）", "原因", "存在问题（单位填报）"
  };
  private static final int[] WIDTHS = {8, 6, 10, 26, 18, 8, 8, 9, 30, 36};

  /** One warning row. */
  private record Warning(Light light, String kind, String id, String name, String lead,
      Completion completion, double schedule, String reason, String issues) {
    double gap() {
      return completion.isKnown() ? LightRule.gapPoints(completion, schedule) : Double.NaN;
    }
  }

  private SummaryWarningsSheet() {}

  /** The sheet's frame: title, headers, widths, frozen panes, print setup. */
  static void frame(Sheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "滞后预警"), HEADERS.length);
    cells.headers(s, 1, HEADERS, WIDTHS);
    s.createFreezePane(0, 2);
    SummaryPrint.apply(s, header, 2);
  }

  /** The warning rows from row 3 on; as many as there are tasks when most are behind, so they stream. */
  static void rows(Sheet s, RoundAssessment a, SummaryCells cells) {
    List<Warning> all = new ArrayList<>();
    for (TaskAssessment t : a.tasks()) {
      Light l = t.judgement().light();
      if (l == Light.RED || l == Light.AMBER) {
        String name = t.task().title().isEmpty() ? t.task().content() : t.task().title();
        all.add(new Warning(l, "任务", t.task().id(), name, String.join("、", t.task().leads()),
            t.completion(), t.schedule(), t.judgement().reason(), t.merged(UnitResult::issues)));
      }
    }
    for (GoalAssessment g : a.goals()) {
      Light l = g.judgement().light();
      if (l == Light.RED || l == Light.AMBER) {
        String lead = g.goal().units().isEmpty() ? "" : g.goal().units().get(0);
        all.add(new Warning(l, "指标", g.goal().id(), g.goal().name(), lead, g.completion(),
            g.schedule(), g.judgement().reason(), ""));
      }
    }
    all.sort(Comparator.comparing((Warning w) -> w.light() == Light.RED ? 0 : 1)
        .thenComparing(Comparator.comparingDouble((Warning w) -> Double.isNaN(w.gap()) ? 1000 : w.gap()).reversed())
        .thenComparing(Warning::kind)
        .thenComparing(Warning::id));
    int r = 2;
    for (Warning w : all) {
      Row row = SummaryCells.row(s, r++);
      cells.light(row, 0, w.light());
      cells.text(row, 1, w.kind());
      cells.text(row, 2, w.id());
      cells.clipped(row, 3, w.name(), 80);
      cells.text(row, 4, w.lead(), true);
      cells.percent(row, 5, w.completion().ratio());
      cells.percent(row, 6, w.schedule());
      cells.number(row, 7, Double.isNaN(w.gap()) ? Double.NaN : Math.round(w.gap() * 10) / 10.0);
      cells.text(row, 8, w.reason(), true);
      // What the unit itself says is in the way: the first thing a leader asks about a red task.
      cells.clipped(row, 9, w.issues(), SummaryTasksSheet.TEXT_CHARS, WIDTHS[9]);
      SummaryCells.fit(row, WIDTHS);
    }
    if (all.isEmpty()) {
      cells.text(SummaryCells.row(s, 2), 0, "本轮无红灯、黄灯事项。");
    }
  }
}

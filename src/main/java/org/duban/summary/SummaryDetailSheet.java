package org.duban.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.completion.RoundAssessment;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.ReportedValue;
import org.duban.model.Task;
import org.duban.model.UnitReturn;

/**
 * 明细: every merged value with the file, sheet and cell it came from, texts kept whole. Written
 * row by row so 100,000 values stream through a small window.
 */
final class SummaryDetailSheet {
  static final String NAME = "明细";
  static final String[] HEADERS = {
    "单位", "编号", "名称", "栏目", "填报内容", "数值", "文件", "工作表", "单元格"
  };
  private static final int[] WIDTHS = {20, 12, 28, 12, 50, 12, 28, 10, 8};

  private SummaryDetailSheet() {}

  static void frame(Sheet s, RoundAssessment a, SummaryCells cells, String header) {
    SummarySheets.titleRow(s, cells, SummarySheets.title(a, "填报明细"), HEADERS.length);
    cells.headers(s, 1, HEADERS, WIDTHS);
    s.createFreezePane(0, 2);
    SummaryPrint.apply(s, header, 2);
  }

  static void rows(Sheet s, RoundAssessment a, SummaryCells cells) {
    Map<String, String> names = names(a.plan());
    List<UnitReturn> returns = new ArrayList<>(a.data().returns());
    returns.sort(Comparator.comparing(UnitReturn::unit));
    int r = 2;
    for (UnitReturn ret : returns) {
      for (ReportedValue v : ret.values()) {
        Row row = s.createRow(r++);
        cells.text(row, 0, ret.unit());
        cells.text(row, 1, v.itemId());
        cells.text(row, 2, names.getOrDefault(baseId(v.itemId()), ""));
        cells.text(row, 3, v.field().header());
        // Whole text, wrapped: this sheet is the record, not the page a leader reads.
        cells.text(row, 4, v.text(), true);
        cells.number(row, 5, v.number());
        cells.text(row, 6, v.where().file().isEmpty() ? ret.fileName() : v.where().file());
        cells.text(row, 7, v.where().sheet());
        cells.text(row, 8, v.where().cell());
        SummaryCells.fit(row, WIDTHS);
      }
    }
  }

  /** {@code 一.1#2} belongs to task 一.1; breakdown ids are names of their own. */
  private static String baseId(String itemId) {
    int hash = itemId.indexOf('#');
    return hash < 0 ? itemId : itemId.substring(0, hash);
  }

  private static Map<String, String> names(Plan plan) {
    Map<String, String> m = new HashMap<>();
    for (Task t : plan.tasks()) {
      m.putIfAbsent(t.id(), SummaryCells.clip(t.title().isEmpty() ? t.content() : t.title(), 60));
    }
    for (Goal g : plan.goals()) {
      m.putIfAbsent(g.id(), g.name());
    }
    for (Breakdown b : plan.breakdowns()) {
      m.putIfAbsent(b.itemId(), b.goalName() + "（" + b.unit() + "）");
    }
    return m;
  }
}

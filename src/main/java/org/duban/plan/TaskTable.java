package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.SourceLine;
import org.duban.model.Task;
import org.duban.names.UnitNames;

/**
 * A task breakdown table with a row per line ({@code 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限}):
 * columns found by their header; a row with a single cell is a section heading for the rows
 * below it.
 */
final class TaskTable {
  private TaskTable() {}

  /** Columns of a task table; -1 when absent. */
  record Columns(int id, int content, int leads, int coops, int units, int deadline, int target) {
    static Columns of(List<String> header) {
      int id = -1;
      int content = -1;
      int leads = -1;
      int coops = -1;
      int units = -1;
      int deadline = -1;
      int target = -1;
      for (int c = 0; c < header.size(); c++) {
        String h = UnitNames.simplify(header.get(c)).replace(" ", "");
        if (h.matches("序号|编号|序")) {
          id = c;
        } else if (h.matches(".*(牵头).*")) {
          leads = c;
        } else if (h.matches(".*(配合|协同|参与|协办).*")) {
          coops = c;
        } else if (h.matches(".*(责任单位|责任部门|责任主体).*")) {
          units = c;
        } else if (h.matches(".*(时限|时间|节点|进度).*")) {
          deadline = c;
        } else if (h.matches(".*(目标|成效|指标).*") && !h.contains("任务")) {
          target = c;
        } else if (h.matches(".*(任务|内容|措施|事项|举措).*") && content < 0) {
          content = c;
        }
      }
      return new Columns(id, content, leads, coops, units, deadline, target);
    }
  }

  static List<Task> read(Tables.Table table, TaskBuilder builder) {
    Columns cols = Columns.of(table.header());
    List<Task> out = new ArrayList<>();
    String section = "";
    int n = 0;
    for (SourceLine l : table.lines().subList(1, table.lines().size())) {
      List<String> cells = Tables.cells(l.text());
      long filled = cells.stream().filter(c -> !c.isEmpty()).count();
      if (filled == 0) {
        continue;
      }
      if (filled == 1 && cell(cells, cols.content()).isEmpty()) {
        section = cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
        continue;
      }
      String content = cell(cells, cols.content());
      if (content.isEmpty()) {
        continue;
      }
      n++;
      String id = cell(cells, cols.id());
      out.add(
          builder.fromRow(
              id.isEmpty() ? String.valueOf(n) : id.replaceAll("[.、．]$", ""),
              section,
              content,
              cell(cells, cols.leads()),
              cell(cells, cols.coops()),
              cell(cells, cols.units()),
              cell(cells, cols.deadline()),
              cell(cells, cols.target()),
              l.where()));
    }
    return out;
  }

  private static String cell(List<String> cells, int c) {
    return c >= 0 && c < cells.size() ? cells.get(c) : "";
  }
}

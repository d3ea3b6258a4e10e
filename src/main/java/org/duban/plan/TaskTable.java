package org.duban.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  record Columns(
      int id, int content, List<Integer> parents, int leads, int coops, int units, int deadline, int target,
      List<Integer> people) {
    static Columns of(List<String> header) {
      List<Integer> contents = new ArrayList<>();
      List<Integer> people = new ArrayList<>();
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
        } else if (h.matches(".*(领导|责任人|联系人)$")) {
          // 牵头市领导, 责任领导: people, kept beside the task as the table had them
          people.add(c);
        } else if (h.matches(".*(牵头).*")) {
          leads = c;
        } else if (h.matches(".*(配合|协同|参与|协办).*")) {
          coops = c;
        } else if (h.matches(".*(责任单位|责任部门|责任主体).*")) {
          units = c;
        } else if (h.matches(".*(时限|时间|节点|进度|期限).*")) {
          deadline = c;
        } else if (h.matches(".*(目标|成效|指标).*") && !h.contains("任务")) {
          target = c;
        } else if (h.matches(".*(任务|内容|措施|事项|举措|重点工作|工作要点).*")) {
          // 部署任务 | 落实措施: the last such column holds the measures, earlier ones their parents
          contents.add(c);
        }
      }
      if (!contents.isEmpty()) {
        content = contents.remove(contents.size() - 1);
      }
      return new Columns(id, content, List.copyOf(contents), leads, coops, units, deadline, target, List.copyOf(people));
    }
  }

  static List<Task> read(Tables.Table table, TaskBuilder builder) {
    List<String> header = table.header();
    int firstRow = 1;
    if (table.lines().size() > 2) {
      List<String> lower = Tables.cells(table.lines().get(1).text());
      if (isLowerHeader(lower)) {
        header = twoLevel(header, lower);
        firstRow = 2;
      }
    }
    Columns cols = Columns.of(header);
    List<Task> out = new ArrayList<>();
    String section = "";
    String parent = "";
    int n = 0;
    List<String> previous = List.of();
    for (SourceLine l : table.lines().subList(firstRow, table.lines().size())) {
      List<String> cells = Tables.cells(l.text());
      long filled = cells.stream().filter(c -> !c.isEmpty()).count();
      if (filled == 0) {
        continue;
      }
      if (filled == 1 && cell(cells, cols.content()).isEmpty()) {
        section = cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
        parent = "";
        previous = List.of();
        continue;
      }
      if (width(l.text()) <= width(table.lines().get(0).text()) - 2) {
        cells = underMergedCells(cells, previous);
      }
      previous = cells;
      String content = cell(cells, cols.content());
      if (content.isEmpty()) {
        continue;
      }
      if (!cols.parents().isEmpty() && !cell(cells, cols.parents().get(0)).isEmpty()) {
        // 任务类别 | 工作举措: a category column merged down its rows stands for the section
        parent = cell(cells, cols.parents().get(0));
      }
      n++;
      String numbered = numberedId(section, cells, cols);
      Marker own = Marker.at(TextStream.normalize(content), 0);
      if (own != null) {
        content = content.substring(Math.min(content.length(), own.length()));
      }
      String id = cell(cells, cols.id()).replaceAll("[.、．]$", "");
      if (!id.matches("\\d{1,4}")) {
        id = numbered != null ? numbered : id.isEmpty() || id.length() > 8 ? String.valueOf(n) : id;
      }
      out.add(
          builder.fromRow(
              id,
              section.isEmpty() ? parent : section,
              content,
              cell(cells, cols.leads()),
              cell(cells, cols.coops()),
              cell(cells, cols.units()),
              cell(cells, cols.deadline()),
              cell(cells, cols.target()),
              people(header, cells, cols),
              l.where()));
    }
    return out;
  }

  /**
   * A row copied from a web page lacks the cells merged down from the row above: with fewer
   * cells than that row it ends where that row's last cell was, and takes the merged cells from it.
   */
  /** Cells a row line holds, blank ones included, a closing border not counted. */
  private static int width(String line) {
    String t = line.strip();
    int n = t.split("\\|", -1).length;
    return t.endsWith("|") ? n - 1 : n;
  }

  private static List<String> underMergedCells(List<String> cells, List<String> previous) {
    if (previous.isEmpty() || cells.size() >= previous.size() || cells.get(0).isEmpty()) {
      return cells;
    }
    List<String> out = new ArrayList<>(previous.subList(0, previous.size() - cells.size()));
    out.addAll(cells);
    return out;
  }

  /**
   * The id from the document's own numbering along the row: the section's 一、, then the markers
   * opening the 序号 cell, the parent columns and the measure ({@code 一.(一).1.(1)}); null when
   * the measure itself carries no marker.
   */
  private static String numberedId(String section, List<String> cells, Columns cols) {
    Marker own = Marker.at(TextStream.normalize(cell(cells, cols.content())), 0);
    if (own == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    texts.add(section);
    texts.add(cell(cells, cols.id()));
    cols.parents().forEach(c -> texts.add(cell(cells, c)));
    for (String t : texts) {
      Marker m = t.isEmpty() ? null : Marker.at(TextStream.normalize(t), 0);
      if (m != null) {
        parts.add(m.label());
      }
    }
    parts.add(own.label());
    return String.join(".", parts);
  }

  /**
   * The second row of a two-level header: 责任单位 spans 牵头单位 | 配合单位 below it, the other
   * headers merged down (a document repeats them, or leaves the cells blank).
   */
  private static boolean isLowerHeader(List<String> row) {
    boolean role = false;
    for (String c : row) {
      String h = UnitNames.simplify(c).replace(" ", "");
      if (h.length() > 8 || h.matches("\\d+.*")) {
        return false;
      }
      role |= h.matches(".*(牵头|配合|协同|参与|协办).*(单位|部门)");
    }
    return role;
  }

  private static List<String> twoLevel(List<String> upper, List<String> lower) {
    List<String> out = new ArrayList<>(upper);
    for (int c = 0; c < lower.size(); c++) {
      if (c >= out.size()) {
        out.add(lower.get(c));
      } else if (!lower.get(c).isEmpty()) {
        out.set(c, lower.get(c));
      }
    }
    return out;
  }

  private static Map<String, String> people(List<String> header, List<String> cells, Columns cols) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int c : cols.people()) {
      String v = cell(cells, c);
      if (!v.isEmpty()) {
        out.put(header.get(c).strip(), v);
      }
    }
    return out;
  }

  private static String cell(List<String> cells, int c) {
    return c >= 0 && c < cells.size() ? cells.get(c) : "";
  }
}

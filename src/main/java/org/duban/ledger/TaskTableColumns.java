package org.duban.ledger;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a 任务分解表 and which column plays which part. Offices name columns in many ways;
 * each part lists the names met, best first, matched exactly before "contains".
 */
final class TaskTableColumns {
  enum Part {
    ID("序号", "编号"),
    // 重点工作, 目标与任务, 工作要点: the names 政府工作报告 分解 tables give the task column
    TITLE("重点任务", "任务名称", "工作任务", "主要任务", "重点工作", "目标与任务", "工作要点", "任务事项"),
    CONTENT(
        "任务内容", "具体措施", "工作内容", "工作措施", "主要内容", "具体任务", "推进措施", "细化措施", "落实措施",
        "具体举措"),
    SECTION("所属部分", "重点领域", "任务类别", "类别", "板块", "领域"),
    LEAD("牵头单位", "牵头部门", "牵头责任单位", "主要责任单位"),
    COOPERATE(
        "配合单位", "协同单位", "协办单位", "配合部门", "参与单位", "协作单位", "协同责任单位", "协办部门",
        "协同部门", "参与部门", "协作部门", "协助单位", "协助部门"),
    RESPONSIBLE("责任单位", "责任部门", "责任主体"),
    DEADLINE("完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "时间要求", "时限"),
    TARGETS("量化目标", "目标任务", "预期目标", "具体目标", "工作目标", "目标要求", "年度目标", "量化指标");

    final List<String> names;

    Part(String... names) {
      this.names = List.of(names);
    }
  }

  final int headerRow;
  private final Map<Part, Integer> parts = new EnumMap<>(Part.class);

  /** Columns that are none of the parts: header as written -> column, kept as extras. */
  final Map<String, Integer> others = new LinkedHashMap<>();

  /**
   * @param written column -> header as written
   * @param headerRow the last header row (data starts below it)
   */
  private TaskTableColumns(Map<Integer, String> written, int headerRow) {
    this.headerRow = headerRow;
    Map<Integer, String> headers = new LinkedHashMap<>();
    written.forEach(
        (c, w) -> {
          String h = Headers.normalize(w);
          if (!h.isEmpty() && !headers.containsValue(h)) {
            headers.put(c, h);
          }
        });
    for (boolean exact : new boolean[] {true, false}) {
      for (Part p : Part.values()) {
        if (parts.containsKey(p)) {
          continue;
        }
        find(headers, p, exact).ifPresent(c -> parts.put(p, c));
      }
    }
    headers.forEach(
        (c, h) -> {
          if (!parts.containsValue(c)) {
            others.put(written.get(c).strip(), c);
          }
        });
  }

  private static Map<Integer, String> written(Grid grid, int row) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int c = 0; c <= grid.lastCol(row); c++) {
      out.put(c, grid.text(row, c));
    }
    return out;
  }

  /**
   * A two-level header ("责任单位" over "牵头单位 | 配合单位", the other headers merged down): the lower row's
   * text where it differs from the upper one.
   */
  private static Map<Integer, String> twoLevel(Grid grid, int row) {
    Map<Integer, String> upper = written(grid, row);
    Map<Integer, String> lower = written(grid, row + 1);
    Map<Integer, String> out = new LinkedHashMap<>(upper);
    lower.forEach(
        (c, t) -> {
          if (!t.isEmpty()) {
            out.put(c, t);
          }
        });
    return out;
  }

  private Optional<Integer> find(Map<Integer, String> headers, Part p, boolean exact) {
    for (String name : p.names) {
      for (Map.Entry<Integer, String> e : headers.entrySet()) {
        if (parts.containsValue(e.getKey())) {
          continue;
        }
        String h = e.getValue();
        if (exact ? h.equals(name) : h.contains(name)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** The header row among the first rows of the sheet, if the sheet is a task table at all. */
  static Optional<TaskTableColumns> find(Grid grid) {
    for (int r = 0; r <= Math.min(grid.lastRow(), 14); r++) {
      if (grid.lastCol(r) < 1) {
        continue;
      }
      TaskTableColumns one = new TaskTableColumns(written(grid, r), r);
      if (r < grid.lastRow()) {
        TaskTableColumns two = new TaskTableColumns(twoLevel(grid, r), r + 1);
        boolean lowerIsHeader =
            written(grid, r + 1).values().stream()
                .map(Headers::normalize)
                .anyMatch(h -> Part.LEAD.names.contains(h) || Part.COOPERATE.names.contains(h));
        if (lowerIsHeader && two.isTaskTable()) {
          return Optional.of(two);
        }
      }
      if (one.isTaskTable()) {
        return Optional.of(one);
      }
    }
    return Optional.empty();
  }

  private boolean isTaskTable() {
    return (has(Part.TITLE) || has(Part.CONTENT)) && (has(Part.LEAD) || has(Part.RESPONSIBLE));
  }

  boolean has(Part p) {
    return parts.containsKey(p);
  }

  /** The column of the part, or -1. */
  int col(Part p) {
    return parts.getOrDefault(p, -1);
  }

  String text(Grid grid, int row, Part p) {
    return has(p) ? grid.text(row, col(p)) : "";
  }
}

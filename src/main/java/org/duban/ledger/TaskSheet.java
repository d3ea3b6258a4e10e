package org.duban.ledger;

import static org.duban.ledger.LedgerLayout.COOPERATORS;
import static org.duban.ledger.LedgerLayout.DEADLINE;
import static org.duban.ledger.LedgerLayout.ID;
import static org.duban.ledger.LedgerLayout.LEADS;
import static org.duban.ledger.LedgerLayout.SECTION;
import static org.duban.ledger.LedgerLayout.SOURCE;
import static org.duban.ledger.LedgerLayout.TARGETS;
import static org.duban.ledger.LedgerLayout.TASKS;
import static org.duban.ledger.LedgerLayout.TASK_CONTENT;
import static org.duban.ledger.LedgerLayout.TASK_HEADERS;
import static org.duban.ledger.LedgerLayout.TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.Task;

/** The 重点任务 sheet: one task a row, its targets one a line in the notation of {@link Target}. */
final class TaskSheet {
  static final String TARGET_FIX =
      "请每行写一个目标，写成“主体 ≥数值计量单位（时限）”，如“统筹布局市重大科技计划项目 ≥10个（2025年）”；"
          + "区间写作“5-6个”，增长写作“增长≥9%”，占比写作“占比≥22%”";

  private TaskSheet() {}

  static void write(Workbook wb, LedgerStyles styles, List<Task> tasks, String ledgerName) {
    List<String> extras =
        ExtraColumns.union(tasks.stream().map(Task::extras).toList(), TASK_HEADERS);
    List<String> headers = new ArrayList<>(TASK_HEADERS);
    headers.addAll(extras);
    SheetWriter w = new SheetWriter(wb, styles, TASKS, headers);
    for (Task t : tasks) {
      List<Object> row =
          SheetWriter.values(
              t.id(),
              t.section(),
              t.title(),
              t.content(),
              UnitLists.join(t.leads()),
              UnitLists.join(t.cooperators()),
              t.deadline().text(),
              String.join("\n", t.targets().stream().map(Target::notation).toList()),
              source(t.source(), ledgerName));
      extras.forEach(h -> row.add(t.extras().getOrDefault(h, "")));
      w.row(row);
    }
    w.finish(true);
  }

  /**
   * The 来源 cell: where the task was read, but blank for a row the clerk added to the ledger itself
   * (its source is its own row, which means nothing once rows move).
   */
  private static String source(Location source, String ledgerName) {
    boolean ownRow = source.file().equals(ledgerName) && source.sheet().equals(TASKS);
    return source.isNone() || ownRow ? "" : source.toString();
  }

  static List<Task> read(SheetTable t, LocalDate planEnd, List<Problem> problems) {
    List<Problem> missing = t.missing(List.of(ID, TITLE, LEADS));
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return List.of();
    }
    List<Task> tasks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row row : t.rows()) {
      int before = problems.size();
      String id = t.text(row, ID);
      if (id.isEmpty()) {
        problems.add(t.error(row, ID, "没有填写编号", "请填写任务编号，如 二.(一).1；编号在本表内不能重复", ""));
      } else if (!ids.add(id)) {
        problems.add(t.error(row, ID, "编号“" + id + "”与上面的行重复", "请改为本表内唯一的编号", id));
      }
      List<Target> targets = targets(t, row, planEnd, problems);
      if (problems.size() > before) {
        continue;
      }
      tasks.add(
          new Task(
              id,
              t.text(row, SECTION),
              t.text(row, TITLE),
              t.text(row, TASK_CONTENT),
              UnitLists.split(t.text(row, LEADS)),
              UnitLists.split(t.text(row, COOPERATORS)),
              Deadline.parse(t.text(row, DEADLINE), planEnd),
              targets,
              source(t.text(row, SOURCE), t.where(row, ID)),
              t.extras(row)));
    }
    return tasks;
  }

  private static List<Target> targets(
      SheetTable t, Row row, LocalDate planEnd, List<Problem> problems) {
    List<Target> out = new ArrayList<>();
    String[] lines = t.text(row, TARGETS).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(TargetLines.parse(line, planEnd));
      } catch (IllegalArgumentException e) {
        String which = lines.length > 1 ? "第" + (i + 1) + "个目标" : "目标";
        problems.add(t.error(row, TARGETS, which + "的写法无法识别", TARGET_FIX, line));
      }
    }
    return out;
  }

  /**
   * The 来源 cell read back into a location ({@code 方案.txt:12}, {@code 表.xlsx 任务!B3}); the ledger row
   * itself when the cell is blank, so later messages can still point somewhere.
   */
  static Location source(String text, Location ledgerCell) {
    if (text.isEmpty()) {
      return ledgerCell;
    }
    java.util.regex.Matcher line =
        java.util.regex.Pattern.compile("^(.*):(\\d{1,9})$").matcher(text);
    if (line.matches()) {
      return Location.ofLine(line.group(1), Integer.parseInt(line.group(2)));
    }
    int bang = text.lastIndexOf('!');
    int space = bang < 0 ? -1 : text.lastIndexOf(' ', bang);
    if (bang > 0 && space > 0) {
      return Location.ofCell(
          text.substring(0, space), text.substring(space + 1, bang), text.substring(bang + 1));
    }
    return Location.ofFile(text);
  }
}

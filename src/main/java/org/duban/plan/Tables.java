package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/**
 * The tables of a document, as runs of {@code |}-separated lines, each told apart by its header:
 * an indicator table (指标名称 …) or a task table (任务 … 牵头单位); any other table is skipped
 * with a note.
 */
final class Tables {
  private static final Pattern INDICATOR_HEADER = Pattern.compile("指标");
  private static final Pattern TASK_HEADER = Pattern.compile("任务|工作内容|措施|事项|工作举措|重点工作|工作要点");
  private static final Pattern UNIT_HEADER = Pattern.compile("牵头|责任单位|责任部门|配合");

  /** One table: its lines, and whether each line is a whole row (docx) or a single cell. */
  record Table(List<SourceLine> lines, boolean rowPerLine) {
    List<String> header() {
      return rowPerLine ? cells(lines.get(0).text()) : List.of();
    }
  }

  private Tables() {}

  /** The runs of consecutive table lines of a document, each a table. */
  static List<Table> group(List<SourceLine> all) {
    List<Table> out = new ArrayList<>();
    List<SourceLine> run = new ArrayList<>();
    for (SourceLine l : all) {
      if (IndicatorTable.isTableLine(l.text())) {
        run.add(l);
      } else if (!l.text().isBlank() && !run.isEmpty()) {
        out.add(table(run));
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      out.add(table(run));
    }
    return out;
  }

  private static Table table(List<SourceLine> lines) {
    int rows = 0;
    for (SourceLine l : lines) {
      if (cells(l.text()).size() >= 2) {
        rows++;
      }
    }
    if (rows * 2 >= lines.size()) {
      return new Table(List.copyOf(lines), true);
    }
    List<SourceLine> regrouped = CellRows.of(lines);
    return regrouped != null ? new Table(regrouped, true) : new Table(List.copyOf(lines), false);
  }

  /** The cells of a row, blanks kept (positions matter), trailing blanks dropped. */
  static List<String> cells(String line) {
    // A leading | is the separator after an empty first cell (merged), not a border.
    String t = line.strip();
    List<String> out = new ArrayList<>();
    for (String c : t.split("\\|", -1)) {
      out.add(c.strip());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  static boolean isIndicator(Table t) {
    String head = headText(t);
    return INDICATOR_HEADER.matcher(head).find() && !TASK_HEADER.matcher(head.replace("目标任务", "")).find();
  }

  static boolean isTask(Table t) {
    String head = headText(t);
    return t.rowPerLine() && TASK_HEADER.matcher(head).find() && UNIT_HEADER.matcher(head).find();
  }

  private static String headText(Table t) {
    if (t.rowPerLine()) {
      return UnitNames.simplify(String.join("|", t.header()));
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(4, t.lines().size()); i++) {
      b.append(UnitNames.simplify(t.lines().get(i).text()));
    }
    return b.toString();
  }

  static Problem skipped(Table t) {
    SourceLine first = t.lines().get(0);
    return Problem.note(
        Location.ofLine(first.where().file(), first.where().line()),
        "这张表格既不是指标分解表也不是任务分解表,未读入台账(表头: "
            + String.join(" | ", t.rowPerLine() ? t.header() : List.of(first.text().strip())) + ")");
  }
}

package org.duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.duban.ledger.TaskTableColumns.Part;
import org.duban.model.Location;
import org.duban.model.Problem;

/** The task rows of one 任务分解表 sheet, with section heading rows carried down to their tasks. */
final class SheetRows {
  private static final java.util.regex.Pattern HEADING_NUMBER =
      java.util.regex.Pattern.compile("^[一二三四五六七八九十]+[、.．]?$|^[（(][一二三四五六七八九十]+[）)]$");

  private final String file;
  private final Sheet sheet;
  private final Grid grid;
  private final TaskTableColumns cols;
  private final List<Problem> problems;

  SheetRows(String file, Sheet sheet, Grid grid, TaskTableColumns cols, List<Problem> problems) {
    this.file = file;
    this.sheet = sheet;
    this.grid = grid;
    this.cols = cols;
    this.problems = problems;
  }

  List<TaskTableRow> read() {
    List<TaskTableRow> out = new ArrayList<>();
    int lastCol = grid.lastCol(cols.headerRow);
    String heading = "";
    int seq = 0;
    for (int r = cols.headerRow + 1; r <= grid.lastRow(); r++) {
      Set<String> texts = new LinkedHashSet<>();
      for (int c = 0; c <= lastCol; c++) {
        String t = grid.text(r, c);
        if (!t.isEmpty()) {
          texts.add(t);
        }
      }
      if (texts.isEmpty()) {
        continue;
      }
      String title = cols.text(grid, r, Part.TITLE);
      String content = cols.text(grid, r, Part.CONTENT);
      boolean spans = grid.spansRow(r, 0, lastCol);
      if (spans || title.isEmpty() && content.isEmpty()) {
        if (texts.size() == 1) {
          heading =
              texts.iterator().next(); // a section heading: merged across, or alone in its row
        } else {
          problems.add(
              Problem.warning(where(r, Part.TITLE), "这一行没有任务内容，已跳过", "如果这是一项任务，请在 plan.xlsx 中补上")
                  .withValue(String.join(" ", texts)));
        }
        continue;
      }
      String numbered = cols.text(grid, r, Part.ID);
      if (HEADING_NUMBER.matcher(numbered).matches()
          && noUnitsOrDeadline(r)
          && (content.isEmpty() || content.equals(title))) {
        // "二 | 人才引进 | | |": a part of the plan, numbered like one, not a task.
        heading = numbered + (numbered.matches(".*[、.．）)]$") ? "" : "、") + title;
        continue;
      }
      seq++;
      String section = cols.text(grid, r, Part.SECTION);
      if (section.isEmpty()) {
        section = heading;
      }
      String rawId = cols.text(grid, r, Part.ID);
      String id = rawId.isEmpty() ? Integer.toString(seq) : rawId;
      String number = TaskTableImporter.sectionNumber(section);
      if (!number.isEmpty() && id.matches("\\d+")) {
        id = number + "." + id; // the ledger's own numbering style: 二.(一).1
      }
      List<List<String>> units =
          TaskTableRow.units(
              cols.text(grid, r, Part.LEAD),
              cols.text(grid, r, Part.COOPERATE),
              cols.text(grid, r, Part.RESPONSIBLE));
      List<String> targets = new ArrayList<>();
      for (String line : cols.text(grid, r, Part.TARGETS).split("\\R")) {
        if (!line.isBlank()) {
          targets.add(line.strip());
        }
      }
      Map<String, String> extras = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> e : cols.others.entrySet()) {
        String v = grid.text(r, e.getValue());
        if (!v.isEmpty()) {
          extras.put(e.getKey(), v);
        }
      }
      out.add(
          new TaskTableRow(
              id,
              section,
              title.isEmpty() ? TaskTableRow.firstSentence(content) : title,
              content.isEmpty() ? title : content,
              units.get(0),
              units.get(1),
              cols.text(grid, r, Part.DEADLINE),
              targets,
              where(r, cols.has(Part.TITLE) ? Part.TITLE : Part.CONTENT),
              extras));
    }
    return out;
  }

  private boolean noUnitsOrDeadline(int r) {
    for (Part p : new Part[] {Part.LEAD, Part.COOPERATE, Part.RESPONSIBLE, Part.DEADLINE}) {
      if (!cols.text(grid, r, p).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private Location where(int row, Part part) {
    int c = Math.max(0, cols.col(part));
    return Location.ofCell(
        file, sheet.getSheetName(), new CellReference(row, c).formatAsString(false));
  }
}

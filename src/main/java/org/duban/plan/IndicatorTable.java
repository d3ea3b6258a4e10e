package org.duban.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.duban.model.Target;
import org.duban.names.UnitNames;

/**
 * Reads an indicator breakdown table whose cells arrive as {@code |}-separated text: either a
 * row per line ({@code 指标 | 目标 | 单位}) or a cell per line ending in {@code |}, with
 * {@code ||} where merged cells left gaps. Cells are read in order: a name, its target, then
 * unit cells; unit cells with a value ({@code 临湘高新区10家}) continue the row.
 */
final class IndicatorTable {
  private static final Pattern HEADER = Pattern.compile("指标名称|目标任务|目标值|责任单位|序号|分解目标|备注");
  private static final Pattern SHARE =
      Pattern.compile("^(.*?)(\\d+(?:\\.\\d+)?)\\s*(" + Targets.MEASURE + ")?(以上|左右)?$");

  private IndicatorTable() {}

  /** True for a line that is part of such a table. */
  static boolean isTableLine(String text) {
    String t = text.strip();
    return t.endsWith("|") || t.startsWith("|") || t.contains(" | ") || t.equals("||");
  }

  private record Cell(String text, int line) {}

  static List<IndicatorRow> read(Tables.Table table, List<Problem> problems) {
    return table.rowPerLine() ? readRows(table, problems) : readCells(table.lines(), problems);
  }

  /**
   * A table with a row per line: columns found by their header (指标名称, 目标…/2025年, 单位,
   * 责任单位); a row with an empty name adds units to the row above (merged cells).
   */
  private static List<IndicatorRow> readRows(Tables.Table table, List<Problem> problems) {
    List<String> header = table.header();
    int name = -1;
    int target = -1;
    int measure = -1;
    int units = -1;
    String year = "";
    for (int c = 0; c < header.size(); c++) {
      String h = UnitNames.simplify(header.get(c)).replace(" ", "");
      if (h.contains("指标") && name < 0) {
        name = c;
      } else if (h.matches(".*(责任|牵头|承担)(单位|部门).*")) {
        units = c;
      } else if (h.equals("单位") || h.equals("计量单位")) {
        measure = c;
      } else if (h.contains("目标") || h.matches(".*20\\d\\d.*")) {
        target = c;
        Matcher y = Pattern.compile("20\\d\\d年").matcher(h);
        year = y.find() ? y.group() : "";
      }
    }
    String file = table.lines().get(0).where().file();
    List<IndicatorRow> rows = new ArrayList<>();
    if (name < 0 || target < 0) {
      problems.add(Tables.skipped(table));
      return rows;
    }
    String lastName = null;
    Target lastTarget = null;
    List<IndicatorRow.UnitShare> shares = new ArrayList<>();
    int lastLine = 0;
    for (SourceLine l : table.lines().subList(1, table.lines().size())) {
      List<String> cells = Tables.cells(l.text());
      String n = cell(cells, name);
      if (!n.isEmpty()) {
        if (lastName != null) {
          rows.add(new IndicatorRow(lastName, lastTarget, shares, lastLine));
        }
        String text = cell(cells, target);
        if (text.matches(".*\\d$")) {
          text = text + cell(cells, measure);
        }
        List<Target> found =
            Targets.extract(text, TextStream.normalize(text), year);
        if (found.isEmpty()) {
          problems.add(
              Problem.warning(
                      org.duban.model.Location.ofLine(file, l.where().line()),
                      "指标表中“" + n + "”的目标值看不懂",
                      "请在台账“目标指标”表中填写目标值")
                  .withValue(text));
          lastName = null;
          continue;
        }
        Target t = found.get(0);
        lastTarget =
            new Target(n, t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), t.deadline(), text);
        lastName = n;
        lastLine = l.where().line();
        shares = new ArrayList<>();
      }
      if (lastName != null) {
        for (String u : UnitLists.namesOf(cell(cells, units))) {
          IndicatorRow.UnitShare s = share(u);
          shares.add(s == null ? new IndicatorRow.UnitShare(u, null, "") : s);
        }
      }
    }
    if (lastName != null) {
      rows.add(new IndicatorRow(lastName, lastTarget, shares, lastLine));
    }
    return rows;
  }

  private static String cell(List<String> cells, int c) {
    return c >= 0 && c < cells.size() ? cells.get(c) : "";
  }

  /** A table with a cell per line: name, target, then unit cells, in reading order. */
  private static List<IndicatorRow> readCells(List<SourceLine> lines, List<Problem> problems) {
    List<Cell> cells = new ArrayList<>();
    for (SourceLine l : lines) {
      for (String c : l.text().split("\\|")) {
        String t = c.strip();
        if (!t.isEmpty()) {
          cells.add(new Cell(t, l.where().line()));
        }
      }
    }
    List<IndicatorRow> rows = new ArrayList<>();
    int i = 0;
    while (i < cells.size() && isHeader(cells.get(i).text())) {
      i++;
    }
    String file = lines.isEmpty() ? "" : lines.get(0).where().file();
    while (i < cells.size()) {
      Cell name = cells.get(i++);
      if (isHeader(name.text())) {
        continue;
      }
      if (i >= cells.size()) {
        problems.add(
            Problem.warning(
                org.duban.model.Location.ofLine(file, name.line()),
                "指标分解表的“" + name.text() + "”一行没有目标值",
                "请在台账“目标指标”表中补上目标值"));
        break;
      }
      Cell targetCell = cells.get(i);
      List<Target> found = Targets.extract(targetCell.text(), TextStream.normalize(targetCell.text()), "");
      if (found.isEmpty()) {
        problems.add(
            Problem.warning(
                    org.duban.model.Location.ofLine(file, targetCell.line()),
                    "指标分解表中“" + name.text() + "”的目标值看不懂",
                    "请在台账“目标指标”表中填写目标值")
                .withValue(targetCell.text()));
        continue;
      }
      i++;
      Target t = found.get(0);
      Target target =
          new Target(
              name.text(), t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), t.deadline(), targetCell.text());
      List<IndicatorRow.UnitShare> shares = new ArrayList<>();
      while (i < cells.size()) {
        IndicatorRow.UnitShare s = share(cells.get(i).text());
        if (s == null) {
          break;
        }
        if (s.value() == null) {
          if (!shares.isEmpty()) {
            break;
          }
          for (String u : UnitLists.namesOf(cells.get(i).text())) {
            shares.add(new IndicatorRow.UnitShare(u, null, ""));
          }
          i++;
          break;
        }
        shares.add(s);
        i++;
      }
      rows.add(new IndicatorRow(name.text(), target, shares, name.line()));
    }
    return rows;
  }

  private static boolean isHeader(String cell) {
    return cell.length() <= 8 && HEADER.matcher(UnitNames.simplify(cell)).find();
  }

  /** A unit cell: a unit list without values, or one unit with its sub-target; else null. */
  private static IndicatorRow.UnitShare share(String cell) {
    Matcher m = SHARE.matcher(UnitNames.simplify(cell));
    if (m.matches() && !m.group(1).isBlank() && UnitNames.looksLikeUnit(m.group(1))) {
      return new IndicatorRow.UnitShare(
          m.group(1).strip(), new BigDecimal(m.group(2)), m.group(3) == null ? "" : m.group(3));
    }
    List<String> names = UnitLists.namesOf(cell);
    if (names.isEmpty()) {
      return null;
    }
    for (String n : names) {
      if (!UnitNames.looksLikeUnit(n) || UnitNames.kindOf(n) == org.duban.model.UnitKind.ENTERPRISE) {
        return null;
      }
    }
    return new IndicatorRow.UnitShare(cell, null, "");
  }
}

package org.duban.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    int measure = -1;
    List<Integer> units = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<String> years = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String h = UnitNames.simplify(header.get(c)).replace(" ", "");
      if (h.contains("指标") && name < 0) {
        name = c;
      } else if (h.matches(".*(责任|牵头|承担|配合)(单位|部门).*")) {
        // 牵头单位 | 责任单位: both name the indicator's units, the lead first
        units.add(c);
      } else if (h.equals("单位") || h.equals("计量单位")) {
        measure = c;
      } else if (h.matches(".*(属性|性质)")) {
        // 指标属性: 预期性 or 约束性 (binding), which the office watches more closely
        kept.add(c);
      } else if (h.contains("目标") || h.matches(".*20\\d\\d.*")) {
        targets.add(c);
        Matcher y = Pattern.compile("20\\d\\d年").matcher(h);
        years.add(y.find() ? y.group() : "");
      }
    }
    dropBaseline(header, targets, years);
    String file = table.lines().get(0).where().file();
    List<IndicatorRow> rows = new ArrayList<>();
    if (name < 0 || targets.isEmpty()) {
      problems.add(Tables.skipped(table));
      return rows;
    }
    List<Open> open = new ArrayList<>();
    for (SourceLine l : table.lines().subList(1, table.lines().size())) {
      List<String> cells = Tables.cells(l.text());
      String n = cell(cells, name);
      if (!n.isEmpty()) {
        close(open, rows);
        for (int k = 0; k < targets.size(); k++) {
          String text = cell(cells, targets.get(k));
          Target t = cellTarget(text, cell(cells, measure), years.get(k));
          if (t == null) {
            if (targets.size() == 1 || !text.isEmpty() && text.matches(".*\\d.*")) {
              problems.add(
                  Problem.warning(
                          org.duban.model.Location.ofLine(file, l.where().line()),
                          "指标表中“" + n + "”的目标值看不懂",
                          "请在台账“目标指标”表中填写目标值")
                      .withValue(text));
            }
            continue;
          }
          Open row = new Open(new Target(n, t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), t.deadline(), text),
              l.where().line());
          for (int c : kept) {
            if (!cell(cells, c).isEmpty()) {
              row.extras.put(header.get(c).strip(), cell(cells, c));
            }
          }
          open.add(row);
        }
      }
      for (Open o : open) {
        for (int u : units) {
          for (String name2 : UnitLists.namesOf(cell(cells, u))) {
            IndicatorRow.UnitShare s = share(name2);
            o.shares.add(s == null ? new IndicatorRow.UnitShare(name2, null, "") : s);
          }
        }
      }
    }
    close(open, rows);
    return rows;
  }

  /** A row being read: one target of it, and the unit cells met so far. */
  private static final class Open {
    final Target target;
    final int line;
    final List<IndicatorRow.UnitShare> shares = new ArrayList<>();
    final Map<String, String> extras = new LinkedHashMap<>();

    Open(Target target, int line) {
      this.target = target;
      this.line = line;
    }
  }

  private static void close(List<Open> open, List<IndicatorRow> rows) {
    for (Open o : open) {
      rows.add(new IndicatorRow(o.target.subject(), o.target, o.shares, o.line, o.extras));
    }
    open.clear();
  }

  /**
   * 2022年 | 2025年 | 2027年: with several year columns the earliest is the base year the targets
   * start from (unless its header says 目标), not a target.
   */
  private static void dropBaseline(List<String> header, List<Integer> targets, List<String> years) {
    if (targets.size() < 2) {
      return;
    }
    int first = -1;
    for (int k = 0; k < targets.size(); k++) {
      if (!years.get(k).isEmpty() && (first < 0 || years.get(k).compareTo(years.get(first)) < 0)) {
        first = k;
      }
    }
    String h = UnitNames.simplify(header.get(targets.get(Math.max(first, 0))));
    if (first >= 0 && (!h.contains("目标") || h.matches(".*(基期|现状|基数|基准).*"))) {
      targets.remove(first);
      years.remove(first);
    }
  }

  private static final Pattern CELL_VALUE =
      Pattern.compile(
          "^(?<cmp>≥|≤|>=|<=|>|<|不低于|不少于|不高于|不超过|达到|超过)?\\s*(?<v>\\d+(?:\\.\\d+)?)\\s*"
              + "(?<m>[^\\d\\s(（]{0,8}?)\\s*(?<q>以上|以下|以内|左右)?$");

  /**
   * A target cell: {@code ≥79.2} with its measure from the 单位 column, {@code ≤12.7}, {@code 300家以上},
   * else whatever the target reader makes of the text; null when it holds no number.
   */
  private static Target cellTarget(String text, String measureCell, String year) {
    Matcher m = CELL_VALUE.matcher(UnitNames.simplify(text));
    org.duban.model.Deadline deadline =
        year.isEmpty() ? org.duban.model.Deadline.NONE : Deadlines.parse(year, null);
    if (m.matches()) {
      String cmpWord = m.group("cmp") == null ? "" : m.group("cmp");
      String q = m.group("q") == null ? "" : m.group("q");
      String measure = m.group("m").isEmpty() ? UnitNames.simplify(measureCell) : m.group("m");
      org.duban.model.Comparison cmp =
          cmpWord.matches("≤|<=|<|不高于|不超过") || q.equals("以下") || q.equals("以内")
              ? org.duban.model.Comparison.AT_MOST
              : q.equals("左右") ? org.duban.model.Comparison.ABOUT : org.duban.model.Comparison.AT_LEAST;
      boolean percent = measure.equals("%") || measure.endsWith("百分点");
      org.duban.model.TargetKind kind =
          q.equals("左右")
              ? org.duban.model.TargetKind.APPROXIMATE
              : percent ? org.duban.model.TargetKind.SHARE : org.duban.model.TargetKind.AMOUNT;
      return new Target("", kind, cmp, new BigDecimal(m.group("v")), null, measure, deadline, text);
    }
    String t = text.matches(".*\\d$") ? text + measureCell : text;
    List<Target> found = Targets.extract(t, TextStream.normalize(t), year);
    return found.isEmpty() ? null : found.get(0);
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
      rows.add(new IndicatorRow(name.text(), target, shares, name.line(), Map.of()));
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

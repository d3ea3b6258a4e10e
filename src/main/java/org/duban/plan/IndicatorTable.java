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

  static List<IndicatorRow> read(List<SourceLine> lines, List<Problem> problems) {
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
      List<Target> found = Targets.extract(targetCell.text(), UnitNames.foldWidth(UnitNames.toSimplifiedSameLength(targetCell.text())), "");
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

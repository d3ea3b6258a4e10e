package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/**
 * Table rows copied as plain text, their cells separated by tabs or, once the tabs are lost, by
 * spaces ({@code 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位} / {@code 1 加强水资源保 护 … 市水利局
 * …}), rewritten as {@code " | "}-separated rows the table readers understand. With spaces the
 * cells of a row cannot all be told apart, so the row is read from both ends: the number first,
 * then the unit and deadline columns from the right (unit lists hold no spaces), the measure as the
 * last piece left and anything before it as its parents.
 */
final class SpacedRows {
  private static final Pattern INDEX = Pattern.compile("序号|编号");
  private static final Pattern UNIT_OR_TIME = Pattern.compile(".*(牵头|配合|参与|协同|责任|时限|时间|期限).*");
  private static final Pattern TASK_WORD = Pattern.compile(".*(任务|措施|内容|事项|举措|工作).*");
  private static final Pattern ROW = Pattern.compile("^(\\d{1,4})\\s+\\S.*");
  /** 6月底前, 2025年12月, 长期坚持: what a deadline cell holds. */
  private static final Pattern TIME =
      Pattern.compile("^(?:20\\d\\d年)?(?:\\d{1,2}月(?:\\d{1,2}日)?|年|季度|上半年|下半年|全年|年内|长期|持续)\\S{0,6}$");

  private SpacedRows() {}

  /** A row read so far: a cell can go on over the next lines (区财政局 / 区税务局 / 区政府有关部门). */
  private record Pending(List<String> pieces, SourceLine first) {}

  static List<SourceLine> of(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    List<String> header = null;
    Pending pending = null;
    for (SourceLine l : lines) {
      String t = l.text().strip();
      if (t.indexOf('\t') >= 0 && !IndicatorTable.isTableLine(t) && t.split("\t+").length >= 3) {
        pending = flush(pending, header, out);
        out.add(new SourceLine(String.join(" | ", t.split("\\s*\t+\\s*")), l.where()));
        continue;
      }
      List<String> h = headerOf(t);
      if (h != null) {
        pending = flush(pending, header, out);
        header = h;
        out.add(new SourceLine(String.join(" | ", h), l.where()));
        continue;
      }
      if (header != null) {
        if (ROW.matcher(t).matches()) {
          flush(pending, header, out);
          pending = new Pending(new ArrayList<>(List.of(t.split("\\s+"))), l);
          continue;
        }
        if (t.isEmpty()) {
          continue;
        }
        if (pending != null && continues(t)) {
          pending.pieces().addAll(List.of(t.split("\\s+")));
          continue;
        }
        pending = flush(pending, header, out);
        if (isHeading(t)) {
          // a row of one cell: the table readers take it as the heading of the rows below
          out.add(new SourceLine(t + " |", l.where()));
          continue;
        }
        header = null;
      }
      out.add(l);
    }
    flush(pending, header, out);
    return out;
  }

  private static Pending flush(Pending pending, List<String> header, List<SourceLine> out) {
    if (pending != null) {
      out.add(new SourceLine(row(pending.pieces(), header), pending.first().where()));
    }
    return null;
  }

  /** The column names of a space-separated header line, or null if the line is not one. */
  private static List<String> headerOf(String t) {
    if (IndicatorTable.isTableLine(t) || t.matches(".*[。,;:、].*")) {
      return null;
    }
    List<String> cells = List.of(t.split("\\s+"));
    if (cells.size() < 4 || cells.size() > 12 || !INDEX.matcher(UnitNames.simplify(cells.get(0))).matches()) {
      return null;
    }
    boolean units = false;
    boolean task = false;
    for (String c : cells) {
      String s = UnitNames.simplify(c);
      if (s.length() > 8) {
        return null;
      }
      units |= s.matches(".*(牵头|责任单位|配合).*");
      task |= TASK_WORD.matcher(s).matches() && !UNIT_OR_TIME.matcher(s).matches();
    }
    return units && task ? cells : null;
  }

  /** True if every piece of the line is a unit list or a deadline: the rest of a row's cells. */
  private static boolean continues(String t) {
    for (String piece : t.split("\\s+")) {
      if (!UnitLists.isUnitList(piece) && !TIME.matcher(UnitNames.simplify(piece)).matches()) {
        return false;
      }
    }
    return true;
  }

  /** 一、主要预期目标 / (二)重点任务, with no space in it: a heading the table's rows are grouped under. */
  private static boolean isHeading(String t) {
    Marker m = Marker.at(TextStream.normalize(t), 0);
    return m != null && (m.rank() == 0 || m.rank() == 1) && !t.matches(".*\\s.*");
  }

  private static String row(List<String> all, List<String> header) {
    List<String> pieces = new ArrayList<>(all);
    int right = 0;
    for (int c = header.size() - 1; c > 0 && UNIT_OR_TIME.matcher(UnitNames.simplify(header.get(c))).matches(); c--) {
      right++;
    }
    String[] cells = new String[header.size()];
    java.util.Arrays.fill(cells, "");
    cells[0] = pieces.remove(0);
    for (int c = header.size() - 1; c >= header.size() - right && pieces.size() > 1; c--) {
      cells[c] = pieces.remove(pieces.size() - 1);
    }
    int leftmost = header.size() - right;
    // 区财政局 / 区税务局 on lines of their own: more units than columns belong to the first unit
    // column, as the cell of two names the table had
    while (right > 0 && pieces.size() > 1 && UnitLists.isUnitList(pieces.get(pieces.size() - 1))) {
      cells[leftmost] = pieces.remove(pieces.size() - 1) + "、" + cells[leftmost];
    }
    int content = leftmost - 1;
    if (content >= 1 && !pieces.isEmpty()) {
      cells[content] = pieces.remove(pieces.size() - 1);
      if (content >= 2) {
        // the parents' words, their own boundaries unknown, go to the first parent column
        cells[1] = String.join("", pieces);
      }
    }
    return String.join(" | ", cells);
  }
}

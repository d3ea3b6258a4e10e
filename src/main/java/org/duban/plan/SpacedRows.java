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
  private static final Pattern UNIT_OR_TIME = Pattern.compile(".*(牵头|配合|参与|协同|责任|时限|时间).*");
  private static final Pattern TASK_WORD = Pattern.compile(".*(任务|措施|内容|事项|举措|工作).*");
  private static final Pattern ROW = Pattern.compile("^(\\d{1,4})\\s+\\S.*");

  private SpacedRows() {}

  static List<SourceLine> of(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    List<String> header = null;
    for (SourceLine l : lines) {
      String t = l.text().strip();
      if (t.indexOf('\t') >= 0 && !IndicatorTable.isTableLine(t) && t.split("\t+").length >= 3) {
        out.add(new SourceLine(String.join(" | ", t.split("\\s*\t+\\s*")), l.where()));
        continue;
      }
      List<String> h = headerOf(t);
      if (h != null) {
        header = h;
        out.add(new SourceLine(String.join(" | ", h), l.where()));
        continue;
      }
      if (header != null && ROW.matcher(t).matches()) {
        out.add(new SourceLine(row(t, header), l.where()));
        continue;
      }
      if (!t.isEmpty()) {
        header = null;
      }
      out.add(l);
    }
    return out;
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

  private static String row(String t, List<String> header) {
    List<String> pieces = new ArrayList<>(List.of(t.split("\\s+")));
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
    int content = header.size() - right - 1;
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

package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/**
 * A table copied from a web page or PDF with a cell per line ({@code 序号 |} / {@code 重点工作 |} /
 * … / {@code 1 |} / {@code 坚持服务跟着项目走… |}), put back into rows: the header runs up to the
 * first row number, and each row from one number of the 序号 column to the next. A header repeated
 * at a page break is skipped.
 */
final class CellRows {
  private static final Pattern INDEX_HEADER = Pattern.compile("序号|编号|序|排序");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern WRAP = Pattern.compile("(?<=[\\u4e00-\\u9fff，、。”“]) (?=[\\u4e00-\\u9fff“”])");

  private record Cell(String text, SourceLine line) {}

  private CellRows() {}

  /** The rows, each as one line of {@code " | "}-joined cells, header first; null if not such a table. */
  static List<SourceLine> of(List<SourceLine> lines) {
    List<Cell> cells = new ArrayList<>();
    for (SourceLine l : lines) {
      for (String c : l.text().split("\\|")) {
        String t = c.strip();
        if (t.length() > 16) {
          // 力争 全年新签约: a long cell copied from a PDF keeps a space where its line wrapped
          t = WRAP.matcher(t).replaceAll("");
        }
        if (!t.isEmpty()) {
          cells.add(new Cell(t, l));
        }
      }
    }
    if (cells.isEmpty() || !INDEX_HEADER.matcher(UnitNames.simplify(cells.get(0).text()).replace(" ", "")).matches()) {
      return null;
    }
    int width = 0;
    while (width < cells.size() && !NUMBER.matcher(cells.get(width).text()).matches()) {
      if (cells.get(width).text().length() > 16) {
        return null;
      }
      width++;
    }
    if (width < 3 || width >= cells.size()) {
      return null;
    }
    List<String> header = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      header.add(cells.get(i).text());
    }
    List<SourceLine> out = new ArrayList<>();
    out.add(new SourceLine(String.join(" | ", header), cells.get(0).line().where()));
    int i = width;
    int expected = Integer.parseInt(cells.get(width).text());
    while (i < cells.size()) {
      if (repeatsHeader(cells, i, header)) {
        i += width;
        continue;
      }
      if (!cells.get(i).text().equals(String.valueOf(expected))) {
        return null;
      }
      int end = i + 1;
      while (end < cells.size()
          && !(cells.get(end).text().equals(String.valueOf(expected + 1)) && end - i >= 2)
          && !repeatsHeader(cells, end, header)) {
        end++;
      }
      List<String> row = new ArrayList<>();
      for (int k = i; k < end; k++) {
        row.add(cells.get(k).text());
      }
      out.add(new SourceLine(String.join(" | ", row), cells.get(i).line().where()));
      expected++;
      i = end;
    }
    return out;
  }

  private static boolean repeatsHeader(List<Cell> cells, int at, List<String> header) {
    if (at + 1 >= cells.size()) {
      return false;
    }
    return cells.get(at).text().equals(header.get(0)) && cells.get(at + 1).text().equals(header.get(1));
  }
}

package org.duban.fillin;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.xlsx.CellRef;
import org.duban.xlsx.XmlEvents;

/**
 * One worksheet part in a single pass: only {@code <row>} and {@code <c>} matter; the
 * {@code <dimension>} is ignored (it may claim a million rows). Formulas give their cached value.
 */
final class SheetXmlReader {
  private final List<String> sharedStrings;
  private final List<FormatKind> formats;
  private final List<Problem> notes;
  private final String fileName;

  private final ReadBudget budget;

  SheetXmlReader(List<String> sharedStrings, List<FormatKind> formats, List<Problem> notes, String fileName,
      ReadBudget budget) {
    this.budget = budget;
    this.sharedStrings = sharedStrings;
    this.formats = formats;
    this.notes = notes;
    this.fileName = fileName;
  }

  void read(XmlEvents r, SheetData sheet) throws XMLStreamException, Unreadable {
    int row = -1;
    int col = -1;
    String type = null;
    int style = 0;
    boolean formula = false;
    StringBuilder value = new StringBuilder();
    // An inline string lives in <is>; a cell rewritten by POI can carry a stale <v> beside it,
    // so the two are kept apart and <is> wins for inlineStr cells.
    StringBuilder inline = new StringBuilder();
    boolean inInline = false;
    boolean inValue = false;
    boolean inCell = false;
    int phonetic = 0;
    for (int e = r.next(); e != XmlEvents.END_DOCUMENT; e = r.next()) {
      if (e == XmlEvents.START) {
        if (r.nameIs("c")) {
          inCell = true;
          String ref = r.attr("r");
          type = r.attr("t");
          style = OoxmlParts.parseInt(r.attr("s"));
          formula = false;
          value.setLength(0);
          inline.setLength(0);
          if (ref != null) {
            try {
              CellRef c = CellRef.parse(ref);
              row = c.row();
              col = c.col();
            } catch (IllegalArgumentException ex) {
              col++;
            }
          } else {
            col++;
          }
        } else if (r.nameIs("v") || r.nameIs("t")) {
          inValue = inCell;
        } else if (r.nameIs("row")) {
          String rr = r.attr("r");
          row = rr == null ? row + 1 : OoxmlParts.parseInt(rr) - 1;
          col = -1;
        } else if (r.nameIs("f")) {
          formula = inCell;
        } else if (r.nameIs("is")) {
          inInline = inCell;
        } else if (r.nameIs("rPh")) {
          phonetic++;
        }
      } else if (e == XmlEvents.END) {
        if (r.nameIs("v") || r.nameIs("t")) {
          inValue = false;
        } else if (r.nameIs("c")) {
          inCell = false;
          if (row >= 0 && col >= 0) {
            String text = "inlineStr".equals(type) && !inline.isEmpty() ? inline.toString() : value.toString();
            sheet.put(row, col, cell(CellRef.a1(Math.min(row, CellRef.MAX_ROW), Math.min(col, CellRef.MAX_COL)),
                type, style, formula, text, sheet.name));
            budget.cell(sheet.name);
          }
        } else if (r.nameIs("is")) {
          inInline = false;
        } else if (r.nameIs("rPh")) {
          phonetic--;
        }
      } else if (inValue && phonetic == 0) {
        StringBuilder into = inInline ? inline : value;
        int before = into.length();
        r.appendText(into);
        budget.text(into.length() - before, into.length());
      }
    }
  }

  private RawCell cell(String a1, String t, int style, boolean formula, String v, String sheetName) {
    String type = t == null ? "n" : t;
    switch (type) {
      case "s" -> {
        int i;
        try {
          i = Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
          i = -1;
        }
        if (i < 0 || i >= sharedStrings.size()) {
          // POI would silently show "" here; the unit must hear that the cell is damaged.
          notes.add(Problem.error(Location.ofCell(fileName, sheetName, a1),
              "单元格引用了不存在的共享字符串（第 " + v.strip() + " 条，文件只有 " + sharedStrings.size() + " 条），内容已损坏",
              "请在 Excel 或 WPS 中重新填写该单元格并保存"));
          return new RawCell(a1, RawCell.Type.TEXT, "", Double.NaN, formula, false);
        }
        return new RawCell(a1, RawCell.Type.TEXT, sharedStrings.get(i), Double.NaN, formula, false);
      }
      case "str", "inlineStr", "d" -> {
        return new RawCell(a1, v.isEmpty() && !formula ? RawCell.Type.BLANK : RawCell.Type.TEXT, v, Double.NaN, formula, false);
      }
      case "b" -> {
        String b = v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
        return new RawCell(a1, RawCell.Type.BOOLEAN, b, Double.NaN, formula, false);
      }
      case "e" -> {
        return new RawCell(a1, RawCell.Type.ERROR, v.strip(), Double.NaN, formula, false);
      }
      default -> {
        String s = v.strip();
        if (s.isEmpty()) {
          return new RawCell(a1, RawCell.Type.BLANK, "", Double.NaN, formula, false);
        }
        try {
          double d = Double.parseDouble(s);
          if (!Double.isFinite(d)) {
            // 1e999, NaN, Infinity: Java parses them, but no spreadsheet cell holds such a number
            throw new NumberFormatException(s);
          }
          FormatKind kind = style >= 0 && style < formats.size() ? formats.get(style) : FormatKind.NUMBER;
          return new RawCell(a1, RawCell.Type.NUMBER, RawCell.plain(d), d, formula,
              kind == FormatKind.DATE, kind == FormatKind.PERCENT);
        } catch (NumberFormatException ex) {
          notes.add(Problem.warning(Location.ofCell(fileName, sheetName, a1),
              "数字单元格的内容无法识别为数字，已按文字读取", "请检查该单元格").withValue(s));
          return new RawCell(a1, RawCell.Type.TEXT, s, Double.NaN, formula, false);
        }
      }
    }
  }
}

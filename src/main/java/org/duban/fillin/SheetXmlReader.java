package org.duban.fillin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.xlsx.CellRef;
import org.duban.xlsx.SafeXml;

/**
 * One worksheet part in a single StAX pass: only {@code <row>} and {@code <c>} matter; the
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

  void read(InputStream in, SheetData sheet) throws XMLStreamException, Unreadable {
    XMLStreamReader r = OoxmlParts.open(in);
    int row = -1;
    int col = -1;
    String ref = null;
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
    while (OoxmlParts.next(r)) {
      int e = r.getEventType();
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (SafeXml.local(r)) {
          case "row" -> {
            String rr = SafeXml.attr(r, "r");
            row = rr == null ? row + 1 : OoxmlParts.parseInt(rr) - 1;
            col = -1;
          }
          case "c" -> {
            inCell = true;
            ref = null;
            type = null;
            style = 0;
            // One pass over the attributes: this is the hottest loop of collecting returns.
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
              String a = r.getAttributeLocalName(i);
              if (a.length() == 1) {
                switch (a.charAt(0)) {
                  case 'r' -> ref = r.getAttributeValue(i);
                  case 't' -> type = r.getAttributeValue(i);
                  case 's' -> style = OoxmlParts.parseInt(r.getAttributeValue(i));
                  default -> { }
                }
              }
            }
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
          }
          case "f" -> formula = inCell;
          case "is" -> inInline = inCell;
          case "v", "t" -> inValue = inCell;
          case "rPh" -> phonetic++;
          default -> { }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        switch (SafeXml.local(r)) {
          case "v", "t" -> inValue = false;
          case "is" -> inInline = false;
          case "rPh" -> phonetic--;
          case "c" -> {
            inCell = false;
            if (row >= 0 && col >= 0) {
              String text = "inlineStr".equals(type) && !inline.isEmpty() ? inline.toString() : value.toString();
              sheet.put(row, col, cell(CellRef.a1(Math.min(row, CellRef.MAX_ROW), Math.min(col, CellRef.MAX_COL)),
                  type, style, formula, text, sheet.name));
              budget.cell(sheet.name);
            }
          }
          default -> { }
        }
      } else if (inValue && phonetic == 0 && OoxmlParts.isText(e)) {
        StringBuilder into = inInline ? inline : value;
        int before = into.length();
        into.append(r.getText());
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

  /** Convenience for callers holding a zip stream. */
  static void readPart(SheetXmlReader reader, InputStream in, SheetData sheet)
      throws IOException, XMLStreamException, Unreadable {
    try (in) {
      reader.read(in, sheet);
    }
  }
}

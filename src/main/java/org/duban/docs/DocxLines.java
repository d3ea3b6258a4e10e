package org.duban.docs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.model.Location;
import org.duban.model.SourceLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A .docx body as lines in document order: a paragraph is a line, a table row is one line with
 * {@code " | "} between cells, so the plan parser sees a breakdown table the way seed 002 prints
 * it.
 */
final class DocxLines {
  static final String CELL_SEPARATOR = " | ";

  private final String fileName;
  private final DocxNumbering numbering;
  private final List<SourceLine> lines = new ArrayList<>();

  private DocxLines(String fileName, DocxNumbering numbering) {
    this.fileName = fileName;
    this.numbering = numbering;
  }

  static List<SourceLine> of(XWPFDocument doc, String fileName) {
    DocxLines out = new DocxLines(fileName, new DocxNumbering(doc.getNumbering(), doc.getStyles()));
    out.body(doc.getBodyElements());
    return out.lines;
  }

  private void body(List<IBodyElement> elements) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        add(numbering.label(p) + p.getText());
      } else if (e instanceof XWPFTable t) {
        table(t);
      } else if (e instanceof XWPFSDT sdt) {
        // A content control (a form field block): its text, one line per line it holds.
        for (String s : sdt.getContent().getText().split("\\R", -1)) {
          add(s);
        }
      }
    }
  }

  private void table(XWPFTable table) {
    // Text of the cell that started a vertical merge, by grid column: continuation cells are
    // empty in the file, but a row must read on its own ("| 临湘高新区 | 10家" under its indicator).
    Map<Integer, String> mergedAbove = new HashMap<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      List<XWPFTable> nested = new ArrayList<>();
      int col = gridBefore(row);
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = span(pr);
        if (pr != null && pr.getHMerge() != null && pr.getHMerge().getVal() != STMerge.RESTART) {
          col += span; // old-style horizontal merge: the text is already in the first cell
          continue;
        }
        String text = cellText(cell, nested);
        if (pr != null && pr.getVMerge() != null) {
          if (pr.getVMerge().getVal() == STMerge.RESTART) {
            mergedAbove.put(col, text);
          } else {
            text = mergedAbove.getOrDefault(col, text);
          }
        } else {
          mergedAbove.remove(col);
        }
        cells.add(text);
        // a cell merged across columns leaves the columns it covers empty, so the cells after it
        // stay under their headers, and a row that is one merged cell (a section heading) still
        // reads as a table row
        for (int k = 1; k < span; k++) {
          cells.add("");
        }
        col += span;
      }
      add(String.join(CELL_SEPARATOR, cells).stripTrailing());
      // Nested tables are flattened: their rows follow the row that holds them.
      nested.forEach(this::table);
    }
  }

  private static String cellText(IBody cell, List<XWPFTable> nested) {
    StringBuilder b = new StringBuilder();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        String t = p.getText().strip();
        if (!t.isEmpty()) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(t);
        }
      } else if (e instanceof XWPFTable t) {
        nested.add(t);
      }
    }
    // A cell must not fake a cell boundary or a line break of its own.
    return b.toString().replace('|', '｜').replaceAll("\\s+", " ");
  }

  private static int span(CTTcPr pr) {
    if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    return Math.max(1, pr.getGridSpan().getVal().intValue());
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    CTDecimalNumber n = pr.getGridBeforeArray(0);
    BigInteger v = n.getVal();
    return v == null ? 0 : v.intValue();
  }

  private void add(String text) {
    lines.add(new SourceLine(text, Location.ofLine(fileName, lines.size() + 1)));
  }
}

package org.duban.docs;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.duban.model.Location;
import org.duban.model.SourceLine;

/**
 * A legacy Word .doc as lines: each paragraph a line; a table row one line whose cells, which Word
 * ends with the cell mark U+0007, are joined with {@code " | "} as in a .docx.
 */
final class DocLines {
  private static final char CELL_MARK = '\u0007';

  private DocLines() {}

  static List<SourceLine> of(HWPFDocument doc, String fileName) {
    List<String> texts = new ArrayList<>();
    DocNumbering numbering = new DocNumbering(doc.getListTables());
    Range range = doc.getRange();
    StringBuilder row = null;
    for (int i = 0; i < range.numParagraphs(); i++) {
      Paragraph p = range.getParagraph(i);
      String raw = p.text();
      if (p.isInTable()) {
        if (row == null) {
          row = new StringBuilder();
        }
        if (p.isTableRowEnd()) {
          texts.add(joinCells(row.toString()));
          row = null;
        } else {
          row.append(raw);
        }
        continue;
      }
      if (row != null) {
        // A row that lost its end mark: keep its text rather than drop it.
        texts.add(joinCells(row.toString()));
        row = null;
      }
      texts.add(numbering.label(p) + clean(raw));
    }
    if (row != null) {
      texts.add(joinCells(row.toString()));
    }
    List<SourceLine> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(new SourceLine(t, Location.ofLine(fileName, lines.size() + 1)));
    }
    return lines;
  }

  /** Cell texts end with the cell mark; paragraphs inside a cell end with CR. */
  static String joinCells(String rowText) {
    List<String> cells = new ArrayList<>();
    for (String cell : rowText.split(String.valueOf(CELL_MARK), -1)) {
      cells.add(clean(cell).replace('|', '｜').replaceAll("\\s+", " ").strip());
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1); // the mark after the last cell leaves an empty tail
    }
    return String.join(DocxLines.CELL_SEPARATOR, cells);
  }

  /** Drops field codes, object anchors, page breaks and the paragraph mark. */
  static String clean(String raw) {
    String t = Range.stripFields(raw);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u000b') {
        b.append(' '); // manual line break inside a paragraph
      } else if (c == CELL_MARK) {
        b.append(DocxLines.CELL_SEPARATOR);
      } else if (c >= ' ' || c == '\t') {
        b.append(c);
      }
    }
    return b.toString(); // leading spaces kept, as in .txt and .docx
  }
}

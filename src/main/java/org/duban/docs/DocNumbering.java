package org.duban.docs;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Automatic list numbers of a Word 97 .doc, as {@link DocxNumbering} does for .docx: the number
 * text of a list level holds the characters U+0000..U+0008 where level 1..9's counter goes.
 */
final class DocNumbering {
  private static final int LEVELS = 9;
  private static final int BULLET = 23;
  private static final int NONE = 255;

  private final ListTables lists;
  private final Map<Integer, int[]> counters = new HashMap<>();

  DocNumbering(ListTables lists) {
    this.lists = lists;
  }

  String label(Paragraph p) {
    if (lists == null || !p.isInList()) {
      return "";
    }
    try {
      return labelOf(lists.getLfo(p.getIlfo()).getLsid(), p.getIlvl());
    } catch (RuntimeException e) {
      return ""; // a damaged list table must not lose the paragraph's own text
    }
  }

  private String labelOf(int lsid, int level) {
    if (level < 0 || level >= LEVELS) {
      return "";
    }
    ListLevel[] levels = new ListLevel[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      try {
        levels[i] = lists.getLevel(lsid, i);
      } catch (RuntimeException e) {
        levels[i] = null; // a simple list has one level only
      }
    }
    int[] count =
        counters.computeIfAbsent(
            lsid,
            k -> {
              int[] c = new int[LEVELS];
              for (int i = 0; i < LEVELS; i++) {
                c[i] = start(levels[i]) - 1;
              }
              return c;
            });
    count[level]++;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      count[deeper] = start(levels[deeper]) - 1;
    }
    ListLevel lvl = levels[level];
    if (lvl == null || lvl.getNumberText() == null) {
      return "";
    }
    int nfc = lvl.getNumberFormat();
    if (nfc == BULLET || nfc == NONE) {
      return "";
    }
    String text = lvl.getNumberText();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < LEVELS) {
        ListLevel of = levels[c];
        b.append(
            DocxNumbering.render(
                Math.max(1, count[c]), format(of == null ? 0 : of.getNumberFormat())));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int start(ListLevel l) {
    return l == null ? 1 : l.getStartAt();
  }

  /** Word's number format code (nfc) as the .docx name {@link DocxNumbering#render} knows. */
  static String format(int nfc) {
    switch (nfc) {
      case 1:
        return "upperRoman";
      case 2:
        return "lowerRoman";
      case 3:
        return "upperLetter";
      case 4:
        return "lowerLetter";
      case 10:
        return "ideographDigital";
      case 11:
        return "japaneseCounting";
      case 14:
      case 19:
        return "decimalFullWidth";
      case 18:
        return "decimalEnclosedCircle";
      case 22:
        return "decimalZero";
      case 27:
        return "decimalEnclosedParen";
      case 28:
        return "decimalEnclosedCircleChinese";
      case 30:
        return "ideographTraditional";
      case 31:
        return "ideographZodiac";
      case 33:
        return "taiwaneseCounting";
      case 35:
        return "taiwaneseCountingThousand";
      case 36:
        return "taiwaneseDigital";
      case 37:
        return "chineseCounting";
      case 38:
        return "chineseLegalSimplified";
      case 39:
        return "chineseCountingThousand";
      default:
        return "decimal";
    }
  }
}

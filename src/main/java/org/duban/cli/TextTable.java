package org.duban.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table that lines up in a terminal, counting CJK characters as two columns wide. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable header(String... cells) {
    rows.add(0, cells);
    return this;
  }

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  void print(PrintStream out) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], width(r[i]));
      }
    }
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        b.append(r[i]).append(" ".repeat(widths[i] - width(r[i])));
        if (i < r.length - 1) {
          b.append("  ");
        }
      }
      out.println(b.toString().stripTrailing());
      if (n == 0) {
        int total = 0;
        for (int w : widths) {
          total += w + 2;
        }
        out.println("-".repeat(Math.max(0, total - 2)));
      }
    }
  }

  /** Display width: East Asian wide and full-width characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}

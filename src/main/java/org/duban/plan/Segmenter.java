package org.duban.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text into blocks at numbering markers: at the start of a line, and inside a line
 * after the end of a sentence (or, for (一), anywhere) when the number follows the previous one
 * of its kind, so that text run together by OCR still falls apart into its parts.
 */
final class Segmenter {
  private Segmenter() {}

  static List<Block> split(TextStream s) {
    String norm = s.norm;
    int n = norm.length();
    int[] last = new int[5]; // by rank + 1: parts, 一、, (一), 1., (1)
    int[] ever = new int[5]; // the same, not reset by a higher marker: (三) may go on under 二、
    List<int[]> cuts = new ArrayList<>(); // {start of marker, start of text, rank or -1}
    List<Marker> markers = new ArrayList<>();
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = norm.charAt(i);
      if (c == '\n') {
        lineStart = true;
        continue;
      }
      if (lineStart && Character.isWhitespace(c)) {
        continue;
      }
      Marker m = null;
      if (lineStart) {
        m = Marker.at(norm, i);
        if (m == null) {
          cuts.add(new int[] {i, i, -1});
          markers.add(null);
        }
      } else if (afterSentence(norm, i) || (c == '(' && i > 0 && norm.charAt(i - 1) != '(')) {
        Marker cand = Marker.at(norm, i);
        boolean cnParen = cand != null && cand.rank() == 1;
        if (cand != null && cand.rank() >= 0 && !cand.circled() && (afterSentence(norm, i) || cnParen)
            && follows(cand, last, ever)) {
          m = cand;
        }
      }
      lineStart = false;
      if (m != null) {
        last[m.rank() + 1] = m.value();
        ever[m.rank() + 1] = m.value();
        for (int k = m.rank() + 2; k < last.length; k++) {
          last[k] = 0;
        }
        cuts.add(new int[] {i, i + m.length(), m.rank()});
        markers.add(m);
        i += m.length() - 1;
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int k = 0; k < cuts.size(); k++) {
      int[] cut = cuts.get(k);
      int end = k + 1 < cuts.size() ? cuts.get(k + 1)[0] : n;
      String orig = s.orig.substring(cut[1], end).replace('\n', ' ').strip();
      String nrm = norm.substring(cut[1], end).replace('\n', ' ').strip();
      Marker m = markers.get(k);
      if (m == null && nrm.isEmpty()) {
        continue;
      }
      String raw = s.orig.substring(cut[0], cut[1]).strip();
      int lead = leadingSpaces(s.orig, cut[1], end);
      blocks.add(new Block(m, raw, orig, nrm, s.lineAt(cut[0]), cut[1] + lead));
    }
    return blocks;
  }

  private static int leadingSpaces(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static boolean afterSentence(String norm, int i) {
    int j = i - 1;
    while (j >= 0 && norm.charAt(j) == ' ') {
      j--;
    }
    // …按职责分工负责)二、培育数字产业: a unit list closes its measure like a full stop
    return j >= 0 && "。;!?)]".indexOf(norm.charAt(j)) >= 0;
  }

  /** Inside a line a marker counts only when it continues its list, or starts a new one. */
  private static boolean follows(Marker m, int[] last, int[] ever) {
    // A text may start its top level after a preface that was not numbered 一、.
    if (m.rank() == 0 && last[1] == 0) {
      return true;
    }
    int r = m.rank() + 1;
    // numbering that runs on through the parts: 二、培育数字产业(三)招引…
    return m.value() == last[r] + 1 || (m.rank() >= 1 && last[r] == 0 && m.value() == ever[r] + 1);
  }
}

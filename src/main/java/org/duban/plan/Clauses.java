package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts a text into sentences, clauses and 、-groups for target reading, outside brackets, and
 * marks what stands inside quotes.
 */
final class Clauses {
  private Clauses() {}

  /** Marks characters inside “…”, "…" and 《…》: numbers there are names. */
  static boolean[] quoted(String norm) {
    boolean[] q = new boolean[norm.length() + 1];
    int depth = 0;
    boolean ascii = false;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c == '“' || c == '《') {
        depth++;
      } else if ((c == '”' || c == '》') && depth > 0) {
        depth--;
      } else if (c == '"') {
        ascii = !ascii;
      }
      q[i] = depth > 0 || ascii;
    }
    return q;
  }

  /** Splits [from,to) at the given separators outside brackets; sentences keep their end mark. */
  static List<int[]> spans(String norm, int from, int to, String seps, boolean keepSep) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = norm.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && thousands(norm, i)) {
        continue;
      } else if (seps.indexOf(c) >= 0 && (depth == 0 || keepSep)) {
        out.add(new int[] {start, keepSep ? i + 1 : i});
        start = i + 1;
        if (keepSep) {
          depth = 0;
        }
      }
    }
    if (start < to) {
      out.add(new int[] {start, to});
    }
    return out;
  }

  /** 1,200: a comma between a digit and exactly three digits groups thousands. */
  private static boolean thousands(String norm, int i) {
    if (i == 0) {
      return false;
    }
    if (!Character.isDigit(norm.charAt(i - 1))) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (i + k >= norm.length() || !Character.isDigit(norm.charAt(i + k))) {
        return false;
      }
    }
    return i + 4 >= norm.length() || !Character.isDigit(norm.charAt(i + 4));
  }

  /**
   * Splits a clause at 、 into groups that each hold at least one number: a piece without a
   * number belongs to the next piece ({@code 争创A、B各1家}), a trailing one to the previous.
   */
  static List<int[]> groups(String norm, int from, int to, Predicate<int[]> hasNumber) {
    List<int[]> pieces = spans(norm, from, to, "、", false);
    List<int[]> out = new ArrayList<>();
    int pendingStart = -1;
    for (int[] p : pieces) {
      boolean numbered = hasNumber.test(p);
      int start = pendingStart >= 0 ? pendingStart : p[0];
      if (numbered) {
        out.add(new int[] {start, p[1]});
        pendingStart = -1;
      } else if (pendingStart < 0) {
        pendingStart = p[0];
      }
    }
    if (pendingStart >= 0) {
      if (out.isEmpty()) {
        out.add(new int[] {pendingStart, to});
      } else {
        out.get(out.size() - 1)[1] = to;
      }
    }
    return out;
  }
}

package org.duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Unit lists in one cell: written with 、, read back from 、 ， , ； ; / or line breaks. */
final class UnitLists {
  static final String SEPARATOR = "、";

  private UnitLists() {}

  static String join(List<String> names) {
    return String.join(SEPARATOR, names);
  }

  /** The names in the cell, in order, each once; a trailing 等 ("市财政局等") dropped. */
  private static final java.util.regex.Pattern ROLE =
      java.util.regex.Pattern.compile("(?<=\\S)(?:分别|共同|联合)?(?:牵头|配合|协助)(?:负责|落实|实施)?$");

  static List<String> split(String cell) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (cell == null) {
      return List.of();
    }
    // 区住建局、区财政局共同牵头, …配合: the role closing the cell is no part of the last name
    String c = ROLE.matcher(cell.strip()).replaceFirst("");
    for (String part : c.split("[、，,；;/\\n\\r]+")) {
      String t = part.strip();
      if (t.endsWith("等") && t.length() > 1) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return new ArrayList<>(out);
  }
}

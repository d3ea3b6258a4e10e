package org.duban.ledger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The columns a clerk added to a ledger sheet, kept after the standard ones in first-seen order.
 */
final class ExtraColumns {
  private ExtraColumns() {}

  static List<String> union(List<Map<String, String>> extras, List<String> standard) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    List<String> normalizedStandard = standard.stream().map(Headers::normalize).toList();
    for (Map<String, String> e : extras) {
      for (String h : e.keySet()) {
        // An extra named like a standard column would be read back as that column.
        if (!normalizedStandard.contains(Headers.normalize(h))) {
          all.add(h);
        }
      }
    }
    return List.copyOf(all);
  }
}

package org.duban.plan;

import java.util.List;

/**
 * One list of responsible units as the document wrote it, split into leads and cooperators.
 *
 * @param start offset in the block's text where the bracket opens
 * @param end offset just after the bracket closes
 * @param leads 牵头单位 as written
 * @param cooperators 配合单位 as written
 * @param doubtful pieces that do not read like unit names
 * @param deadline a deadline written inside the list (完成时限:2025年12月底, 9月底前完成), as written; or ""
 */
record UnitList(
    int start, int end, List<String> leads, List<String> cooperators, List<String> doubtful, String deadline) {
  UnitList {
    leads = List.copyOf(leads);
    cooperators = List.copyOf(cooperators);
    doubtful = List.copyOf(doubtful);
  }
}

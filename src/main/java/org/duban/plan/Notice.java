package org.duban.plan;

import java.util.List;
import java.util.regex.Pattern;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/**
 * The covering notice a plan is often published under (各镇街: 《…方案》已经区政府同意,现印发给你们,
 * 并就有关事项通知如下: 一、各责任单位要高度重视…): its numbered requests to the units are not tasks.
 * The plan's own text starts at its title line after the notice.
 */
final class Notice {
  private static final Pattern ISSUING =
      Pattern.compile("现?印发给你们|印发你们|现予(?:以)?印发|现将.{0,80}印发|予以印发");
  private static final Pattern PLAN_WORD =
      Pattern.compile("方案|计划|规划|意见|办法|措施|要点|清单|分解|分工|安排|任务|条");
  /** How far after the notice's sentence its signature and the plan's title may come. */
  private static final int REACH = 60;

  private Notice() {}

  /** The document line where the plan's own text begins: 0 when there is no covering notice. */
  static int bodyStart(List<SourceLine> lines) {
    int issuing = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 40; i++) {
      String n = UnitNames.simplify(lines.get(i).text());
      if (n.isEmpty()) {
        continue;
      }
      seen++;
      if (ISSUING.matcher(n).find()) {
        issuing = i;
        break;
      }
    }
    if (issuing < 0) {
      return 0;
    }
    for (int i = issuing + 1; i < lines.size() && i <= issuing + REACH; i++) {
      if (isTitle(UnitNames.simplify(lines.get(i).text()))) {
        return lines.get(i).where().line();
      }
    }
    return 0;
  }

  private static boolean isTitle(String n) {
    return !n.isEmpty()
        && n.length() <= 60
        && PLAN_WORD.matcher(n).find()
        && !n.matches(".*[。,;:!?].*")
        && !n.contains("印发")
        && !n.endsWith("通知")
        && !IndicatorTable.isTableLine(n)
        && Marker.at(n, 0) == null;
  }
}

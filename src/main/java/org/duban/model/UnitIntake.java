package org.duban.model;

import java.time.LocalDate;

/**
 * A unit's standing in a round's intake, for the summary's 单位情况 and the timeliness ranking.
 *
 * @param unit canonical unit name
 * @param status on time, late, rejected, missing
 * @param fileName the file that was taken (empty when none)
 * @param submitted the date the return counts as submitted (填报日期, else file time), or null
 * @param errors number of error findings in the taken file (or the rejected ones)
 * @param warnings number of warning findings
 */
public record UnitIntake(
    String unit, IntakeStatus status, String fileName, LocalDate submitted, int errors, int warnings) {
  public UnitIntake {
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("intake record needs a unit");
    }
    if (status == null) {
      throw new IllegalArgumentException("intake record for " + unit + " needs a status");
    }
    fileName = fileName == null ? "" : fileName;
  }
}

package org.duban.completion;

import java.time.LocalDate;
import org.duban.model.IntakeStatus;

/**
 * How a unit stands in a round: its return's timeliness and completeness, its tasks, its rank.
 *
 * @param rank 1 = best; units equal on timeliness and completeness share a rank
 * @param unit canonical name
 * @param intake on time, late, rejected, missing
 * @param submitted the date its return counts as submitted, or null
 * @param fileName the file taken, or empty
 * @param leadTasks tasks it leads
 * @param cooperateTasks tasks it cooperates on
 * @param indicators goal indicators and sub-targets it holds
 * @param leadCompletion capped mean completion of the tasks it leads, NaN when none known
 * @param items rows it was asked to fill
 * @param itemsComplete rows with a usable value and status
 * @param errors error findings in its file(s)
 * @param warnings warning findings
 */
public record UnitStanding(
    int rank,
    String unit,
    IntakeStatus intake,
    LocalDate submitted,
    String fileName,
    int leadTasks,
    int cooperateTasks,
    int indicators,
    double leadCompletion,
    int items,
    int itemsComplete,
    int errors,
    int warnings) {
  /** Share of its rows that were usable, 0..1; 1 when it was asked nothing. */
  public double completeness() {
    return items == 0 ? (intake.reported() ? 1 : 0) : (double) itemsComplete / items;
  }

  UnitStanding withRank(int r) {
    return new UnitStanding(
        r, unit, intake, submitted, fileName, leadTasks, cooperateTasks, indicators,
        leadCompletion, items, itemsComplete, errors, warnings);
  }
}

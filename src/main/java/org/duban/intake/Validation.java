package org.duban.intake;

import java.util.List;
import org.duban.model.Problem;
import org.duban.model.Severity;
import org.duban.model.UnitReturn;

/**
 * The validator's verdict on one file.
 *
 * @param fileName the file as the user knows it
 * @param unit the unit it was identified as, or empty when unknown
 * @param verdict accepted, accepted with warnings, or rejected
 * @param unitReturn the values that passed, or null when rejected
 * @param problems every finding, file-level ones first, then in sheet and row order
 */
public record Validation(
    String fileName, String unit, Verdict verdict, UnitReturn unitReturn, List<Problem> problems) {
  public Validation {
    fileName = fileName == null ? "" : fileName;
    unit = unit == null ? "" : unit;
    problems = List.copyOf(problems);
    if (verdict != Verdict.REJECTED && unitReturn == null) {
      throw new IllegalArgumentException("an accepted file needs its return: " + fileName);
    }
  }

  /** A file refused as a whole, with the reason(s). */
  public static Validation rejected(String fileName, String unit, List<Problem> problems) {
    return new Validation(fileName, unit, Verdict.REJECTED, null, problems);
  }

  public long count(Severity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }

  /** True when the unit should get a 问题清单: errors or warnings, not mere notes. */
  public boolean needsFollowUp() {
    return problems.stream().anyMatch(p -> p.severity() != Severity.NOTE);
  }
}

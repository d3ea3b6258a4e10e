package org.duban.intake;

import java.time.LocalDate;
import java.util.List;
import org.duban.model.IntakeStatus;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.UnitIntake;

/**
 * What a collect run found, for 收件情况.xlsx and the console: every file with its verdict and
 * findings, every unit's standing, and the units to phone.
 *
 * @param planName 方案名称
 * @param round the round collected
 * @param due 报送截止日期, or null
 * @param files one entry per file read, sorted by file
 * @param units one record per expected unit, sorted by unit
 * @param missing the units that have no accepted return, sorted by unit
 */
public record IntakeReport(
    String planName, Round round, LocalDate due, List<FileEntry> files, List<UnitIntake> units,
    List<MissingUnit> missing) {
  public IntakeReport {
    files = List.copyOf(files);
    units = List.copyOf(units);
    missing = List.copyOf(missing);
  }

  /**
   * One file's outcome.
   *
   * @param path the file's path relative to the folder it was found in (for telling apart files
   *     of the same name in sub-folders)
   * @param unit the unit it was identified as, or empty
   * @param taken true when its values are the unit's return for the round
   * @param remark which file won and why, when the unit sent several; else empty
   */
  public record FileEntry(
      String fileName, String path, String unit, Verdict verdict, boolean taken, String remark,
      List<Problem> problems) {
    public FileEntry {
      unit = unit == null ? "" : unit;
      remark = remark == null ? "" : remark;
      problems = List.copyOf(problems);
    }
  }

  /** A unit without an accepted return, with whom to phone. */
  public record MissingUnit(String unit, IntakeStatus status, String contact, String phone) {}

  public long count(Verdict v) {
    return files.stream().filter(f -> f.verdict() == v).count();
  }

  public long superseded() {
    return files.stream().filter(f -> f.verdict() != Verdict.REJECTED && !f.taken()).count();
  }

  public long unitsReported() {
    return units.stream().filter(u -> u.status().reported()).count();
  }
}

package org.duban.intake;

import java.time.LocalDate;
import java.util.List;
import org.duban.model.Filer;
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
 * @param asOf the day the intake was judged on (passed in: same inputs, same report)
 * @param files one entry per file read, sorted by file
 * @param units one record per expected unit, sorted by unit
 * @param missing the units that have no accepted return, sorted by unit
 */
public record IntakeReport(
    String planName, Round round, LocalDate due, LocalDate asOf, List<FileEntry> files,
    List<UnitIntake> units, List<MissingUnit> missing) {
  public IntakeReport {
    if (asOf == null) {
      throw new IllegalArgumentException("an intake report needs the day it was made: " + round);
    }
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
   * @param filer who filled it in, as the file says ({@link Filer#UNKNOWN} for a refused file)
   */
  public record FileEntry(
      String fileName, String path, String unit, Verdict verdict, boolean taken, String remark,
      List<Problem> problems, Filer filer) {
    public FileEntry {
      unit = unit == null ? "" : unit;
      remark = remark == null ? "" : remark;
      problems = List.copyOf(problems);
      filer = filer == null ? Filer.UNKNOWN : filer;
    }
  }

  /**
   * A unit without an accepted return, with whom to phone.
   *
   * @param reason why its file was refused (the first error), empty when nothing arrived
   */
  public record MissingUnit(String unit, IntakeStatus status, String contact, String phone,
      String reason) {
    public MissingUnit {
      contact = contact == null ? "" : contact;
      phone = phone == null ? "" : phone;
      reason = reason == null ? "" : reason;
    }
  }

  public long count(Verdict v) {
    return files.stream().filter(f -> f.verdict() == v).count();
  }

  /** Files whose values were used: one per unit that reported. */
  public long taken() {
    return files.stream().filter(FileEntry::taken).count();
  }

  /** Files used although they had warnings or errors on some values. */
  public long takenWithProblems() {
    return files.stream().filter(f -> f.taken() && f.verdict() == Verdict.ACCEPTED_WITH_WARNINGS)
        .count();
  }

  public long units(IntakeStatus status) {
    return units.stream().filter(u -> u.status() == status).count();
  }

  public long superseded() {
    return files.stream().filter(f -> f.verdict() != Verdict.REJECTED && !f.taken()).count();
  }

  public long unitsReported() {
    return units.stream().filter(u -> u.status().reported()).count();
  }
}

package org.duban.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.duban.intake.IntakeReport;
import org.duban.intake.IntakeReport.FileEntry;
import org.duban.intake.IntakeReport.MissingUnit;
import org.duban.intake.Items;
import org.duban.intake.Validation;
import org.duban.intake.Verdict;
import org.duban.intake.Versions;
import org.duban.model.IntakeStatus;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Severity;
import org.duban.model.Unit;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;

/**
 * Turns the validated files of a run into the round's result, deterministically: one return per
 * unit (newest wins), each unit's standing, and the report. Depends only on the files' contents,
 * names and times, never on the order threads finished in.
 */
final class CollectMerge {
  /** One file as read and validated, with its modification time. */
  record Read(CollectScan.Found file, Validation validation, Instant fileTime) {}

  private final IntakeReport report;
  private final RoundData data;
  private final Map<String, Read> taken;
  private final List<Read> rejected;
  private final Map<String, List<Problem>> followUps;

  private CollectMerge(IntakeReport report, RoundData data, Map<String, Read> taken,
      List<Read> rejected, Map<String, List<Problem>> followUps) {
    this.report = report;
    this.data = data;
    this.taken = taken;
    this.rejected = rejected;
    this.followUps = followUps;
  }

  static CollectMerge of(Plan plan, Round round, LocalDate due, List<Read> reads, LocalDate today) {
    // By identity: two copies of one file in different folders make equal candidates.
    Map<Versions.Candidate, Read> byCandidate = new IdentityHashMap<>();
    List<Versions.Candidate> candidates = new ArrayList<>();
    List<Read> rejected = new ArrayList<>();
    for (Read r : reads) {
      if (r.validation().verdict() == Verdict.REJECTED) {
        rejected.add(r);
      } else {
        Versions.Candidate c = new Versions.Candidate(r.validation(), r.fileTime());
        byCandidate.put(c, r);
        candidates.add(c);
      }
    }
    List<Versions.Choice> choices = Versions.choose(candidates);
    Map<String, Read> taken = new TreeMap<>();
    Map<Read, String> remarks = new IdentityHashMap<>();
    for (Versions.Choice c : choices) {
      Read winner = byCandidate.get(c.winner());
      taken.put(c.unit(), winner);
      if (!c.superseded().isEmpty()) {
        remarks.put(winner, c.reason());
        for (Versions.Candidate lost : c.superseded()) {
          remarks.put(byCandidate.get(lost), c.against(lost));
        }
      }
    }
    List<FileEntry> files = new ArrayList<>();
    for (Read r : reads) {
      Validation v = r.validation();
      files.add(new FileEntry(v.fileName(), r.file().shownPath(), v.unit(), v.verdict(),
          taken.get(v.unit()) == r, remarks.getOrDefault(r, ""), v.problems(),
          v.unitReturn() == null ? null : v.unitReturn().filer()));
    }
    Map<String, List<Problem>> followUps = new TreeMap<>();
    List<UnitIntake> intake = new ArrayList<>();
    List<MissingUnit> missing = new ArrayList<>();
    List<UnitReturn> returns = new ArrayList<>();
    for (String unit : new TreeSet<>(Items.expectedUnits(plan))) {
      Read win = taken.get(unit);
      if (win != null) {
        UnitReturn ret = win.validation().unitReturn();
        returns.add(ret);
        LocalDate submitted = submitted(ret.filer().date(), win.fileTime(), today);
        IntakeStatus status = due == null || submitted == null || !submitted.isAfter(due)
            ? IntakeStatus.ON_TIME : IntakeStatus.LATE;
        intake.add(new UnitIntake(unit, status, win.validation().fileName(), submitted,
            count(win.validation().problems(), Severity.ERROR),
            count(win.validation().problems(), Severity.WARNING)));
        // The list goes back to the unit: the taken file's findings, and why any other file
        // of its was refused (a broken 更正版 must not go unmentioned because an older one won).
        List<Problem> back = new ArrayList<>();
        for (Read r : reads) {
          if (r == win || r.validation().verdict() == Verdict.REJECTED && r.validation().unit().equals(unit)) {
            back.addAll(r.validation().problems());
          }
        }
        if (back.stream().anyMatch(p -> p.severity() != Severity.NOTE)) {
          followUps.put(unit, back);
        }
        continue;
      }
      List<Problem> refused = new ArrayList<>();
      String lastFile = "";
      for (Read r : rejected) {
        if (r.validation().unit().equals(unit)) {
          refused.addAll(r.validation().problems());
          lastFile = r.validation().fileName();
        }
      }
      IntakeStatus status = refused.isEmpty() ? IntakeStatus.MISSING : IntakeStatus.REJECTED;
      if (!refused.isEmpty()) {
        followUps.put(unit, refused);
      }
      intake.add(new UnitIntake(unit, status, lastFile, null, count(refused, Severity.ERROR),
          count(refused, Severity.WARNING)));
      Unit u = plan.unit(unit).orElse(null);
      String reason = refused.stream().filter(Problem::isError).map(Problem::message).findFirst()
          .orElse("");
      missing.add(new MissingUnit(unit, status, u == null ? "" : u.contact(),
          u == null ? "" : u.phone(), reason));
    }
    RoundData data = new RoundData(round, plan.fingerprint(), due, returns, intake);
    IntakeReport report =
        new IntakeReport(plan.info().name(), round, due, today, files, intake, missing);
    return new CollectMerge(report, data, taken, rejected, followUps);
  }

  /** 填报日期, else the file's day; never after today (a typo such as 2052 proves nothing). */
  private static LocalDate submitted(LocalDate filled, Instant fileTime, LocalDate today) {
    LocalDate d = filled != null ? filled : CollectUseCase.day(fileTime);
    return d != null && today != null && d.isAfter(today) ? today : d;
  }

  private static int count(List<Problem> problems, Severity s) {
    return (int) problems.stream().filter(p -> p.severity() == s).count();
  }

  IntakeReport report() {
    return report;
  }

  RoundData data() {
    return data;
  }

  /** The file taken per unit, by unit. */
  Map<String, Read> taken() {
    return taken;
  }

  List<Read> rejected() {
    return rejected;
  }

  /** Findings to send back, per unit with errors or warnings (or only refused files). */
  Map<String, List<Problem>> followUps() {
    return followUps;
  }
}

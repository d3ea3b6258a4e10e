package org.duban.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.duban.fillin.ReturnReader;
import org.duban.intake.IntakeReport;
import org.duban.intake.ReturnValidator;
import org.duban.intake.Validation;
import org.duban.ledger.LedgerReader;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.names.UnitDirectory;

/**
 * {@code duban collect}: read the returns of a round on two threads, validate each as it is read
 * (only the small validated values are kept), pick one file per unit, and write the merged data,
 * the accepted/ and rejected/ copies, 收件情况.xlsx, the 问题清单 and 催报.txt.
 */
public final class CollectUseCase {
  /**
   * @param sources files or folders to read; empty means the round's inbox
   * @param today the date used for timeliness (passed in: same inputs, same outputs)
   * @param progress told the number of files done so far (may be a no-op)
   */
  public record Options(List<Path> sources, LocalDate today, IntConsumer progress) {
    public Options {
      sources = List.copyOf(sources);
      progress = progress == null ? n -> {} : progress;
    }
  }

  /**
   * Counts for the console, the missing units, every finding, and the report's path.
   *
   * @param files files read (lock files and the like are not counted)
   * @param taken files whose values were used: one per unit that reported
   * @param takenWithProblems of those, the ones with warnings or values not used
   * @param superseded accepted files replaced by a newer one from the same unit
   * @param rejected files refused as a whole
   */
  public record Result(
      int files,
      int taken,
      int takenWithProblems,
      int superseded,
      int rejected,
      int unitsReported,
      int unitsExpected,
      List<String> missingUnits,
      List<Problem> problems,
      Path intakeReport) {
    public Result {
      missingUnits = List.copyOf(missingUnits);
      problems = List.copyOf(problems);
    }
  }

  /** The result together with the full intake report, for a console listing of every file. */
  public record Outcome(Result result, IntakeReport report) {}

  /** Reads one return file; the production source is {@link ReturnReader#read}. */
  @FunctionalInterface
  public interface ReturnSource {
    RawReturn read(Path file) throws DubanException;
  }

  /** Files are read on this many threads: the two cores the office PC is assumed to have. */
  static final int THREADS = 2;

  private CollectUseCase() {}

  /** Number of files a run would read; lets the command line decide on a progress bar. */
  public static int countFiles(Workspace ws, Round round, List<Path> sources) {
    try {
      return CollectScan.scan(ws, round, sources).size();
    } catch (DubanException e) {
      return 0;
    }
  }

  public static Result run(Workspace ws, Round round, Options options) throws DubanException {
    return collect(ws, round, options).result();
  }

  /** As {@link #run} but also returns the intake report (for printing every file's verdict). */
  public static Outcome collect(Workspace ws, Round round, Options options) throws DubanException {
    Plan plan = LedgerReader.read(ws.ledger());
    return collect(ws, round, options, plan, ReturnReader::read);
  }

  /** The core of a run, with the plan and the file reader passed in. */
  public static Outcome collect(Workspace ws, Round round, Options options, Plan plan,
      ReturnSource source) throws DubanException {
    return collect(ws, round, options, plan, source, FILE_TIME_LIMIT);
  }

  /** A file still being read after this long is rejected (a hostile file must not stall a run). */
  static final Duration FILE_TIME_LIMIT = Duration.ofSeconds(120);

  static Outcome collect(Workspace ws, Round round, Options options, Plan plan,
      ReturnSource source, Duration limit) throws DubanException {
    LocalDate today = options.today() == null ? LocalDate.now() : options.today();
    try {
      CollectOutputs.prepare(ws, round);
    } catch (IOException e) {
      throw WriteFailures.of(ws, e);
    }
    List<CollectScan.Found> files = CollectScan.scan(ws, round, options.sources());
    ReturnValidator validator = new ReturnValidator(plan, round, UnitDirectory.of(plan.units()));
    CollectMerge merge;
    try (ReturnSpool spool = ReturnSpool.in(ws.stateDir(round))) {
      List<CollectMerge.Read> reads = CollectReads.readAll(files, validator, source,
          options.progress(), limit, spool::park);
      merge = CollectMerge.of(plan, round, RoundStore.loadDue(ws, round).orElse(null), reads, today);
      CollectOutputs.write(ws, round, plan, merge, today, spool);
    } catch (IOException e) {
      throw WriteFailures.of(ws, e);
    }
    IntakeReport report = merge.report();
    List<Problem> all = new ArrayList<>();
    report.files().forEach(f -> all.addAll(f.problems()));
    Result result = new Result(
        report.files().size(),
        (int) report.taken(),
        (int) report.takenWithProblems(),
        (int) report.superseded(),
        (int) report.count(org.duban.intake.Verdict.REJECTED),
        (int) report.unitsReported(),
        report.units().size(),
        report.missing().stream().map(IntakeReport.MissingUnit::unit).toList(),
        all,
        ws.intakeReport(round));
    return new Outcome(result, report);
  }

  /** One file: never throws; a file that cannot be read or checked is a rejected result. */
  static CollectMerge.Read readOne(CollectScan.Found f, ReturnValidator validator,
      ReturnSource source) {
    Instant time = fileTime(f.path());
    String name = f.fileName();
    List<Problem> notes = new ArrayList<>();
    if (!CollectScan.spreadsheet(name)) {
      String ext = CollectScan.extension(name).isEmpty() ? "无扩展名" : CollectScan.extension(name);
      Optional<String> kind = ReturnReader.workbookKind(f.path());
      if (kind.isEmpty()) {
        return refused(f, time, Problem.error(Location.ofFile(name),
            "不是 Excel 表格文件（" + ext + "），未读取", "请单位使用下发的 .xlsx 表格填写后重新报送"));
      }
      // An .xlsx renamed .csv (or saved without an extension) is still the unit's return.
      notes.add(Problem.note(Location.ofFile(name),
          "文件扩展名是“" + ext + "”，内容却是 Excel 工作簿（" + kind.get() + "），已按工作簿读取"));
    }
    try {
      RawReturn raw = source.read(f.path());
      if (!raw.fileName().equals(name) || !notes.isEmpty()) {
        notes.addAll(raw.readNotes());
        raw = new RawReturn(name, raw.identity(), raw.fields(), raw.rows(), raw.sheetNames(),
            raw.macroEnabled(), notes, raw.titles());
      }
      return new CollectMerge.Read(f, validator.validate(raw), time);
    } catch (DubanException e) {
      List<Problem> problems = e.problems().isEmpty()
          ? List.of(Problem.error(Location.ofFile(name), "文件无法读取：" + e.getMessage(), REREAD_FIX))
          : e.problems();
      return new CollectMerge.Read(f, Validation.rejected(name, "", problems), time);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A reader bug or a hostile file must cost this file only, never the run.
      return refused(f, time, crashed(f, e));
    }
  }

  static final String REREAD_FIX = "请单位用 Excel 或 WPS 打开后另存为 .xlsx 再报送；如仍不行，请把文件反馈给系统维护人员";

  static Problem crashed(CollectScan.Found f, Throwable e) {
    String detail = e.getMessage() == null ? ""
        : e.getMessage().replace(f.path().toString(), f.fileName()); // no machine paths in reports
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "…";
    }
    String what = e instanceof OutOfMemoryError ? "文件过大或结构异常，读取时内存不足"
        : "读取时出现意外错误（" + e.getClass().getSimpleName()
            + (detail.isEmpty() ? "" : "：" + detail) + "）";
    return Problem.error(Location.ofFile(f.fileName()), "文件无法读取：" + what, REREAD_FIX);
  }

  private static CollectMerge.Read refused(CollectScan.Found f, Instant time, Problem p) {
    return new CollectMerge.Read(f, Validation.rejected(f.fileName(), "", List.of(p)), time);
  }

  private static Instant fileTime(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return null;
    }
  }

  static LocalDate day(Instant t) {
    return t == null ? null : LocalDate.ofInstant(t, ZoneId.systemDefault());
  }
}

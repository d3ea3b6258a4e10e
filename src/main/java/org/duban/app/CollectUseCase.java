package org.duban.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import org.duban.model.DubanException;
import org.duban.model.Problem;
import org.duban.model.Round;

/** {@code duban collect}: read, validate and merge the returns of a round. STUB. */
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

  /** Counts for the console, the missing units, every finding, and the report's path. */
  public record Result(
      int files,
      int accepted,
      int acceptedWithWarnings,
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

  private CollectUseCase() {}

  /** Number of files a run would read; lets the command line decide on a progress bar. */
  public static int countFiles(Workspace ws, Round round, List<Path> sources) {
    throw new UnsupportedOperationException("stub");
  }

  public static Result run(Workspace ws, Round round, Options options) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

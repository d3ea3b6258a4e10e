package org.duban.app;

import java.nio.file.Path;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.Plan;
import org.duban.model.Problem;

/** {@code duban init}: plan documents to the workspace's plan.xlsx. STUB. */
public final class InitUseCase {
  /** What init did: the plan, the parse report, and where the ledger went. */
  public record Result(Plan plan, List<Problem> problems, Path ledger) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private InitUseCase() {}

  public static Result run(Workspace ws, List<Path> planFiles) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }

  /** @param force replace an existing plan.xlsx (backed up first) */
  public static Result run(Workspace ws, List<Path> planFiles, boolean force) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

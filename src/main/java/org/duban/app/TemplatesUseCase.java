package org.duban.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.Problem;
import org.duban.model.Round;

/** {@code duban templates}: one fill-in workbook per responsible unit plus 分发清单. STUB. */
public final class TemplatesUseCase {
  /** The workbooks written (sorted by unit), the distribution list, and any warnings. */
  public record Result(List<Path> workbooks, Path distributionList, List<Problem> problems) {
    public Result {
      workbooks = List.copyOf(workbooks);
      problems = List.copyOf(problems);
    }
  }

  private TemplatesUseCase() {}

  /** @param due 报送截止日期, or null for none */
  public static Result run(Workspace ws, Round round, LocalDate due) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

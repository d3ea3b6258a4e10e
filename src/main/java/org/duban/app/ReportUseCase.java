package org.duban.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.duban.model.DubanException;
import org.duban.model.Light;
import org.duban.model.Problem;
import org.duban.model.Round;

/** {@code duban report}: the leaders' summary workbook of a round. STUB. */
public final class ReportUseCase {
  /**
   * @param planCompletion average completion, capped per item, 0..1
   * @param schedule 序时进度 at the round's end, 0..1
   * @param lights number of tasks per light
   */
  public record Result(
      Path summary,
      double planCompletion,
      double schedule,
      Map<Light, Integer> lights,
      int unitsReported,
      int unitsExpected,
      List<Problem> problems) {
    public Result {
      lights = Map.copyOf(lights);
      problems = List.copyOf(problems);
    }
  }

  private ReportUseCase() {}

  public static Result run(Workspace ws, Round round) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

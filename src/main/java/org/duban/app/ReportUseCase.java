package org.duban.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.completion.Assessor;
import org.duban.completion.RoundAssessment;
import org.duban.completion.Thresholds;
import org.duban.ledger.LedgerReader;
import org.duban.model.DubanException;
import org.duban.model.Light;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.summary.SummaryWriter;

/** {@code duban report}: the leaders' summary workbook of a round. */
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
    return run(ws, round, ReportOptions.at(Instant.now()));
  }

  /** Reads the ledger and the merged data of this and earlier rounds, writes 汇总表.xlsx. */
  public static Result run(Workspace ws, Round round, ReportOptions options) throws DubanException {
    Plan plan = LedgerReader.read(ws.ledger());
    Optional<RoundData> data = RoundStore.load(ws, round);
    if (data.isEmpty()) {
      throw notCollected(round, ws.roundDir(round).getFileName().toString());
    }
    List<RoundData> earlier = new ArrayList<>();
    for (Round r : RoundStore.collectedRounds(ws)) {
      if (r.compareTo(round) < 0) {
        RoundStore.load(ws, r).ifPresent(earlier::add);
      }
    }
    try {
      OutputFolders.prepare(ws.roundDir(round));
      OutputFolders.requireFile(ws.summary(round));
    } catch (IOException e) {
      throw WriteFailures.of(ws, e);
    }
    return run(plan, round, earlier, data.get(), options, ws.summary(round), ws.root());
  }

  /**
   * The report from data in hand: what {@link #run(Workspace, Round, ReportOptions)} does after
   * loading, and what tests call without a workspace.
   *
   * @param earlierRounds merged data of earlier rounds (later ones are ignored), for 趋势
   * @param thisRound this round's merged data, or null when it was never collected
   */
  public static Result run(
      Plan plan, Round round, List<RoundData> earlierRounds, RoundData thisRound,
      ReportOptions options, Path out) throws DubanException {
    return run(plan, round, earlierRounds, thisRound, options, out, null);
  }

  /** @param root the workspace, to name an unwritable file relative to it (null: in full) */
  private static Result run(Plan plan, Round round, List<RoundData> earlierRounds, RoundData thisRound,
      ReportOptions options, Path out, Path root) throws DubanException {
    if (thisRound == null) {
      throw notCollected(round, round.toString());
    }
    if (!thisRound.round().equals(round)) {
      throw DubanException.of(Location.ofFile(round.toString()),
          "本轮次的数据属于" + thisRound.round() + "，不是" + round, "请重新运行 duban collect " + round);
    }
    List<Problem> problems = new ArrayList<>();
    Thresholds thresholds;
    try {
      thresholds = Thresholds.fromSettings(plan.info().settings(), problems)
          .with(options.greenTolerance(), options.redGap());
    } catch (IllegalArgumentException e) {
      throw DubanException.of(Location.NONE, "红黄绿灯阈值不可用：" + e.getMessage(),
          "绿灯容差和红灯差距应为0到100之间的百分点，且容差不大于差距");
    }
    RoundAssessment a = Assessor.assess(plan, thisRound, earlierRounds, thresholds, problems);
    try {
      SummaryWriter.write(a, options.generatedAt(), out);
    } catch (IOException e) {
      throw new DubanException(WriteFailures.problem(e, root));
    }
    double completion = Double.isNaN(a.taskCompletion()) ? 0 : a.taskCompletion();
    return new Result(out, completion, a.schedule(), a.lights(), a.unitsReported(),
        a.unitsExpected(), a.problems());
  }

  private static DubanException notCollected(Round round, String folder) {
    return DubanException.of(Location.ofFile(folder),
        "本轮次尚未收集，请先运行 duban collect " + round,
        "把各单位报回的文件放进 rounds/" + round + "/inbox/ 后运行 duban collect " + round);
  }
}

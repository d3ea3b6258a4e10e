package org.duban.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duban.app.CollectUseCase;
import org.duban.app.InitUseCase;
import org.duban.app.ReportUseCase;
import org.duban.app.Workspace;
import org.duban.ledger.LedgerReader;
import org.duban.ledger.LedgerWriter;
import org.duban.model.DubanException;
import org.duban.model.Plan;
import org.duban.model.Round;

/**
 * Runs the whole workflow on each seed plan: init, two monthly rounds of templates, simulated
 * returns (with the usual mistakes in the second round), collect and report.
 */
public final class DemoUseCase {
  /** One plan's outcome, for the closing table. */
  public record PlanRun(
      String plan,
      Path workspace,
      Round round,
      int tasks,
      int units,
      int files,
      int superseded,
      int accepted,
      int rejected,
      int unitsReported,
      double completion,
      double schedule,
      Path summary) {}

  /** Every plan's outcome. */
  public record Result(List<PlanRun> plans) {
    public Result {
      plans = List.copyOf(plans);
    }
  }

  private DemoUseCase() {}

  /**
   * @param dir where the workspaces go (created; must be empty or a previous demo's output)
   * @param documents plan documents to run on; empty means the bundled seeds
   * @param log told one line per step, for the console
   */
  public static Result run(Path dir, List<Path> documents, Consumer<String> log)
      throws DubanException, IOException {
    Files.createDirectories(dir);
    List<Path> docs = documents.isEmpty() ? DemoSeeds.unpack(dir.resolve("seeds")) : documents;
    List<PlanRun> runs = new ArrayList<>();
    int n = 0;
    for (Path doc : docs) {
      n++;
      runs.add(runOne(dir, n, doc, log));
    }
    return new Result(runs);
  }

  /** The plan documents (.txt .docx .doc) in a folder, sorted by name. */
  public static List<Path> documentsIn(Path folder) throws IOException {
    return DemoSeeds.inFolder(folder);
  }

  private static PlanRun runOne(Path dir, int n, Path doc, Consumer<String> log)
      throws DubanException, IOException {
    Workspace ws = new Workspace(dir.resolve(String.format("plan%d", n)));
    InitUseCase.Result init = InitUseCase.run(ws, List.of(doc), true);
    log.accept(String.format("[%d] %s：%d 项任务，%d 个目标指标，%d 个责任单位 -> %s",
        n, init.plan().info().name(), init.plan().tasks().size(), init.plan().goals().size(),
        init.plan().responsibleUnits().size(), ws.ledger()));
    ClerkEdits.Edited edited = ClerkEdits.complete(init.plan());
    edited.story().forEach(s -> log.accept("    " + s));
    LedgerWriter.write(edited.plan(), init.problems(), ws.ledger());
    // Read back what the clerk saved, as every later command does.
    Plan plan = LedgerReader.read(ws.ledger());
    DemoRounds rounds = DemoRounds.fitting(plan);
    long seed = 20251000L + n;
    DemoRound first = new DemoRound(ws, plan, rounds.first(), null, seed);
    first.prepare();
    first.simulateReturns(false);
    collect(ws, rounds.first(), first.due().plusDays(3));
    ReportUseCase.run(ws, rounds.first());
    DemoRound second = new DemoRound(ws, plan, rounds.second(), rounds.first(), seed);
    second.prepare();
    List<String> story = second.simulateReturns(true);
    story.forEach(s -> log.accept("    " + s));
    CollectUseCase.Result collected = collect(ws, rounds.second(), second.due().plusDays(3));
    ReportUseCase.Result report = ReportUseCase.run(ws, rounds.second());
    log.accept(String.format("    %s：收件 %d 份，旧版 %d，采用 %d，退回 %d，已报送单位 %d/%d，平均完成率 %.1f%%",
        rounds.second().label(), collected.files(), collected.superseded(), collected.taken(), collected.rejected(),
        collected.unitsReported(), collected.unitsExpected(), report.planCompletion() * 100));
    return new PlanRun(plan.info().name(), ws.root(), rounds.second(), plan.tasks().size(),
        collected.unitsExpected(), collected.files(), collected.superseded(), collected.taken(), collected.rejected(),
        collected.unitsReported(), report.planCompletion(), report.schedule(), report.summary());
  }

  private static CollectUseCase.Result collect(Workspace ws, Round round, LocalDate today)
      throws DubanException {
    return CollectUseCase.run(ws, round, new CollectUseCase.Options(List.of(), today, null));
  }
}

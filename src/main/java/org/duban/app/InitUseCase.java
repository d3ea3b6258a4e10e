package org.duban.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duban.completion.Thresholds;
import org.duban.docs.DocumentReader;
import org.duban.ledger.LedgerChecks;
import org.duban.ledger.LedgerReader;
import org.duban.ledger.LedgerWriter;
import org.duban.ledger.PlanUnits;
import org.duban.ledger.TaskTableImporter;
import org.duban.model.Breakdown;
import org.duban.model.DubanException;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.plan.PlanParse;
import org.duban.plan.PlanParser;
import org.duban.xlsx.AtomicFiles;

/**
 * {@code duban init}: plan documents (txt, docx, doc), an existing ledger or a 任务分解表 to the
 * workspace's plan.xlsx, with the parse report on its 解析报告 sheet and in the result.
 */
public final class InitUseCase {
  /** What init did: the plan, the parse report, and where the ledger went. */
  public record Result(Plan plan, List<Problem> problems, Path ledger) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private InitUseCase() {}

  public static Result run(Workspace ws, List<Path> planFiles) throws DubanException {
    return run(ws, planFiles, false);
  }

  /**
   * Reads every input in order and writes plan.xlsx.
   *
   * @param force replace an existing plan.xlsx, after keeping it as plan.bak-N.xlsx
   * @throws DubanException when the ledger exists and {@code force} is off, or an input cannot be
   *     read; nothing is written then
   */
  public static Result run(Workspace ws, List<Path> planFiles, boolean force)
      throws DubanException {
    Path ledger = ws.ledger();
    if (planFiles == null || planFiles.isEmpty()) {
      throw DubanException.of(
          Location.NONE, "没有指定方案文件", "请用 --plan 指定方案文件（.docx、.doc、.txt，或已有的任务分解表 .xlsx）");
    }
    if (Files.exists(ledger) && !force) {
      throw DubanException.of(
          Location.ofFile(ledger.getFileName().toString()),
          "工作区已有任务台账 plan.xlsx，为免覆盖其中的修改，没有重新生成",
          "如确需按方案重新生成，请加 --force（原台账会先另存为 plan.bak-N.xlsx）");
    }
    List<Problem> problems = new ArrayList<>();
    Plan merged = merge(read(planFiles, problems), problems);
    refuseEmptyDocuments(planFiles, merged, problems);
    Plan plan = PlanUnits.complete(merged);
    problems.addAll(review(merged, plan));
    problems.add(0, Problem.note(Location.NONE, summary(plan)));
    write(ledger, plan, problems, force);
    // What every later command will see: the plan as plan.xlsx holds it.
    return new Result(LedgerReader.read(ledger), problems, ledger);
  }

  /** One plan per workbook, and one for all documents together, in the order given. */
  private static List<Plan> read(List<Path> planFiles, List<Problem> problems)
      throws DubanException {
    List<Plan> plans = new ArrayList<>();
    List<SourceLine> lines = new ArrayList<>();
    String firstDocument = null;
    int documentSlot = -1;
    for (Path f : planFiles) {
      String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
      if (isWorkbook(name)) {
        if (LedgerReader.isLedger(f)) {
          plans.add(LedgerReader.read(f));
          problems.add(Problem.note(Location.ofFile(name), "按任务台账读取（含“重点任务”表和“编号”列）"));
        } else {
          TaskTableImporter.Import imported = TaskTableImporter.importTable(f, null);
          plans.add(imported.plan());
          problems.addAll(imported.problems());
        }
      } else {
        lines.addAll(DocumentReader.read(f));
        if (firstDocument == null) {
          firstDocument = name;
          documentSlot = plans.size();
        }
      }
    }
    if (firstDocument != null) {
      // All documents go to the parser together: a plan and its annex table are one plan.
      PlanParse parsed = PlanParser.parse(lines, firstDocument);
      plans.add(documentSlot, parsed.plan());
      problems.addAll(parsed.problems());
    }
    return plans;
  }

  /**
   * A plan document in which nothing at all was recognised is the wrong file, or text read with
   * the wrong encoding: an empty ledger would only hide that, so nothing is written. (An empty
   * ledger or task table is different: the clerk may mean to fill it in.)
   */
  private static void refuseEmptyDocuments(List<Path> planFiles, Plan plan, List<Problem> problems)
      throws DubanException {
    List<String> documents = planFiles.stream()
        .map(f -> f.getFileName() == null ? f.toString() : f.getFileName().toString())
        .filter(n -> !isWorkbook(n))
        .toList();
    if (documents.isEmpty() || !plan.tasks().isEmpty() || !plan.goals().isEmpty()) {
      return;
    }
    List<Problem> out = new ArrayList<>();
    out.add(Problem.error(Location.ofFile(String.join("、", documents)),
        "没有识别出任何目标指标或重点任务，未生成任务台账",
        "请确认选对了方案文件；如果用记事本打开是乱码，请另存为 UTF-8 编码的 .txt 后再导入；"
            + "方案写法特殊时，可先整理成任务分解表（.xlsx）再导入"));
    out.addAll(problems);
    throw new DubanException(out);
  }

  /** What the clerk should check before the first round: added units, loose ends, losses. */
  private static List<Problem> review(Plan merged, Plan plan) {
    List<Problem> out = new ArrayList<>();
    List<String> added =
        plan.units().subList(merged.units().size(), plan.units().size()).stream()
            .map(Unit::name)
            .toList();
    if (!added.isEmpty()) {
      out.add(
          Problem.warning(
                  Location.NONE,
                  "“责任单位”表新增 " + added.size() + " 个单位，类别是按名称推断的",
                  "请在 plan.xlsx 的“责任单位”表中核对类别，补上联系人和联系电话，集合单位填写包含单位")
              .withValue(String.join("、", added)));
    }
    for (Breakdown b : plan.breakdowns()) {
      if (plan.goal(b.goalId()).isEmpty()) {
        out.add(
            Problem.warning(
                    Location.NONE,
                    "指标分解中的指标编号“" + b.goalId() + "”在“目标指标”表中没有",
                    "请在“指标分解”表中改正指标编号，或在“目标指标”表中补上该指标")
                .withValue(b.itemId()));
      }
    }
    if (plan.tasks().isEmpty() && plan.goals().isEmpty()) {
      out.add(
          Problem.warning(
              Location.NONE, "没有识别出任何目标指标或重点任务", "请确认选对了方案文件；方案写法特殊时，可在 plan.xlsx 的“重点任务”表中手工填写"));
    }
    out.addAll(LedgerChecks.roundTrip(plan));
    return out;
  }

  private static void write(Path ledger, Plan plan, List<Problem> problems, boolean force)
      throws DubanException {
    try {
      OutputFolders.prepare(ledger.getParent());
      OutputFolders.requireFile(ledger);
      if (force && Files.exists(ledger)) {
        Path backup = backupName(ledger);
        // Copy, then replace atomically: a crash in between still leaves a whole plan.xlsx.
        AtomicFiles.copy(ledger, backup);
        problems.add(
            1,
            Problem.note(
                Location.ofFile(backup.getFileName().toString()),
                "原台账已另存为 " + backup.getFileName()));
      }
      LedgerWriter.write(plan, problems, ledger);
    } catch (IOException e) {
      throw new DubanException(WriteFailures.problem(e, ledger.getParent()));
    }
  }

  static Path backupName(Path ledger) {
    for (int n = 1; ; n++) {
      Path p = ledger.resolveSibling("plan.bak-" + n + ".xlsx");
      if (!Files.exists(p)) {
        return p;
      }
    }
  }

  /**
   * Several inputs make one plan: the first one's info, everything else appended, ids kept unique.
   */
  static Plan merge(List<Plan> plans, List<Problem> problems) {
    Plan first = plans.get(0);
    Set<String> sources = new LinkedHashSet<>();
    Set<String> goalIds = new LinkedHashSet<>();
    Set<String> taskIds = new LinkedHashSet<>();
    List<Goal> goals = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Breakdown> breakdowns = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (Plan p : plans) {
      if (!p.info().sources().isEmpty()) {
        sources.add(p.info().sources());
      }
      for (Goal g : p.goals()) {
        String id = unique(g.id(), goalIds, g.source(), "目标指标", problems);
        goals.add(new Goal(id, g.name(), g.target(), g.units(), g.text(), g.source(), g.extras()));
      }
      for (Task t : p.tasks()) {
        // Two tasks under one number (OCR damage, two documents) are both kept: the ledger
        // needs unique 编号, and dropping one would lose a task silently.
        String id = unique(t.id(), taskIds, t.source(), "任务", problems);
        tasks.add(
            new Task(
                id,
                t.section(),
                t.title(),
                t.content(),
                t.leads(),
                t.cooperators(),
                t.deadline(),
                t.targets(),
                t.source(),
                t.extras()));
      }
      for (Breakdown b : p.breakdowns()) {
        if (breakdowns.stream().anyMatch(x -> x.itemId().equals(b.itemId()))) {
          problems.add(
              Problem.warning(
                      Location.NONE,
                      "指标“" + b.goalId() + "”对“" + b.unit() + "”的分解出现了两次，只保留第一次",
                      "请在 plan.xlsx 的“指标分解”表中核对")
                  .withValue(b.value().toPlainString()));
        } else {
          breakdowns.add(b);
        }
      }
      for (Unit u : p.units()) {
        if (units.stream().noneMatch(x -> x.name().equals(u.name()))) {
          units.add(u);
        }
      }
    }
    PlanInfo i = first.info();
    // The light thresholds are written out with their defaults so the clerk finds where to
    // change them; a ledger read back keeps its own values.
    Map<String, String> settings = new LinkedHashMap<>(i.settings());
    settings.putIfAbsent(Thresholds.GREEN_KEY, number(Thresholds.DEFAULT.greenTolerance()));
    settings.putIfAbsent(Thresholds.RED_KEY, number(Thresholds.DEFAULT.redGap()));
    PlanInfo info =
        new PlanInfo(
            i.name(),
            i.issuer(),
            i.start(),
            i.end(),
            i.office(),
            String.join("、", sources),
            settings);
    return new Plan(info, goals, tasks, breakdowns, units);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The id, or {@code id-2}, {@code id-3}, ... when it is taken, with a warning saying so. */
  private static String unique(
      String id, Set<String> taken, Location where, String what, List<Problem> problems) {
    if (taken.add(id)) {
      return id;
    }
    int k = 2;
    while (!taken.add(id + "-" + k)) {
      k++;
    }
    String renamed = id + "-" + k;
    problems.add(
        Problem.warning(
                where,
                what + "编号“" + id + "”重复，这一项改编为“" + renamed + "”",
                "请在 plan.xlsx 中核对编号，必要时改成文件中的实际编号")
            .withValue(id));
    return renamed;
  }

  private static String summary(Plan plan) {
    long targets = plan.tasks().stream().mapToLong(t -> t.targets().size()).sum();
    long noLead = plan.tasks().stream().filter(t -> t.leads().isEmpty()).count();
    return "导入结果：目标指标 "
        + plan.goals().size()
        + " 项，重点任务 "
        + plan.tasks().size()
        + " 项（量化目标 "
        + targets
        + " 个，无牵头单位 "
        + noLead
        + " 项），指标分解 "
        + plan.breakdowns().size()
        + " 行，责任单位 "
        + plan.units().size()
        + " 个；方案期 "
        + plan.info().start()
        + " 至 "
        + plan.info().end();
  }

  private static boolean isWorkbook(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm") || n.endsWith(".et");
  }

}

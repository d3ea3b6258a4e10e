package org.duban.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.fillin.DistributionWriter;
import org.duban.fillin.MasterLayouts;
import org.duban.fillin.TemplateWriter;
import org.duban.ledger.LedgerReader;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Unit;
import org.duban.model.UnitReturn;

/** {@code duban templates}: one fill-in workbook per responsible unit plus 分发清单. */
public final class TemplatesUseCase {
  /** The workbooks written (sorted by unit), the distribution list, and any warnings. */
  public record Result(List<Path> workbooks, Path distributionList, List<Problem> problems) {
    public Result {
      workbooks = List.copyOf(workbooks);
      problems = List.copyOf(problems);
    }
  }

  /** A workbook to write: for {@code unit}, with the duties the plan gives {@code as}. */
  record Job(String unit, String as) {}

  private TemplatesUseCase() {}

  /** @param due 报送截止日期, or null for none */
  public static Result run(Workspace ws, Round round, LocalDate due) throws DubanException {
    Plan plan = LedgerReader.read(ws.ledger());
    Optional<RoundData> last = RoundStore.load(ws, round.previous());
    return write(ws, round, due, plan, last);
  }

  /** The work of {@link #run} without the ledger and round store, for tests. */
  static Result write(Workspace ws, Round round, LocalDate due, Plan plan, Optional<RoundData> last)
      throws DubanException {
    List<Problem> problems = new ArrayList<>();
    List<Job> jobs = jobs(plan, problems);
    Path dir = ws.templates(round);
    Path master = ws.root().resolve("templates").resolve(MasterLayouts.FILL_IN);
    Path listMaster = ws.root().resolve("templates").resolve(MasterLayouts.DISTRIBUTION);
    TemplateWriter.checkMaster(master);
    DistributionWriter.checkMaster(listMaster);
    try {
      OutputFolders.prepare(dir);
      OutputFolders.prepare(ws.stateDir(round));
    } catch (IOException e) {
      throw WriteFailures.of(ws, e);
    }
    Map<Job, Path> files = new LinkedHashMap<>();
    for (Job j : jobs) {
      files.put(j, dir.resolve(fileName(round, j.unit(), plan)));
    }
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Map.Entry<Job, Path> e : files.entrySet()) {
        Job j = e.getKey();
        Optional<UnitReturn> prev = last.flatMap(d -> d.returnOf(j.unit()));
        futures.add(pool.submit(() -> {
          TemplateWriter.write(plan, round, j.unit(), j.as(), due, prev, master, e.getValue());
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw WriteFailures.of(ws, io);
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DubanException.of(Location.ofFile(dir.toString()), "填报表写入被中断", "请重新运行");
    } finally {
      pool.shutdownNow();
    }
    List<DistributionWriter.Line> lines = new ArrayList<>();
    Map<String, Unit> byName = new java.util.HashMap<>();
    plan.units().forEach(u -> {
      byName.putIfAbsent(u.name(), u);
      u.aliases().forEach(a -> byName.putIfAbsent(a, u));
    });
    for (Map.Entry<Job, Path> e : files.entrySet()) {
      lines.add(line(plan, byName, e.getKey(), e.getValue().getFileName().toString(), due, problems));
    }
    Path list = ws.distributionList(round);
    try {
      DistributionWriter.write(lines, Map.of("方案名称", plan.info().name(), "轮次", round.label()), listMaster, list);
    } catch (IOException e) {
      throw WriteFailures.of(ws, e);
    }
    List<Path> sorted = files.values().stream().sorted(Comparator.comparing(Path::toString)).toList();
    problems.addAll(stale(dir, sorted, list));
    return new Result(sorted, list, problems);
  }

  /**
   * Workbooks in the folder that this run did not write (a unit dropped from the ledger since an
   * earlier run): kept, never deleted, but named so nobody sends them out by mistake.
   */
  private static List<Problem> stale(Path dir, List<Path> written, Path list) {
    List<Problem> out = new ArrayList<>();
    try (var files = java.nio.file.Files.list(dir)) {
      files.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !written.contains(p) && !p.equals(list))
          .sorted()
          .forEach(p -> out.add(Problem.warning(Location.ofFile(p.getFileName().toString()),
              "模板文件夹中有本次没有生成的旧文件（该单位可能已不在台账中）",
              "确认不再需要后请删除或移走，以免误发")));
    } catch (IOException e) {
      // the folder was just written; failing to list it only loses this warning
    }
    return out;
  }

  /** One job per responsible unit; a collective unit with members gives one per member. */
  static List<Job> jobs(Plan plan, List<Problem> problems) {
    Map<String, Job> jobs = new LinkedHashMap<>();
    Map<String, Unit> byName = new java.util.HashMap<>();
    plan.units().forEach(u -> byName.putIfAbsent(u.name(), u));
    for (String name : plan.responsibleUnits()) {
      Optional<Unit> u = Optional.ofNullable(byName.get(name)).or(() -> plan.unit(name));
      if (u.isPresent() && u.get().isCollective() && !u.get().members().isEmpty()) {
        for (String m : u.get().members()) {
          Job prior = jobs.putIfAbsent(m, new Job(m, name));
          if (prior != null) {
            problems.add(Problem.warning(Location.ofCell("plan.xlsx", "责任单位", ""),
                "单位“" + m + "”同时出现在“" + prior.as() + "”和“" + name + "”中，只按“" + prior.as() + "”生成填报表",
                "请在责任单位表中调整包含单位"));
          }
        }
      } else {
        if (u.isPresent() && u.get().isCollective()) {
          // One workbook for 各镇(街道) reaches nobody in particular; say how to split it.
          problems.add(Problem.warning(Location.ofCell("plan.xlsx", "责任单位", ""),
              "集合单位“" + name + "”没有填写包含单位，只生成一份以其名义的填报表",
              "如需分别发给各成员单位，请在责任单位表的“包含单位”列填写成员单位（用、分隔）后重新运行"));
        }
        jobs.putIfAbsent(name, new Job(name, name));
      }
    }
    return jobs.values().stream().sorted(Comparator.comparing(Job::unit)).toList();
  }

  private static DistributionWriter.Line line(
      Plan plan, Map<String, Unit> byName, Job j, String file, LocalDate due, List<Problem> problems) {
    Optional<Unit> u = Optional.ofNullable(byName.get(j.unit()));
    String contact = u.map(Unit::contact).orElse("");
    String phone = u.map(Unit::phone).orElse("");
    if (contact.isEmpty() && phone.isEmpty()) {
      problems.add(Problem.note(Location.ofCell("plan.xlsx", "责任单位", ""),
          "单位“" + j.unit() + "”没有联系人和联系电话，分发清单中留空"));
    }
    TemplateWriter.Counts counts = TemplateWriter.counts(plan, j.as());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("单位", j.unit());
    v.put("联系人", contact);
    v.put("联系电话", phone);
    v.put("文件名", file);
    v.put("牵头任务数", counts.leadTasks());
    v.put("配合任务数", counts.cooperatingTasks());
    v.put("指标数", counts.indicators());
    v.put("报送截止日期", due == null ? "" : due.toString());
    return new DistributionWriter.Line(v);
  }

  /** {@code 2025-09_市科技局_科技创新三年行动.xlsx}, safe on Windows. */
  static String fileName(Round round, String unit, Plan plan) {
    String shortName = TemplateWriter.shortName(plan.info().name());
    String name = round + "_" + unit + "_" + shortName;
    name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("[. ]+$", "");
    if (name.length() > 120) {
      name = name.substring(0, 120);
    }
    return name + ".xlsx";
  }

}

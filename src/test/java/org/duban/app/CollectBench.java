package org.duban.app;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.intake.TestPlans;
import org.duban.model.Breakdown;
import org.duban.model.Field;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/**
 * Collect's own cost for N returns (not a test: run by hand). The reader is a fake that builds
 * each return in memory, so this measures validation, merging and writing, not xlsx parsing.
 * Usage: java -cp test-classes:classes:deps org.duban.app.CollectBench [N] [folder]
 */
public final class CollectBench {
  private CollectBench() {}

  /** CPU time of the whole process: on a shared machine wall time says little. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("duban-bench");
    Plan base = TestPlans.plan();
    List<Breakdown> breakdowns = new ArrayList<>(base.breakdowns());
    List<Unit> units = new ArrayList<>(base.units());
    for (int i = 0; i < n; i++) {
      String u = "县" + i;
      units.add(Unit.named(u, UnitKind.GOVERNMENT));
      breakdowns.add(new Breakdown("指标2", "研发经费投入", u, new BigDecimal(10), "亿元"));
    }
    Plan plan = new Plan(base.info(), base.goals(), base.tasks(), breakdowns, units);
    Round round = Round.parse("2025-09");
    for (int run = 0; run < 4; run++) {
      // Runs 0 and 2 start from a fresh workspace (all outputs written), 1 and 3 are reruns.
      Workspace ws = new Workspace(dir.resolve("ws" + run / 2));
      Path inbox = Files.createDirectories(ws.inbox(round));
      for (int i = 0; i < n && run % 2 == 0; i++) {
        Files.writeString(inbox.resolve("县" + i + ".xlsx"), "x" + i);
      }
      long t0 = System.nanoTime();
      long cpu0 = cpu();
      CollectUseCase.Result r = CollectUseCase.collect(ws, round,
          new CollectUseCase.Options(List.of(), LocalDate.of(2025, 10, 8), null), plan, f -> {
            String unit = f.getFileName().toString().replace(".xlsx", "");
            TestPlans.ReturnBuilder b = TestPlans.form(plan, unit, "2025-09").file(f.getFileName().toString());
            // One in ten has a problem, so 问题清单 files are written too.
            if (unit.hashCode() % 10 == 0) {
              b.set("指标2@" + unit, Field.ACTUAL, "约5亿");
              b.set("指标2@" + unit, Field.PROGRESS, "见附件");
              b.field("填报日期", null);
            }
            return b.build();
          }).result();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "run %d: %d files, %d taken, %d with warnings, %d ms wall, %d ms cpu, heap used %d MB%n",
          run, r.files(), r.taken(), r.takenWithProblems(), ms, (cpu() - cpu0) / 1_000_000,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
    System.out.println(Map.of("folder", dir.toString()));
  }
}

package org.duban.fillin;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Round;
import org.duban.model.Task;

/**
 * Benchmark, not a test: {@code units} workbooks of 30 tasks each, on all cores; then reads them
 * all back. Run: java -cp ... org.duban.fillin.TemplateBench [units] [dir]
 */
public final class TemplateBench {
  private TemplateBench() {}

  public static void main(String[] args) throws Exception {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-templates"));
    Plan plan = BenchPlans.plan(units);
    Round round = Round.parse("2025-09");
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Warm-up so the figure is the steady state, not class loading.
    TemplateWriter.write(plan, round, "单位0", null, Optional.empty(), dir.resolve("warm.xlsx"));
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String unit = "单位" + u;
      fs.add(pool.submit(() -> {
        TemplateWriter.write(plan, round, unit, null, Optional.empty(), dir.resolve(unit + ".xlsx"));
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("templates: %d files in %.2f s on %d threads = %.0f files/s%n", units, s, threads, units / s);
    long t1 = System.nanoTime();
    List<Future<Integer>> rs = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      Path f = dir.resolve("单位" + u + ".xlsx");
      rs.add(pool.submit(() -> ReturnReader.read(f).rows().size()));
    }
    long rows = 0;
    for (Future<Integer> f : rs) {
      rows += f.get();
    }
    double s2 = (System.nanoTime() - t1) / 1e9;
    System.out.printf("reader: %d files (%d rows) in %.2f s = %.2f ms/file%n", units, rows, s2, s2 * 1000 / units);
    pool.shutdown();
    System.out.println(BigDecimal.ONE.signum() > 0 ? "" : "");
  }
}

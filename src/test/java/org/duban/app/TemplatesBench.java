package org.duban.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.duban.model.Plan;
import org.duban.model.Round;

/**
 * Benchmark, not a test: {@code duban templates} for 1,000 units of 30 tasks each, end to end
 * (workbooks and 分发清单). Run: java -cp ... org.duban.app.TemplatesBench [units] [dir]
 */
public final class TemplatesBench {
  private TemplatesBench() {}

  public static void main(String[] args) throws Exception {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-ws"));
    Plan plan = org.duban.fillin.BenchPlans.plan(units);
    Workspace ws = new Workspace(dir);
    for (int pass = 0; pass < 2; pass++) {
      long cpu0 = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() : 0;
      long t0 = System.nanoTime();
      TemplatesUseCase.Result r = TemplatesUseCase.write(ws, Round.parse("2025-09"), LocalDate.of(2025, 10, 10), plan,
          Optional.empty());
      double s = (System.nanoTime() - t0) / 1e9;
      long cpu1 = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() : 0;
      System.out.printf("pass %d: %d workbooks + list in %.2f s wall (%.0f files/s), %.2f s CPU; load %.1f%n", pass,
          r.workbooks().size(), s, r.workbooks().size() / s, (cpu1 - cpu0) / 1e9,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}

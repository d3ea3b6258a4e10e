package org.duban.fillin;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.duban.model.Plan;
import org.duban.model.Round;

/** Benchmark, not a test: where one workbook's time goes, in thread CPU time (the machine may be shared). */
public final class PhaseBench {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private PhaseBench() {}

  public static void main(String[] args) throws Exception {
    Plan plan = BenchPlans.plan(1000);
    Round round = Round.parse("2025-09");
    FastTemplate fast = FastTemplate.of(Masters.bundled(MasterLayouts.FILL_IN));
    String[] idf = TemplateWriter.identity(plan);
    for (int pass = 0; pass < 3; pass++) {
      long ctxNs = 0;
      long writeNs = 0;
      long readNs = 0;
      Path tmp = Files.createTempFile("bench", ".xlsx");
      int n = 300;
      for (int u = 0; u < n; u++) {
        long t0 = CPU.getCurrentThreadCpuTime();
        FormContext ctx = FormContext.of(plan, round, "单位" + u, null, Optional.empty());
        long t1 = CPU.getCurrentThreadCpuTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fast.write(ctx, idf[0], idf[1], out);
        long t2 = CPU.getCurrentThreadCpuTime();
        Files.write(tmp, out.toByteArray());
        ReturnReader.read(tmp);
        long t3 = CPU.getCurrentThreadCpuTime();
        ctxNs += t1 - t0;
        writeNs += t2 - t1;
        readNs += t3 - t2;
      }
      System.out.printf("context %.2f ms, write %.2f ms, file+read %.2f ms per workbook%n",
          ctxNs / 1e6 / n, writeNs / 1e6 / n, readNs / 1e6 / n);
    }
  }
}

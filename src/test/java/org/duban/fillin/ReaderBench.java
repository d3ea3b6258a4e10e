package org.duban.fillin;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: reads every .xlsx of a folder (e.g. TemplateBench's output) three
 * times on one thread; prints thread CPU and wall time per file.
 */
public final class ReaderBench {
  private ReaderBench() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 3; pass++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      long rows = 0;
      for (Path f : files) {
        rows += ReturnReader.read(f).rows().size();
      }
      System.out.printf("%d files, %d rows: %.2f ms CPU, %.2f ms wall per file%n", files.size(), rows,
          (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / files.size(), (System.nanoTime() - w0) / 1e6 / files.size());
    }
  }
}

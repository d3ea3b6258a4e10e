package org.duban.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * duban's command line in a JVM of its own, on the test classpath (target/classes and the
 * dependencies; no jar needed): to be killed with -9 or starved of disk space.
 */
final class ChildJvm {
  /** What a finished child printed and returned. */
  record Ended(int code, String out, String err) {}

  private ChildJvm() {}

  /** {@code java -cp <test classpath> org.duban.cli.Main args}, output into {@code logs}. */
  static ProcessBuilder duban(Path logs, String... args) throws IOException {
    return builder(java(), logs, args);
  }

  /**
   * The same under {@code ulimit -f}: a write past {@code kilobytes} fails with EFBIG ("File too
   * large"), the way a full disk fails it. HotSpot ignores SIGXFSZ, so the JVM lives on and
   * sees the error, as it would see ENOSPC.
   */
  static ProcessBuilder dubanWithFileLimit(Path logs, int kilobytes, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"", "bash"));
    cmd.addAll(java());
    return builder(cmd, logs, args);
  }

  private static List<String> java() {
    return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // no hsperfdata file: under ulimit -f the JVM must not trip over its own files
        "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        Main.class.getName()));
  }

  private static ProcessBuilder builder(List<String> cmd, Path logs, String... args) throws IOException {
    List<String> all = new ArrayList<>(cmd);
    all.addAll(List.of(args));
    Files.createDirectories(logs);
    return new ProcessBuilder(all).redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile());
  }

  /** Runs to the end (or fails the test after {@code limit}). */
  static Ended run(ProcessBuilder pb, Duration limit) throws Exception {
    Process p = pb.start();
    if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("duban did not finish within " + limit + ": " + pb.command());
    }
    return new Ended(p.exitValue(), read(pb.redirectOutput().file().toPath()), read(pb.redirectError().file().toPath()));
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}

package org.duban.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.intake.IntakeText;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.summary.IntakeReportWriter;
import org.duban.summary.ProblemListWriter;
import org.duban.xlsx.AtomicFiles;

/**
 * Writes what a collect run leaves in the round folder. The accepted/, rejected/ and 问题清单/
 * folders are brought to exactly what this run decided (stale files removed, unchanged copies
 * kept), so a rerun gives the same folders; the inbox is only ever read.
 */
final class CollectOutputs {
  private CollectOutputs() {}

  /**
   * Before any file is read: whatever stands where an output must go fails the run while nothing
   * has changed, and what a killed run left behind is cleared.
   */
  static void prepare(Workspace ws, Round round) throws IOException {
    for (Path dir : List.of(ws.roundDir(round), ws.accepted(round), ws.rejected(round), ws.problemLists(round),
        ws.stateDir(round))) {
      OutputFolders.prepare(dir);
    }
    OutputFolders.requireFile(ws.intakeReport(round));
    OutputFolders.requireFile(ws.reminders(round));
    OutputFolders.requireFile(ws.mergedData(round));
  }

  /** @param spool where the accepted returns' values were parked while reading (may be null) */
  static void write(Workspace ws, Round round, Plan plan, CollectMerge merge, LocalDate today,
      ReturnSpool spool) throws IOException {
    Map<String, Path> accepted = new LinkedHashMap<>();
    merge.taken().forEach((unit, r) -> accepted.put(safe(unit) + extension(r.file()), r.file().path()));
    Map<String, Path> rejected = new LinkedHashMap<>();
    for (CollectMerge.Read r : merge.rejected()) {
      rejected.put(unique(rejected, r.file().fileName()), r.file().path());
    }
    sync(ws.accepted(round), accepted);
    sync(ws.rejected(round), rejected);
    IntakeReportWriter.write(ws.intakeReport(round), merge.report());
    writeProblemLists(ws.problemLists(round), plan, round, merge.followUps());
    AtomicFiles.writeString(ws.reminders(round), IntakeText.reminders(merge.report(), sender(plan), today));
    // Last: report reads the merged data, so it changes only once everything else is written.
    RoundStore.save(ws, merge.data(), spool);
  }

  /** 联系人 and 联系电话 rows the clerk may add to 方案信息 sign the 催报 texts with the office. */
  static final String CONTACT_SETTING = "联系人";
  static final String PHONE_SETTING = "联系电话";

  private static IntakeText.Sender sender(Plan plan) {
    return new IntakeText.Sender(plan.info().office(), plan.info().settings().get(CONTACT_SETTING),
        plan.info().settings().get(PHONE_SETTING));
  }

  /** One workbook per unit, two at a time: a round with many units has many lists. */
  private static void writeProblemLists(Path lists, Plan plan, Round round,
      Map<String, List<Problem>> followUps) throws IOException {
    Map<String, Path> wanted = new LinkedHashMap<>();
    List<Callable<Void>> jobs = new ArrayList<>();
    Path stateFile = lists.getParent().resolve(".duban").resolve(LISTS_STATE);
    Map<String, String> before = readState(stateFile);
    // Gone until every list is written: a run stopped halfway must not leave a state that
    // vouches for lists it did not finish.
    Files.deleteIfExists(stateFile);
    Map<String, String> after = new java.util.TreeMap<>();
    for (Map.Entry<String, List<Problem>> e : followUps.entrySet()) {
      String name = safe(e.getKey()) + "_问题清单.xlsx";
      wanted.put(name, null);
      String title = e.getKey() + "《" + plan.info().name() + "》" + round.label() + "调度表问题清单";
      String hash = hash(title, e.getValue());
      after.put(name, hash);
      if (hash.equals(before.get(name)) && Files.isRegularFile(lists.resolve(name))) {
        continue; // same findings as last run: rewriting would only cost time
      }
      jobs.add(() -> {
        ProblemListWriter.write(lists.resolve(name), title, e.getValue());
        return null;
      });
    }
    runAll(jobs);
    removeStale(lists, wanted);
    StringBuilder state = new StringBuilder();
    after.forEach((k, v) -> state.append(k).append('\t').append(v).append('\n'));
    AtomicFiles.writeString(stateFile, state.toString());
  }

  /** Remembers which findings each 问题清单 was written from, so reruns skip unchanged lists. */
  static final String LISTS_STATE = "problem-lists.tsv";

  private static Map<String, String> readState(Path file) {
    Map<String, String> out = new java.util.HashMap<>();
    try {
      for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException missingOrUnreadable) {
      // No state: every list is written.
    }
    return out;
  }

  private static String hash(String title, List<Problem> problems) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      StringBuilder b = new StringBuilder(LIST_FORMAT).append('\0').append(title);
      for (Problem p : problems) {
        b.append('\0').append(p.where()).append('\0').append(p.severity()).append('\0')
            .append(p.message()).append('\0').append(p.fix()).append('\0').append(p.value());
      }
      return java.util.HexFormat.of().formatHex(
          md.digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** Bump when the 问题清单 layout changes, so old lists are rewritten. */
  private static final String LIST_FORMAT = "2";

  /**
   * Makes {@code dir} hold exactly the given copies; copies only what differs, two at a time
   * (2,000 accepted returns are 2,000 small files, each created, written and renamed).
   */
  private static void sync(Path dir, Map<String, Path> wanted) throws IOException {
    Files.createDirectories(dir);
    removeStale(dir, wanted);
    List<Callable<Void>> jobs = new ArrayList<>();
    for (Map.Entry<String, Path> e : wanted.entrySet()) {
      Path target = dir.resolve(e.getKey());
      jobs.add(() -> {
        if (!(Files.isRegularFile(target) && Files.size(target) == Files.size(e.getValue())
            && Files.mismatch(target, e.getValue()) == -1)) {
          AtomicFiles.copy(e.getValue(), target);
        }
        return null;
      });
    }
    runAll(jobs);
  }

  /** Runs the jobs on {@link CollectUseCase#THREADS} threads; the first failure is thrown. */
  private static void runAll(List<Callable<Void>> jobs) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(CollectUseCase.THREADS);
    try {
      for (Future<Void> f : pool.invokeAll(jobs)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the round's files", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void removeStale(Path dir, Map<String, Path> wanted) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path p : in) {
        if (Files.isRegularFile(p) && !wanted.containsKey(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
  }

  /** The copy's extension: the file's own, or what it really is when it came misnamed. */
  private static String extension(CollectScan.Found f) {
    String own = CollectScan.extension(f.fileName());
    return CollectScan.spreadsheet(f.fileName()) ? own
        : org.duban.fillin.ReturnReader.workbookKind(f.path()).orElse(own);
  }

  /** A unit name as a file name: the characters Windows refuses become _. */
  static String safe(String name) {
    return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
  }

  private static String unique(Map<String, Path> taken, String name) {
    if (!taken.containsKey(name)) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String ext = dot < 0 ? "" : name.substring(dot);
    for (int i = 2; ; i++) {
      String candidate = stem + " (" + i + ")" + ext;
      if (!taken.containsKey(candidate)) {
        return candidate;
      }
    }
  }
}

package org.duban.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  static void write(Workspace ws, Round round, Plan plan, CollectMerge merge, LocalDate today)
      throws IOException {
    Map<String, Path> accepted = new LinkedHashMap<>();
    merge.taken().forEach((unit, r) ->
        accepted.put(safe(unit) + CollectScan.extension(r.file().fileName()), r.file().path()));
    Map<String, Path> rejected = new LinkedHashMap<>();
    for (CollectMerge.Read r : merge.rejected()) {
      rejected.put(unique(rejected, r.file().fileName()), r.file().path());
    }
    sync(ws.accepted(round), accepted);
    sync(ws.rejected(round), rejected);
    RoundStore.save(ws, merge.data());
    IntakeReportWriter.write(ws.intakeReport(round), merge.report());
    Path lists = ws.problemLists(round);
    Map<String, Path> wanted = new LinkedHashMap<>();
    for (Map.Entry<String, List<Problem>> e : merge.followUps().entrySet()) {
      String name = safe(e.getKey()) + "_问题清单.xlsx";
      wanted.put(name, null);
      String title = e.getKey() + "《" + plan.info().name() + "》" + round.label() + "调度表问题清单";
      ProblemListWriter.write(lists.resolve(name), title, e.getValue());
    }
    removeStale(lists, wanted);
    AtomicFiles.writeString(ws.reminders(round),
        IntakeText.reminders(merge.report(), plan.info().office(), today));
  }

  /** Makes {@code dir} hold exactly the given copies; copies only what differs. */
  private static void sync(Path dir, Map<String, Path> wanted) throws IOException {
    Files.createDirectories(dir);
    removeStale(dir, wanted);
    for (Map.Entry<String, Path> e : wanted.entrySet()) {
      Path target = dir.resolve(e.getKey());
      if (Files.isRegularFile(target) && Files.size(target) == Files.size(e.getValue())
          && Files.mismatch(target, e.getValue()) == -1) {
        continue;
      }
      AtomicFiles.copy(e.getValue(), target);
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

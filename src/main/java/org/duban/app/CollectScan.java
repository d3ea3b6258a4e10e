package org.duban.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Round;

/** Finds the files a collect run reads, skipping office lock files, macOS debris and temp files. */
final class CollectScan {
  /** A file to read and the name it goes by in reports (relative to the folder it was found in). */
  record Found(Path path, String shownPath) {
    String fileName() {
      return path.getFileName().toString();
    }
  }

  private CollectScan() {}

  /**
   * The inbox always, then the named files and folders: a clerk who names one late e-mailed file
   * adds it to the round and loses none of the units already in. A file named that is also in
   * the inbox is read once, under its inbox name.
   */
  static List<Found> scan(Workspace ws, Round round, List<Path> sources) throws DubanException {
    List<Path> roots = new ArrayList<>();
    roots.add(ws.inbox(round));
    roots.addAll(sources);
    Path inbox = ws.inbox(round).toAbsolutePath().normalize();
    List<Path> own = List.of(ws.accepted(round), ws.rejected(round), ws.problemLists(round),
        ws.stateDir(round), ws.templates(round), ws.intakeReport(round), ws.summary(round),
        ws.reminders(round));
    Map<Path, Found> found = new LinkedHashMap<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (!Files.exists(abs)) {
        if (abs.equals(inbox)) {
          continue; // no inbox yet: nothing has arrived there
        }
        throw DubanException.of(Location.ofFile(root.toString()), "找不到文件或文件夹“" + root + "”",
            "请检查路径是否写对");
      }
      if (Files.isRegularFile(abs)) {
        if (!ignored(abs.getFileName().toString())) {
          found.putIfAbsent(abs, new Found(abs, abs.getFileName().toString()));
        }
        continue;
      }
      try (Stream<Path> walk = Files.walk(abs)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> own.stream().noneMatch(p::startsWith))
            .filter(p -> !hiddenBelow(abs, p))
            .forEach(p -> found.putIfAbsent(p,
                new Found(p, abs.relativize(p).toString().replace('\\', '/'))));
      } catch (IOException | UncheckedIOException e) {
        throw DubanException.of(Location.ofFile(root.toString()), "无法读取文件夹“" + root + "”：" + e.getMessage(),
            "请检查文件夹权限后重试");
      }
    }
    List<Found> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(Found::shownPath).thenComparing(f -> f.path().toString()));
    return out;
  }

  /** True if the file or a folder between root and it is one to skip. */
  private static boolean hiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (ignored(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Excel/WPS lock files ({@code ~$name.xlsx}), macOS resource forks ({@code ._name}), hidden and
   * temporary files ({@code .name.tmp}, {@code name.tmp}): they sit in inboxes but are no returns.
   */
  static boolean ignored(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith("~$") || name.startsWith(".") || name.startsWith("~")
        || lower.endsWith(".tmp") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
        || lower.equals("__macosx");
  }

  /** True for the formats the return reader takes. */
  static boolean spreadsheet(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
  }
}

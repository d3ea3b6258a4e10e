package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ReturnReader;
import org.duban.model.Field;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;

/**
 * Workspaces for the command-line tests, made the way a clerk makes them: {@code duban init} on
 * seed 000, {@code duban templates 2025-09}, and returns filled by the project's own filler.
 */
final class Workspaces {
  static final String ROUND = "2025-09";
  static final String TODAY = "2025-10-08";
  static final Path SEED = Path.of("seeds", "000_b24d0ce0b46200df.txt");

  private Workspaces() {}

  /** init and templates through {@link Main#run}; the forms by unit. */
  static Map<String, Path> initAndTemplates(Path ws) throws Exception {
    assertEquals(0, MainTest.run("init", ws.toString(), "--plan", SEED.toString()).code());
    assertEquals(0, MainTest.run("templates", ROUND, "-w", ws.toString(), "--due", "2025-10-05").code());
    Map<String, Path> forms = new LinkedHashMap<>();
    try (Stream<Path> all = Files.list(ws.resolve("rounds").resolve(ROUND).resolve("templates"))) {
      for (Path p : all.sorted().toList()) {
        if (!p.getFileName().toString().equals("分发清单.xlsx")) {
          forms.put(ReturnReader.read(p).identity().unit(), p);
        }
      }
    }
    return forms;
  }

  static Path inbox(Path ws) {
    return ws.resolve("rounds").resolve(ROUND).resolve("inbox");
  }

  /**
   * Fills a unit's form as units do, {@code variant} choosing the mistakes: a number with its
   * measure word, a text in a number cell, an empty status.
   */
  static void fill(Path form, Path out, int variant) throws Exception {
    RawReturn blank = ReturnReader.read(form);
    Map<String, Map<Field, Object>> values = new LinkedHashMap<>();
    int k = 0;
    for (RawRow row : blank.rows()) {
      Map<Field, Object> v = new LinkedHashMap<>();
      if (row.inputs().containsKey(Field.ACTUAL)) {
        v.put(Field.ACTUAL, switch ((variant + k) % 5) {
          case 1 -> (10 + k) + "个";
          case 3 -> "正在统计";
          default -> 10 + k + variant;
        });
      }
      if (row.inputs().containsKey(Field.PERCENT)) {
        v.put(Field.PERCENT, (variant * 7 + k * 13) % 100);
      }
      v.put(Field.STATUS, List.of("已完成", "序时推进", "滞后", "", "序时推进").get((variant + k) % 5));
      v.put(Field.PROGRESS, "第" + k + "项：" + "按计划推进，已完成阶段性目标。".repeat(1 + variant % 3));
      values.put(row.itemId(), v);
      k++;
    }
    Files.createDirectories(out.getParent());
    ReturnFiller.fill(form, out, values, Map.of("填报人", "张敏", "联系电话", "0734-8000000",
        "填报日期", LocalDate.of(2025, 10, 1 + variant % 5)));
  }

  /** A copy of a workspace (inbox and all), file times kept. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

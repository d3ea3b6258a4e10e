package org.duban.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The completion package is pure arithmetic: it must not reach for POI (STYLE.md layout). */
class NoPoiTest {
  @Test
  void completionDoesNotImportPoi() throws IOException {
    Path dir = Path.of("src/main/java/org/duban/completion");
    assertTrue(Files.isDirectory(dir), "run from the project folder: " + dir.toAbsolutePath());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> offenders = files
          .filter(f -> {
            try {
              return Files.readString(f).contains("org.apache.poi");
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .map(f -> f.getFileName().toString())
          .toList();
      assertEquals(List.of(), offenders);
    }
  }
}

package org.duban.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duban.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled seed plans read line for line, also when saved in GB18030 as a Windows clerk would.
 */
class SeedDocumentsTest {
  @TempDir Path dir;

  @Test
  void everySeedReadsLineForLineInUtf8AndInGb18030() throws Exception {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, seeds.size(), "five seed plans");
    for (Path seed : seeds) {
      List<String> expected = Files.readAllLines(seed, StandardCharsets.UTF_8);
      List<SourceLine> lines = DocumentReader.read(seed);
      assertEquals(expected, lines.stream().map(SourceLine::text).toList(), seed.toString());
      assertEquals(
          seed.getFileName() + ":" + expected.size(),
          lines.get(lines.size() - 1).where().toString());

      String text = Files.readString(seed, StandardCharsets.UTF_8);
      // Big5 cannot hold every simplified character; GB18030 holds all of Unicode.
      Path gb = dir.resolve("gb-" + seed.getFileName());
      Files.write(gb, text.getBytes(Charset.forName("GB18030")));
      List<String> gbLines = DocumentReader.read(gb).stream().map(SourceLine::text).toList();
      assertEquals(expected, gbLines, gb.toString());
      assertFalse(gbLines.stream().anyMatch(l -> l.contains("\uFFFD")), gb.toString());
    }
  }
}

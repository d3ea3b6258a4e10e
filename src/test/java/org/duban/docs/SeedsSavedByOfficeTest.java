package org.duban.docs;

import org.duban.office.OfficeSuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duban.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed plans saved by a real word processor (LibreOffice, headless) as .docx and as Word 97
 * .doc read back line for line: real files, not only the ones POI writes. Skipped when LibreOffice
 * is not installed or {@code -Dduban.office=skip}.
 */
class SeedsSavedByOfficeTest {
  @TempDir Path dir;

  @Test
  void seedsAsDocxAndDocReadLikeTheText() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Path[] files = seeds.toArray(Path[]::new);
    office.convert("docx", dir, "--infilter=Text (encoded):UTF8", files);
    office.convert("doc:MS Word 97", dir, "--infilter=Text (encoded):UTF8", files);
    for (Path seed : seeds) {
      List<String> expected = Files.readAllLines(seed, StandardCharsets.UTF_8);
      String stem = seed.getFileName().toString().replace(".txt", "");
      for (String ext : List.of("docx", "doc")) {
        Path converted = dir.resolve(stem + "." + ext);
        List<String> got = DocumentReader.read(converted).stream().map(SourceLine::text).toList();
        for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
          assertEquals(expected.get(i), got.get(i), converted.getFileName() + " line " + (i + 1));
        }
        assertEquals(expected.size(), got.size(), converted.getFileName() + " line count");
      }
    }
  }
}

package org.duban.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.duban.model.DubanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged .docx and .doc files give lines or a clear error, never a stack trace. */
class DocumentFuzzTest {
  @TempDir Path dir;

  @Test
  void damagedDocumentsGiveLinesOrAClearError() throws Exception {
    Path docx = dir.resolve("good.docx");
    DocxFixtures.mergedTable(docx);
    byte[] doc;
    try (InputStream in = getClass().getResourceAsStream("plan.doc")) {
      doc = in.readAllBytes();
    }
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int i = 0; i < 30; i++) {
      byte[] bytes = (i % 2 == 0 ? Files.readAllBytes(docx) : doc).clone();
      for (int k = 0; k < 1 + r.nextInt(20); k++) {
        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
      }
      Path f = dir.resolve("damaged-" + i + (i % 2 == 0 ? ".docx" : ".doc"));
      Files.write(f, bytes);
      try {
        DocumentReader.read(f);
      } catch (DubanException e) {
        assertFalse(e.problems().isEmpty(), "seed " + seed);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " file " + f.getFileName(), e);
      }
    }
  }
}

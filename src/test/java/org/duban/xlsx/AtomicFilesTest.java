package org.duban.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void whileAFileIsWrittenTheOldOneStaysWholeAndTheNewOneReplacesIt() throws Exception {
    Path target = dir.resolve("收件情况.xlsx");
    Files.writeString(target, "old");
    AtomicFiles.write(target, out -> {
      out.write("new, first half".getBytes(StandardCharsets.UTF_8));
      assertEquals("old", Files.readString(target), "a reader meanwhile sees the old file");
      List<String> during = names();
      assertEquals(2, during.size(), during::toString);
      assertTrue(during.get(0).startsWith(".收件情况.xlsx.") && during.get(0).endsWith(".tmp"),
          "the new content goes to a hidden .tmp beside the target, which inbox scans skip: " + during);
      out.write(", second half".getBytes(StandardCharsets.UTF_8));
    });
    assertEquals("new, first half, second half", Files.readString(target));
    assertEquals(List.of("收件情况.xlsx"), names());
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAndNoDebris() throws Exception {
    Path target = dir.resolve("merged.tsv");
    Files.writeString(target, "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().endsWith("disk full"), e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("merged.tsv"), names());
  }

  @Test
  void aCopyLeavesItsSourceAsItWas() throws Exception {
    Path source = Files.writeString(dir.resolve("甲.xlsx"), "return");
    long time = Files.getLastModifiedTime(source).toMillis();
    AtomicFiles.copy(source, dir.resolve("accepted").resolve("甲.xlsx"));
    assertEquals("return", Files.readString(dir.resolve("accepted").resolve("甲.xlsx")));
    assertEquals("return", Files.readString(source));
    assertEquals(time, Files.getLastModifiedTime(source).toMillis());
  }
}

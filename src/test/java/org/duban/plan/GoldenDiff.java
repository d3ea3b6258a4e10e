package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a parse, rendered by {@link GoldenFormat}, with a golden file line by line, allowing
 * only the known differences listed (and failing on a known difference that no longer occurs).
 */
final class GoldenDiff {
  private GoldenDiff() {}

  static void check(String name, List<String> actual, Path expectedFile, List<String> known) throws IOException {
    assertTrue(Files.exists(expectedFile), "missing golden file " + expectedFile);
    List<String> expected = new ArrayList<>();
    for (String l : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("//")) {
        expected.add(l);
      }
    }
    Set<String> diff = new LinkedHashSet<>();
    for (String l : expected) {
      if (!actual.contains(l)) {
        diff.add("-" + l);
      }
    }
    for (String l : actual) {
      if (!expected.contains(l)) {
        diff.add("+" + l);
      }
    }
    List<String> unexpected = new ArrayList<>();
    for (String d : diff) {
      if (!known.contains(d)) {
        unexpected.add(d);
      }
    }
    List<String> stale = new ArrayList<>();
    for (String k : known) {
      if (!diff.contains(k)) {
        stale.add(k);
      }
    }
    if (!unexpected.isEmpty() || !stale.isEmpty()) {
      StringBuilder b = new StringBuilder(name + " differs from " + expectedFile + ":\n");
      unexpected.forEach(d -> b.append(d).append('\n'));
      if (!stale.isEmpty()) {
        b.append("known differences that no longer occur (remove them from KNOWN):\n");
        stale.forEach(d -> b.append(d).append('\n'));
      }
      fail(b.toString());
    }
  }
}

package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each seed plan parsed and compared, item by item, with what a clerk would put in the ledger
 * ({@code golden/<seed>.tasks.txt}, written from reading the documents).
 */
class GoldenSeedTest {
  /**
   * Known differences between the truth and the parser, kept visible: "-" lines the golden file
   * has and the parser does not produce, "+" lines the parser produces wrongly. An entry that no
   * longer occurs fails the test too, so the list only shrinks.
   */
  private static final Map<String, List<String>> KNOWN =
      // Empty now: every seed matches its golden ledger. Add "-expected" / "+actual" lines here
      // (with a comment saying why) rather than bending a golden file to the parser.
      Map.of();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_b24d0ce0b46200df.txt",
        "001_156efd065d96fdef.txt",
        "002_8195aa68cbda74f4.txt",
        "003_89217e3b1f27940f.txt",
        "004_0e85125c4322f1fb.txt"
      })
  void seedMatchesGolden(String seed) throws Exception {
    PlanParse parse = Dump.parseSeed(seed);
    List<String> actual = GoldenFormat.render(parse.plan());
    String stem = seed.substring(0, seed.lastIndexOf('.'));
    Path expectedFile = Path.of("src/test/resources/golden", stem + ".tasks.txt");
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
    List<String> known = KNOWN.getOrDefault(seed, List.of());
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
      StringBuilder b = new StringBuilder(seed + " differs from " + expectedFile + ":\n");
      unexpected.forEach(d -> b.append(d).append('\n'));
      if (!stale.isEmpty()) {
        b.append("known differences that no longer occur (remove them from KNOWN):\n");
        stale.forEach(d -> b.append(d).append('\n'));
      }
      fail(b.toString());
    }
  }
}

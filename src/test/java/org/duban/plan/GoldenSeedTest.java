package org.duban.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    String stem = seed.substring(0, seed.lastIndexOf('.'));
    GoldenDiff.check(
        seed,
        GoldenFormat.render(parse.plan()),
        Path.of("src/test/resources/golden", stem + ".tasks.txt"),
        KNOWN.getOrDefault(seed, List.of()));
  }
}

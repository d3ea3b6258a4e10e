package org.duban.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duban.model.Location;
import org.duban.model.SourceLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Synthetic plans written in the styles of real plans from other provinces and topics (task
 * decompositions, 政府工作报告 分工, plans published under a covering notice), each with the ledger a
 * clerk would make of it: {@code golden/fixtures/<name>.txt} and {@code <name>.tasks.txt}. In the
 * synthetic ones the names, numbers and sentences are made up; the others (their header says so) are
 * short excerpts of published plans that exposed a parsing fault.
 */
class GoldenFixtureTest {
  private static final Path DIR = Path.of("src/test/resources/golden/fixtures");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !n.endsWith(".tasks.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureMatchesGolden(String name) throws IOException {
    List<String> raw = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      lines.add(new SourceLine(raw.get(i), Location.ofLine(name, i + 1)));
    }
    PlanParse parse = PlanParser.parse(lines, name);
    String stem = name.substring(0, name.length() - ".txt".length());
    GoldenDiff.check(name, GoldenFormat.render(parse.plan()), DIR.resolve(stem + ".tasks.txt"), List.of());
  }
}

package org.duban.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.Location;
import org.duban.model.SourceLine;

/** Development aid: parses a seed and prints the golden form (not a test). */
final class Dump {
  private Dump() {}

  static PlanParse parseSeed(String fileName) throws java.io.IOException {
    List<String> raw = Files.readAllLines(Path.of("seeds", fileName), StandardCharsets.UTF_8);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      lines.add(new SourceLine(raw.get(i), Location.ofLine(fileName, i + 1)));
    }
    return PlanParser.parse(lines, fileName);
  }

  public static void main(String[] args) throws Exception {
    for (String f : args) {
      long t0 = System.nanoTime();
      PlanParse p = parseSeed(f);
      long t1 = System.nanoTime();
      System.out.println("==== " + f + " (" + (t1 - t0) / 1_000_000 + " ms)");
      GoldenFormat.render(p.plan()).forEach(System.out::println);
      p.problems().forEach(x -> System.out.println("! " + x.render()));
    }
  }
}

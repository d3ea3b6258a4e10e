package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.duban.model.Location;
import org.duban.model.SourceLine;
import org.junit.jupiter.api.Test;

/** Any text gives a plan and problems, never an exception: shuffled and cut seed lines, odd dates. */
class RobustnessTest {
  @Test
  void shuffledAndCutSeedLinesNeverThrow() throws Exception {
    long seed = 20251123L;
    Random random = new Random(seed);
    List<String> pool = new ArrayList<>();
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        pool.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    pool.add("一、重点任务");
    pool.add("1.推进建设。2025年2月30日前完成备案3件。(市科技局牵头)");
    pool.add("序号 | 重点任务 | 牵头单位 | 完成时限");
    pool.add("1 | 推进建设。 | 市科技局 | 2025-13-45");
    pool.add("( [ （ 【 “ 《");
    pool.add("|||");
    for (int round = 0; round < 30; round++) {
      List<String> lines = new ArrayList<>(pool);
      Collections.shuffle(lines, random);
      lines = lines.subList(0, 1 + random.nextInt(lines.size() - 1));
      List<SourceLine> src = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (random.nextInt(5) == 0 && l.length() > 2) {
          l = l.substring(random.nextInt(l.length() / 2));
        }
        src.add(new SourceLine(l, Location.ofLine("x.txt", i + 1)));
      }
      PlanParse p;
      try {
        p = PlanParser.parse(src, "x.txt");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " round " + round + " threw " + e, e);
      }
      assertNotNull(p.plan());
    }
  }
}

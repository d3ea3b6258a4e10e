package org.duban.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duban.app.RoundStore;
import org.duban.app.TemplatesUseCase;
import org.duban.app.Workspace;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ReturnReader;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.Plan;
import org.duban.model.Round;

/** One round of the demo: its templates, and the returns the simulated units send back. */
final class DemoRound {
  private final Workspace ws;
  private final Plan plan;
  private final Round round;
  private final Round previous;
  private final long seed;
  private final Map<String, Path> templateByUnit = new LinkedHashMap<>();

  DemoRound(Workspace ws, Plan plan, Round round, Round previous, long seed) {
    this.ws = ws;
    this.plan = plan;
    this.round = round;
    this.previous = previous;
    this.seed = seed;
  }

  /** Returns are due five days after the round ends. */
  LocalDate due() {
    return round.end().plusDays(5);
  }

  void prepare() throws DubanException, IOException {
    TemplatesUseCase.Result r = TemplatesUseCase.run(ws, round, due());
    RoundStore.saveDue(ws, round, due());
    for (Path p : r.workbooks()) {
      // The workbook says whose it is; the file name is only for people.
      templateByUnit.put(ReturnReader.read(p).identity().unit(), p);
    }
  }

  /**
   * Fills every unit's workbook into the inbox. With {@code mistakes}, a few units behave as real
   * ones do: one does not report, one sends a corrected second version after the deadline, one
   * types "35家" into a number cell, one writes "1,200", one leaves a status empty, and one sends
   * last month's file.
   *
   * @return one line per mistake made, for the console
   */
  List<String> simulateReturns(boolean mistakes) throws IOException, DubanException {
    List<String> units = new ArrayList<>(templateByUnit.keySet());
    // Round.hashCode() mixes in its enum's identity hash, which differs from run to run; the
    // text form keeps the same units making the same mistakes every time.
    Random random = new Random(seed ^ round.toString().hashCode());
    ReturnSimulator simulator = new ReturnSimulator(plan, seed);
    double schedule = plan.info().period().elapsedShare(round.end());
    List<String> story = new ArrayList<>();
    Map<Integer, String> roles = new LinkedHashMap<>();
    if (mistakes && units.size() >= 6) {
      List<Integer> picks = distinct(random, units.size(), 6);
      roles.put(picks.get(0), "missing");
      roles.put(picks.get(1), "twoVersions");
      roles.put(picks.get(2), "measureWord");
      roles.put(picks.get(3), "thousands");
      roles.put(picks.get(4), "emptyStatus");
      roles.put(picks.get(5), "otherRound");
    }
    Path inbox = ws.inbox(round);
    Files.createDirectories(inbox);
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      Path template = templateByUnit.get(unit);
      String role = roles.getOrDefault(i, "");
      LocalDate filed = due().minusDays(1 + random.nextInt(5));
      if (random.nextInt(10) == 0) {
        filed = due().plusDays(1 + random.nextInt(2));
      }
      String fileName = fileName(unit, random);
      switch (role) {
        case "missing" -> story.add("模拟：" + unit + " 未报送");
        case "twoVersions" -> {
          fill(template, inbox.resolve(unit + "-" + round.label() + "调度表.xlsx"),
              simulator.values(unit, round, schedule * 0.95, null).values(), unit, due().minusDays(4), random);
          fill(template, inbox.resolve(unit + "-" + round.label() + "调度表（修改版）.xlsx"),
              simulator.values(unit, round, schedule, null).values(), unit, due().plusDays(1), random);
          story.add("模拟：" + unit + " 先后报送两版，修改版晚于截止日期");
        }
        case "measureWord", "thousands", "emptyStatus" -> {
          ReturnSimulator.Mistake m = switch (role) {
            case "measureWord" -> ReturnSimulator.Mistake.MEASURE_WORD;
            case "thousands" -> ReturnSimulator.Mistake.THOUSANDS_SEPARATOR;
            default -> ReturnSimulator.Mistake.EMPTY_STATUS;
          };
          ReturnSimulator.Typed typed = simulator.values(unit, round, schedule, m);
          fill(template, inbox.resolve(fileName), typed.values(), unit, filed, random);
          if (!typed.mistake().isEmpty()) {
            story.add("模拟：" + unit + " " + typed.mistake());
          }
        }
        case "otherRound" -> {
          Path old = ws.templates(previous).resolve(templateOfPrevious(unit));
          fill(old, inbox.resolve(unit + "调度表.xlsx"),
              simulator.values(unit, previous, schedule * 0.9, null).values(), unit, filed, random);
          story.add("模拟：" + unit + " 误报了上一轮（" + previous.label() + "）的表");
        }
        default -> fill(template, inbox.resolve(fileName),
            simulator.values(unit, round, schedule, null).values(), unit, filed, random);
      }
    }
    return story;
  }

  private String templateOfPrevious(String unit) throws IOException, DubanException {
    try (var s = Files.list(ws.templates(previous))) {
      for (Path p : s.sorted().toList()) {
        if (p.getFileName().toString().endsWith(".xlsx") && !p.getFileName().toString().startsWith("分发清单")
            && unit.equals(ReturnReader.read(p).identity().unit())) {
          return p.getFileName().toString();
        }
      }
    }
    throw new IOException("上一轮没有 " + unit + " 的填报表");
  }

  private String fileName(String unit, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> unit + ".xlsx";
      case 1 -> round.label() + unit + "填报表.xlsx";
      case 2 -> "附件：" + unit + round.label() + "调度表.xlsx";
      default -> "关于报送" + round.label() + "工作进展的函（" + unit + "）.xlsx";
    };
  }

  private static void fill(Path template, Path out, Map<String, Map<Field, Object>> values, String unit,
      LocalDate filed, Random random) throws IOException {
    Map<String, Object> filer = new LinkedHashMap<>();
    filer.put("填报人", Phrases.person(random));
    filer.put("联系电话", String.format("0734-8%06d", random.nextInt(1_000_000)));
    filer.put("填报日期", filed);
    filer.put("审核人", Phrases.person(random));
    ReturnFiller.fill(template, out, values, filer);
    // File times are part of the input collect looks at; keep them as deterministic as the rest.
    Files.setLastModifiedTime(out, FileTime.from(filed.atTime(17, 0).toInstant(ZoneOffset.ofHours(8))));
  }

  private static List<Integer> distinct(Random random, int bound, int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < bound; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, random);
    return all.subList(0, count);
  }
}

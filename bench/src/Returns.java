import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ReturnReader;
import org.duban.ledger.LedgerReader;
import org.duban.model.Breakdown;
import org.duban.model.Field;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.Unit;

/**
 * Fills the round's generated workbooks into its inbox the way units do, with duban's own filler
 * (cells found through each workbook's hidden map). With {@code vary}, a few units per hundred
 * make the usual mistakes: "1,200" or "35家" in a number cell, full-width digits, "约50", an empty
 * status, "见附件" instead of a number; one in two hundred sends a corrected second version,
 * one in two hundred does not report. The number of files stays the number of units.
 */
final class Returns {
  private Returns() {}

  static void fill(Path ws, String roundText, LocalDate due, boolean vary) throws Exception {
    Plan plan = LedgerReader.read(ws.resolve("plan.xlsx"));
    Round round = Round.parse(roundText);
    Path templates = ws.resolve("rounds").resolve(round.toString()).resolve("templates");
    Path inbox = Files.createDirectories(ws.resolve("rounds").resolve(round.toString()).resolve("inbox"));
    List<Path> forms;
    try (Stream<Path> s = Files.list(templates)) {
      forms = s.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
          .filter(p -> !p.getFileName().toString().startsWith("分发清单")).sorted().toList();
    }
    Map<String, List<String>> collectivesOf = new LinkedHashMap<>();
    for (Unit u : plan.units()) {
      for (String m : u.members()) {
        collectivesOf.computeIfAbsent(m, k -> new ArrayList<>()).add(u.name());
      }
    }
    double schedule = plan.info().period().elapsedShare(round.end());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> done = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      Path form = forms.get(i);
      int index = i;
      done.add(pool.submit(() -> {
        String unit = ReturnReader.read(form).identity().unit();
        List<String> names = new ArrayList<>(List.of(unit));
        names.addAll(collectivesOf.getOrDefault(unit, List.of()));
        String mistake = vary ? mistake(index) : "";
        if (mistake.equals("missing")) {
          return 0;
        }
        Random r = new Random(unit.hashCode() * 31L + round.toString().hashCode());
        Map<String, Map<Field, Object>> values = values(plan, names, unit, schedule, mistake);
        LocalDate filed = due.minusDays(1 + r.nextInt(5));
        if (r.nextInt(10) == 0) {
          filed = due.plusDays(1 + r.nextInt(2));
        }
        String file = fileName(unit, round, r);
        if (mistake.equals("twoVersions")) {
          put(form, inbox.resolve(unit + "-" + round.label() + "调度表.xlsx"),
              values(plan, names, unit, schedule * 0.9, ""), r, due.minusDays(4));
          file = unit + "-" + round.label() + "调度表（修改版）.xlsx";
        }
        put(form, inbox.resolve(file), values, r, filed);
        return mistake.equals("twoVersions") ? 2 : 1;
      }));
    }
    int files = 0;
    for (Future<Integer> f : done) {
      files += f.get();
    }
    pool.shutdown();
    System.out.println("returns: " + files + " files from " + forms.size() + " forms");
  }

  /** The mistake unit number {@code i} (in file order) makes, or "" for a clean return. */
  static String mistake(int i) {
    return switch (i % 200) {
      case 7, 107 -> "thousands";
      case 23, 123 -> "fullWidth";
      case 41, 141 -> "about";
      case 59, 159 -> "emptyStatus";
      case 77 -> "text";
      case 113 -> "twoVersions";
      case 151 -> "missing";
      default -> "";
    };
  }

  private static void put(Path form, Path out, Map<String, Map<Field, Object>> values, Random r, LocalDate filed)
      throws java.io.IOException {
    Map<String, Object> filer = new LinkedHashMap<>();
    filer.put("填报人", Phrases.person(r));
    filer.put("联系电话", String.format("1%02d%08d", 30 + r.nextInt(60), r.nextInt(100_000_000)));
    filer.put("填报日期", filed);
    filer.put("审核人", Phrases.person(r));
    ReturnFiller.fill(form, out, values, filer);
    Files.setLastModifiedTime(out, FileTime.from(filed.atTime(17, 0).toInstant(ZoneOffset.ofHours(8))));
  }

  private static String fileName(String unit, Round round, Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> unit + ".xlsx";
      case 1 -> round.label() + unit + "填报表.xlsx";
      case 2 -> "附件：" + unit + round.label() + "调度表.xlsx";
      default -> "关于报送" + round.label() + "工作进展的函（" + unit + "）.xlsx";
    };
  }

  /** Item id -> field -> what the unit typed, for every row of its form. */
  static Map<String, Map<Field, Object>> values(Plan plan, List<String> names, String unit, double schedule,
      String mistake) {
    Map<String, Map<Field, Object>> out = new LinkedHashMap<>();
    boolean made = false;
    for (Task t : plan.tasks()) {
      boolean lead = names.stream().anyMatch(t.leads()::contains);
      boolean coop = !lead && names.stream().anyMatch(t.cooperators()::contains);
      if (!lead && !coop) {
        continue;
      }
      Random r = new Random((unit + "|" + t.id()).hashCode());
      double progress = progress(r, schedule);
      Map<Field, Object> row = new LinkedHashMap<>();
      row.put(Field.STATUS, Phrases.status(progress, schedule));
      if (coop) {
        row.put(Field.PROGRESS, Phrases.cooperating(r));
      } else {
        Target target = t.targets().isEmpty() ? null : t.targets().get(0);
        if (target == null) {
          row.put(Field.PERCENT, Math.min(100, Math.round(progress * 100)));
        } else if (target.kind() == TargetKind.GROWTH) {
          // The 重点任务 sheet has no 同比增长 column: a task's growth goes in 累计完成值.
          row.put(Field.ACTUAL, scale(target.value().doubleValue() * (0.7 + 0.5 * r.nextDouble()), 1));
        } else {
          row.put(Field.ACTUAL, scale(target.value().doubleValue() * progress, 0));
        }
        row.put(Field.PROGRESS, Phrases.progress(progress, schedule, r));
        row.put(Field.ISSUES, progress >= 1 ? "" : Phrases.issues(r));
        row.put(Field.NEXT_STEPS, Phrases.nextSteps(r));
      }
      if (!made && !mistake.isEmpty()) {
        made = apply(mistake, row, t.targets().isEmpty() ? "" : t.targets().get(0).measure());
      }
      out.put(t.id(), row);
    }
    for (Goal g : plan.goals()) {
      if (g.units().contains(unit)) {
        out.put(g.id(), indicator(g.target(), g.target().value(), unit + "|" + g.id(), schedule));
      }
    }
    for (Breakdown d : plan.breakdowns()) {
      if (d.unit().equals(unit)) {
        Goal g = plan.goal(d.goalId()).orElseThrow();
        out.put(d.itemId(), indicator(g.target(), d.value(), unit + "|" + d.itemId(), schedule));
      }
    }
    return out;
  }

  private static Map<Field, Object> indicator(Target t, BigDecimal value, String key, double schedule) {
    Random r = new Random(key.hashCode());
    double progress = progress(r, schedule);
    Map<Field, Object> row = new LinkedHashMap<>();
    if (t.kind() == TargetKind.GROWTH) {
      row.put(Field.GROWTH, scale(value.doubleValue() * (0.7 + 0.5 * r.nextDouble()), 1));
    } else {
      row.put(Field.ACTUAL, scale(value.doubleValue() * progress, 0));
    }
    row.put(Field.STATUS, Phrases.status(progress, schedule));
    row.put(Field.PROGRESS, Phrases.progress(progress, schedule, r));
    return row;
  }

  /** Most items move with 序时进度, some lag well behind. */
  private static double progress(Random r, double schedule) {
    double factor = r.nextDouble() < 0.15 ? 0.3 + 0.3 * r.nextDouble() : 0.8 + 0.5 * r.nextDouble();
    return Math.min(1.2, schedule * factor);
  }

  /** Makes the mistake on this row if it has a place for it; true when it did. */
  private static boolean apply(String mistake, Map<Field, Object> row, String measure) {
    Object actual = row.get(Field.ACTUAL);
    if (mistake.equals("emptyStatus")) {
      row.put(Field.STATUS, null);
      return true;
    }
    if (!(actual instanceof BigDecimal n)) {
      return false;
    }
    String typed = switch (mistake) {
      case "thousands" -> n.compareTo(BigDecimal.valueOf(1000)) >= 0 ? String.format("%,d", n.longValue())
          : n.toPlainString() + measure;
      case "fullWidth" -> fullWidth(n.toPlainString());
      case "about" -> "约" + n.toPlainString();
      case "text" -> "见附件";
      default -> null;
    };
    if (typed == null) {
      return false;
    }
    row.put(Field.ACTUAL, typed);
    return true;
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
    }
    return b.toString();
  }

  private static BigDecimal scale(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}

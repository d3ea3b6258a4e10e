import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.duban.ledger.LedgerWriter;
import org.duban.model.Breakdown;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/**
 * The benchmark's synthetic plans, written as a real plan.xlsx with duban's own ledger writer.
 * Deterministic: the same arguments give the same ledger. Task texts are sentences of the bundled
 * seed plans, so cell lengths are those of real plans (a task of two or three sentences, about
 * 100 to 300 characters).
 *
 * <pre>
 * java -cp duban.jar:classes Workload county      &lt;ws&gt; &lt;units&gt; &lt;rows&gt; &lt;seeds-dir&gt;
 * java -cp duban.jar:classes Workload departments &lt;ws&gt; &lt;units&gt; &lt;tasks&gt; &lt;seeds-dir&gt;
 * java -cp duban.jar:classes Workload fill        &lt;ws&gt; &lt;round&gt; &lt;due&gt; &lt;vary:true|false&gt;
 * java -cp duban.jar:classes Workload prepare     &lt;ws&gt; &lt;shape&gt; &lt;units&gt; &lt;size&gt; &lt;seeds-dir&gt;
 *     &lt;round&gt; &lt;due&gt; &lt;today&gt; &lt;plan|fill|collect&gt;
 * </pre>
 *
 * prepare does it all in one JVM: the plan; then for fill and collect {@code duban templates}
 * and the filled returns (varied for county); for collect also a first {@code duban collect}.
 *
 * county: a county plan whose grassroots units (各乡镇（街道）, a collective unit listing every
 * town) lead {@code rows} tasks each, plus about 20 departments leading their own tasks and goal
 * indicators; every town's form has {@code rows} rows, a department's about as many.
 * departments: {@code tasks} distinct tasks spread over {@code units} departments, each with a
 * target or not, half with a cooperating unit: the shape of a large summary.
 */
public final class Workload {
  static final String COLLECTIVE = "各乡镇（街道）";

  private Workload() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "county" -> write(Path.of(args[1]), county(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Sentences.of(Path.of(args[4]))));
      case "departments" -> write(Path.of(args[1]), departments(Integer.parseInt(args[2]),
          Integer.parseInt(args[3]), Sentences.of(Path.of(args[4]))));
      case "fill" -> Returns.fill(Path.of(args[1]), args[2], LocalDate.parse(args[3]),
          Boolean.parseBoolean(args[4]));
      case "prepare" -> prepare(args);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private static void prepare(String[] a) throws Exception {
    Path ws = Path.of(a[1]);
    String shape = a[2];
    Sentences text = Sentences.of(Path.of(a[5]));
    int units = Integer.parseInt(a[3]);
    int size = Integer.parseInt(a[4]);
    write(ws, shape.equals("county") ? county(units, size, text) : departments(units, size, text));
    String round = a[6];
    String step = a[9];
    if (step.equals("plan")) {
      return;
    }
    duban("templates", round, "-w", ws.toString(), "--due", a[7]);
    Returns.fill(ws, round, LocalDate.parse(a[7]), shape.equals("county"));
    if (step.equals("collect")) {
      duban("collect", round, "-w", ws.toString(), "--today", a[8]);
    }
  }

  /** Runs a duban command in this JVM; its console output is not wanted here. */
  private static void duban(String... args) {
    java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    int rc = org.duban.cli.Main.run(quiet, System.err, args);
    if (rc != 0) {
      throw new IllegalStateException("duban " + String.join(" ", args) + " exited with " + rc);
    }
  }

  private static void write(Path ws, Plan plan) throws IOException {
    Files.createDirectories(ws);
    LedgerWriter.write(plan, List.of(), ws.resolve("plan.xlsx"));
    System.out.println("plan: " + plan.tasks().size() + " tasks, " + plan.goals().size() + " goals, "
        + plan.breakdowns().size() + " breakdown rows, " + plan.units().size() + " units");
  }

  static Plan county(int units, int rows, Sentences text) {
    int depts = Math.max(2, Math.min(20, units / 5));
    int towns = units - depts;
    List<String> deptNames = new ArrayList<>();
    for (int d = 0; d < depts; d++) {
      deptNames.add("县" + Names.DEPARTMENTS.get(d));
    }
    List<String> townNames = Names.towns(towns);
    Random r = new Random(20250901L);
    List<Task> tasks = new ArrayList<>();
    String[] sections = {"一、夯实基层基础", "二、推进产业发展", "三、优化营商环境", "四、改善民生保障"};
    for (int i = 0; i < rows; i++) {
      tasks.add(task("一." + (i + 1), sections[0], text, r, List.of(COLLECTIVE),
          List.of(deptNames.get(i % depts))));
    }
    int deptTasks = depts * Math.max(1, rows / 2);
    for (int j = 0; j < deptTasks; j++) {
      String lead = deptNames.get(j % depts);
      String coop = deptNames.get((j * 7 + 3) % depts);
      List<String> coops = j % 2 == 0 && !coop.equals(lead) ? List.of(coop) : List.of();
      int part = 1 + j * 3 / deptTasks; // three parts of the plan, in ledger order
      int first = ((part - 1) * deptTasks + 2) / 3;
      tasks.add(task((part + 1) + "." + (j - first + 1), sections[part], text, r, List.of(lead), coops));
    }
    List<Goal> goals = new ArrayList<>();
    List<Breakdown> breakdowns = new ArrayList<>();
    for (int g = 0; g < 6; g++) {
      Target t = g % 3 == 2
          ? new Target("", TargetKind.GROWTH, Comparison.AT_LEAST, BigDecimal.valueOf(6 + g), null, "%",
              Deadline.NONE, "")
          : new Target("", TargetKind.AMOUNT, Comparison.AT_LEAST, BigDecimal.valueOf(100L * (g + 2)), null,
              Names.MEASURES.get(g), Deadline.NONE, "");
      String name = Names.INDICATORS.get(g);
      goals.add(new Goal("指标" + (g + 1), name, t, List.of(deptNames.get(g % depts), deptNames.get((g + 5) % depts)),
          name + t.notation(), Location.NONE, Map.of()));
      if (g < 2) {
        for (String d : deptNames) {
          breakdowns.add(new Breakdown("指标" + (g + 1), name, d, BigDecimal.valueOf(5 + r.nextInt(40)),
              Names.MEASURES.get(g)));
        }
      }
    }
    List<Unit> all = new ArrayList<>();
    int k = 0;
    for (String d : deptNames) {
      all.add(unit(d, UnitKind.DEPARTMENT, List.of(), k++));
    }
    all.add(new Unit(COLLECTIVE, List.of(), UnitKind.COLLECTIVE, townNames, "", ""));
    for (String t : townNames) {
      all.add(unit(t, UnitKind.GOVERNMENT, List.of(), k++));
    }
    PlanInfo info = new PlanInfo("某县2025年乡村振兴和营商环境重点工作实施方案", "某县人民政府办公室",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "县重点工作调度专班办公室", "基准测试", Map.of());
    return new Plan(info, goals, tasks, breakdowns, all);
  }

  static Plan departments(int units, int count, Sentences text) {
    List<String> names = Names.departments(units);
    Random r = new Random(20250902L);
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Set<String> coops = new LinkedHashSet<>();
      if (i % 2 == 0) {
        coops.add(names.get((i + 1) % units));
      }
      if (i % 5 == 0) {
        coops.add(names.get((i + 7) % units));
      }
      String lead = names.get(i % units);
      coops.remove(lead);
      int part = i / Math.max(1, count / 20);
      tasks.add(task((part + 1) + "." + (i + 1), "（" + (part + 1) + "）第" + (part + 1) + "部分", text, r,
          List.of(lead), List.copyOf(coops)));
    }
    List<Unit> all = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      all.add(unit(names.get(u), UnitKind.DEPARTMENT, List.of(), u));
    }
    PlanInfo info = new PlanInfo("某市2025年重点工作任务分解实施方案", "某市人民政府办公室",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "市重点工作督查专班办公室", "基准测试", Map.of());
    return new Plan(info, List.of(), tasks, List.of(), all);
  }

  /** Half the tasks carry an amount target, a tenth a growth target, the rest none. */
  private static Task task(String id, String section, Sentences text, Random r, List<String> leads,
      List<String> coops) {
    String content = text.paragraph(r, 2 + r.nextInt(2));
    String title = content.substring(0, Math.min(content.indexOf('，') > 0 ? content.indexOf('，') : 20, 30));
    int kind = r.nextInt(10);
    List<Target> targets;
    if (kind < 5) {
      targets = List.of(new Target(Names.SUBJECTS.get(r.nextInt(Names.SUBJECTS.size())), TargetKind.AMOUNT,
          Comparison.AT_LEAST, BigDecimal.valueOf(kind == 0 ? 1000 + r.nextInt(4000) : 3 + r.nextInt(60)), null,
          Names.MEASURES.get(r.nextInt(3)), Deadline.NONE, ""));
    } else if (kind == 5) {
      targets = List.of(new Target("", TargetKind.GROWTH, Comparison.AT_LEAST, BigDecimal.valueOf(5 + r.nextInt(10)),
          null, "%", Deadline.NONE, ""));
    } else {
      targets = List.of();
    }
    Deadline due = r.nextInt(4) == 0 ? Deadline.parse("2025年" + (6 + r.nextInt(7)) + "月底前", LocalDate.of(2025, 12, 31))
        : Deadline.NONE;
    return new Task(id, section, title, content, leads, coops, due, targets, Location.NONE, Map.of());
  }

  private static Unit unit(String name, UnitKind kind, List<String> members, int k) {
    return new Unit(name, List.of(), kind, members, Names.person(k), String.format("0734-8%06d", 100_000 + k * 37));
  }

  /** Sentences of the seed plans, without their unit lists, for task texts of realistic length. */
  record Sentences(List<String> all) {
    static Sentences of(Path seeds) throws IOException {
      List<String> out = new ArrayList<>();
      for (String f : new String[] {"000_b24d0ce0b46200df.txt", "002_8195aa68cbda74f4.txt",
          "004_0e85125c4322f1fb.txt"}) {
        String s = Files.readString(seeds.resolve(f), StandardCharsets.UTF_8);
        for (String line : s.split("\n")) {
          String clean = line.replaceAll("[（(\\[][^（()）\\]]*(负责|牵头)[^（()）\\]]*[）)\\]]", "")
              .replaceAll("^[一二三四五六七八九十（()）0-9.、]+", "").strip();
          for (String sentence : clean.split("(?<=。)")) {
            if (sentence.length() >= 20 && sentence.length() <= 160 && sentence.endsWith("。")) {
              out.add(sentence);
            }
          }
        }
      }
      return new Sentences(List.copyOf(out));
    }

    String paragraph(Random r, int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(all.get(r.nextInt(all.size())));
      }
      return b.toString();
    }
  }
}

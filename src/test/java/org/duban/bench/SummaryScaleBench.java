package org.duban.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.app.ReportOptions;
import org.duban.app.ReportUseCase;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;

/**
 * Not a test: the summary at scale. {@code java -Xmx1g -cp … org.duban.bench.SummaryScaleBench
 * <out-dir> [tasks] [units] [rounds]} prints the time taken and the peak heap.
 */
public final class SummaryScaleBench {
  private SummaryScaleBench() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int units = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Plan plan = plan(tasks, units);
    List<RoundData> all = new ArrayList<>();
    for (int m = 10 - rounds; m < 10; m++) {
      all.add(round(plan, Round.parse("2025-" + String.format("%02d", m)), units));
    }
    RoundData now = all.remove(all.size() - 1);
    long values = now.returns().stream().mapToLong(r -> r.values().size()).sum();
    long t0 = System.nanoTime();
    ReportUseCase.Result r = ReportUseCase.run(plan, now.round(), all, now,
        ReportOptions.at(Instant.parse("2025-10-09T08:00:00Z")), out.resolve("汇总表.xlsx"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf("tasks=%d units=%d rounds=%d values=%d: %d ms, file %d KB, peak heap %d MB, completion %.3f%n",
        tasks, units, rounds, values, ms, Files.size(r.summary()) / 1024, peak / (1024 * 1024), r.planCompletion());
  }

  static String unit(int i) {
    return "单位" + String.format("%03d", i);
  }

  static Plan plan(int n, int units) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Target t = new Target("项目", TargetKind.AMOUNT, Comparison.AT_LEAST, BigDecimal.valueOf(10 + i % 7),
          null, "个", Deadline.NONE, "");
      tasks.add(new Task("T" + i, "(" + (i % 20) + ")部分" + (i % 20), "第" + i + "项重点任务的标题",
          "内容".repeat(40), List.of(unit(i % units)), List.of(unit((i + 1) % units), unit((i + 7) % units)),
          Deadline.NONE, List.of(t), Location.NONE, Map.of()));
    }
    PlanInfo info = new PlanInfo("规模测试方案", "", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        "", "", Map.of());
    return new Plan(info, List.of(), tasks, List.of(), List.of());
  }

  static RoundData round(Plan plan, Round round, int units) {
    List<UnitReturn> returns = new ArrayList<>();
    List<UnitIntake> intake = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String unit = unit(u);
      if (u % 25 == 24) {
        intake.add(new UnitIntake(unit, IntakeStatus.MISSING, "", null, 0, 0));
        continue;
      }
      List<ReportedValue> values = new ArrayList<>();
      int row = 5;
      for (Task t : plan.tasksOf(unit)) {
        String file = unit + ".xlsx";
        values.add(new ReportedValue(t.id(), Field.ACTUAL, "", BigDecimal.valueOf((t.id().hashCode() & 15) + round.index()),
            Location.ofCell(file, "重点任务", "G" + row)));
        values.add(new ReportedValue(t.id(), Field.STATUS, "序时推进", null, Location.ofCell(file, "重点任务", "H" + row)));
        values.add(new ReportedValue(t.id(), Field.PROGRESS, "本月推进情况说明，".repeat(5), null,
            Location.ofCell(file, "重点任务", "J" + row)));
        row++;
      }
      returns.add(new UnitReturn(unit, round, unit + ".xlsx", Filer.UNKNOWN, values, List.of()));
      intake.add(new UnitIntake(unit, IntakeStatus.ON_TIME, unit + ".xlsx", round.end().plusDays(2), 0, 0));
    }
    return new RoundData(round, "", null, returns, intake);
  }
}

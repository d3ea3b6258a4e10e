package org.duban.fillin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Task;

/** The benchmarks' plan: {@code units} units leading 30 tasks each, every third with a cooperator. */
public final class BenchPlans {
  private BenchPlans() {}

  public static Plan plan(int units) {
    List<Task> tasks = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      for (int t = 0; t < 30; t++) {
        String lead = "单位" + u;
        String coop = "单位" + ((u + 1) % units);
        tasks.add(new Task(u + "." + t, "", "任务" + t, "推进第" + t + "项重点工作，" + "完善机制、压实责任、加强调度。".repeat(3),
            List.of(lead), t % 3 == 0 ? List.of(coop) : List.of(), Deadline.NONE,
            t % 2 == 0 ? List.of(SamplePlans.amount("项目", 10 + t, "个")) : List.of(), Location.NONE, Map.of()));
      }
    }
    PlanInfo info = new PlanInfo("基准测试实施方案", "", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "", "", Map.of());
    return new Plan(info, List.of(), tasks, List.of(), List.of());
  }
}

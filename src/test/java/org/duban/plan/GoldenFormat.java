package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.Plan;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.model.Unit;

/** The readable text form of a parsed plan that the golden files hold, one item a line. */
final class GoldenFormat {
  private GoldenFormat() {}

  static List<String> render(Plan p) {
    List<String> out = new ArrayList<>();
    out.add("# 方案信息");
    out.add("方案名称 | " + p.info().name());
    out.add("发文单位 | " + p.info().issuer());
    out.add("开始日期 | " + p.info().start());
    out.add("结束日期 | " + p.info().end());
    out.add("牵头办公室 | " + p.info().office());
    out.add("# 目标指标 (编号 | 指标名称 | 目标 | 责任单位)");
    for (Goal g : p.goals()) {
      out.add(g.id() + " | " + g.name() + " | " + g.target().notation() + " | " + String.join("、", g.units()));
    }
    out.add("# 指标分解 (指标编号 | 责任单位 | 分解目标)");
    for (Breakdown b : p.breakdowns()) {
      out.add(b.goalId() + " | " + b.unit() + " | " + b.value().stripTrailingZeros().toPlainString() + b.measure());
    }
    out.add("# 重点任务 (编号 | 任务名称 | 牵头单位 | 配合单位 | 量化目标)");
    for (Task t : p.tasks()) {
      out.add(
          t.id() + " | " + t.title() + " | " + String.join("、", t.leads()) + " | "
              + String.join("、", t.cooperators()) + " | " + targets(t.targets()));
    }
    out.add("# 责任单位 (单位名称 | 类别 | 别名)");
    for (Unit u : p.units()) {
      out.add(u.name() + " | " + u.kind().label() + " | " + String.join("、", u.aliases()));
    }
    return out;
  }

  static String targets(List<Target> targets) {
    List<String> s = new ArrayList<>();
    for (Target t : targets) {
      s.add(t.notation());
    }
    return String.join("；", s);
  }
}

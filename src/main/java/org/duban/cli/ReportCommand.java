package org.duban.cli;

import java.time.Instant;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.ReportOptions;
import org.duban.app.ReportUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.model.DubanException;
import org.duban.model.Light;
import org.duban.model.Round;

/** {@code duban report <round> [-w ws] [--green-tolerance n] [--red-gap n]}. */
final class ReportCommand extends Command {
  static final String GREEN = "green-tolerance";
  static final String RED = "red-gap";

  @Override
  String name() {
    return "report";
  }

  @Override
  String summary() {
    return "生成本轮次的汇总表：完成率、序时进度红黄绿灯、通报、趋势、明细";
  }

  @Override
  String synopsis() {
    return "<轮次> [-w 工作区] [--green-tolerance 百分点] [--red-gap 百分点]";
  }

  @Override
  String footer() {
    return "\n例: duban report 2025-09 -w 科技创新攻坚\n"
        + "    duban report 2025-Q3 -w 科技创新攻坚 --green-tolerance 5 --red-gap 20\n"
        + "汇总表写在 rounds/<轮次>/汇总表.xlsx，可直接打印（A4 横向）；本轮以前已收集的轮次进入“趋势”。\n"
        + "红黄绿灯：已完成或落后序时进度不超过绿灯容差（默认10个百分点）为绿灯，落后超过红灯差距（默认30个百分点）、\n"
        + "填报状态为滞后或已过完成时限仍未完成为红灯，其间为黄灯。长期使用的阈值请写在 plan.xlsx 的“方案信息”表：\n"
        + "在“项目”列加“绿灯容差”“红灯差距”两行，“内容”列填百分点数字；本次命令的选项优先于台账。";
  }

  @Override
  void addOptions(Options o) {
    Args.addWorkspace(o);
    o.addOption(Option.builder().longOpt(GREEN).hasArg().argName("百分点")
        .desc("绿灯容差：落后序时进度不超过这么多个百分点仍为绿灯（默认取台账“方案信息”中的“绿灯容差”，未设为10）")
        .build());
    o.addOption(Option.builder().longOpt(RED).hasArg().argName("百分点")
        .desc("红灯差距：落后序时进度超过这么多个百分点为红灯，其间为黄灯（默认取“方案信息”中的“红灯差距”，未设为30）")
        .build());
  }

  /** A threshold option in percentage points (10, 10%, 10个百分点), or null when not given. */
  private static Double points(CommandLine line, String option) throws UsageException {
    String v = line.getOptionValue(option);
    if (v == null) {
      return null;
    }
    String t = v.strip().replace("个百分点", "").replace("%", "").replace("％", "");
    double d;
    try {
      d = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + option + " 应为0到100之间的百分点数字，如 10，而不是 \"" + v + "\"");
    }
    if (!(d >= 0 && d <= 100)) {
      throw new UsageException("--" + option + " 应为0到100之间的百分点数字，如 10，而不是 \"" + v + "\"");
    }
    return d;
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, java.io.IOException {
    Round round = Args.round(line);
    Workspace ws = Args.workspace(line);
    ReportOptions options = new ReportOptions(points(line, GREEN), points(line, RED), Instant.now());
    ReportUseCase.Result r;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      r = ReportUseCase.run(ws, round, options);
    }
    var out = console.out();
    out.printf("%s 平均完成率 %.1f%%，序时进度 %.1f%%；绿灯 %d、黄灯 %d、红灯 %d；已报送单位 %d/%d%n",
        round.label(), r.planCompletion() * 100, r.schedule() * 100,
        r.lights().getOrDefault(Light.GREEN, 0), r.lights().getOrDefault(Light.AMBER, 0),
        r.lights().getOrDefault(Light.RED, 0), r.unitsReported(), r.unitsExpected());
    console.printProblems(r.problems());
    out.println("汇总表: " + r.summary());
    return Main.OK;
  }
}

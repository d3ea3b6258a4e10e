package org.duban.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.duban.app.ReportUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.model.DubanException;
import org.duban.model.Light;
import org.duban.model.Round;

/** {@code duban report <round> [-w ws]}. */
final class ReportCommand extends Command {
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
    return "<轮次> [-w 工作区]";
  }

  @Override
  String footer() {
    return "\n例: duban report 2025-09 -w 科技创新攻坚\n汇总表写在 rounds/<轮次>/汇总表.xlsx，可直接打印（A4 横向）。";
  }

  @Override
  void addOptions(Options o) {
    Args.addWorkspace(o);
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, java.io.IOException {
    Round round = Args.round(line);
    Workspace ws = Args.workspace(line);
    ReportUseCase.Result r;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      r = ReportUseCase.run(ws, round);
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

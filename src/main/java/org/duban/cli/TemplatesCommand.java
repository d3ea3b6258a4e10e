package org.duban.cli;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.RoundStore;
import org.duban.app.TemplatesUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.model.DubanException;
import org.duban.model.Round;

/** {@code duban templates <round> [-w ws] [--due date]}. */
final class TemplatesCommand extends Command {
  @Override
  String name() {
    return "templates";
  }

  @Override
  String summary() {
    return "为每个责任单位生成本轮次的填报表，以及分发清单";
  }

  @Override
  String synopsis() {
    return "<轮次> [-w 工作区] [--due 报送截止日期]";
  }

  @Override
  String footer() {
    return "\n例: duban templates 2025-09 -w 科技创新攻坚 --due 2025-10-05\n"
        + "填报表写在 rounds/<轮次>/templates/，文件名含轮次和单位；从第二轮起自动带出上轮填报内容。";
  }

  @Override
  void addOptions(Options o) {
    Args.addWorkspace(o);
    o.addOption(Option.builder().longOpt("due").hasArg().argName("日期")
        .desc("报送截止日期，如 2025-10-05；写进填报表，并用于判断按时/逾期").build());
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, IOException {
    Round round = Args.round(line);
    Workspace ws = Args.workspace(line);
    LocalDate due = Args.date(line, "due", null);
    TemplatesUseCase.Result r;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      r = TemplatesUseCase.run(ws, round, due);
      if (due != null) {
        RoundStore.saveDue(ws, round, due);
      }
    }
    var out = console.out();
    out.println(round.label() + " 填报表 " + r.workbooks().size() + " 份: " + ws.templates(round));
    out.println("分发清单: " + r.distributionList());
    console.printProblems(r.problems());
    out.println("下一步: 把填报表发给各单位，收回的文件放进 " + ws.inbox(round) + "，然后运行 duban collect " + round + " -w " + ws.root());
    return Main.OK;
  }
}

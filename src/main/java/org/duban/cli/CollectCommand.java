package org.duban.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.CollectUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.model.DubanException;
import org.duban.model.Round;

/** {@code duban collect <round> [-w ws] [<file-or-folder>...]}. */
final class CollectCommand extends Command {
  @Override
  String name() {
    return "collect";
  }

  @Override
  String summary() {
    return "读取收回的填报表，校验、合并，生成收件情况、问题清单和催报文字";
  }

  @Override
  String synopsis() {
    return "<轮次> [-w 工作区] [--today 日期] [文件或文件夹...]";
  }

  @Override
  String footer() {
    return "\n例: duban collect 2025-09 -w 科技创新攻坚\n"
        + "默认读取 rounds/<轮次>/inbox/ 下的所有 xlsx/xlsm/xls（文件名随意）。原文件不会被修改；"
        + "可重复运行，结果相同。";
  }

  @Override
  void addOptions(Options o) {
    Args.addWorkspace(o);
    o.addOption(Option.builder().longOpt("today").hasArg().argName("日期")
        .desc("按哪一天判断逾期（默认今天）").build());
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, java.io.IOException {
    Round round = Args.round(line);
    Workspace ws = Args.workspace(line);
    LocalDate today = Args.date(line, "today", LocalDate.now());
    List<Path> sources = line.getArgList().stream().skip(1).map(Path::of).toList();
    CollectUseCase.Result r;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws);
        Progress progress = console.progress("读取", CollectUseCase.countFiles(ws, round, sources))) {
      r = CollectUseCase.run(ws, round, new CollectUseCase.Options(sources, today, progress));
    }
    var out = console.out();
    out.printf("%s 收件 %d 份: 采用 %d（其中有警告 %d），退回 %d；已报送单位 %d/%d%n",
        round.label(), r.files(), r.accepted(), r.acceptedWithWarnings(), r.rejected(),
        r.unitsReported(), r.unitsExpected());
    console.printProblems(r.problems());
    if (!r.missingUnits().isEmpty()) {
      out.println("未报送: " + String.join("、", r.missingUnits()) + "（联系人和电话见收件情况表，催报文字见 " + ws.reminders(round) + "）");
    }
    out.println("收件情况: " + r.intakeReport());
    out.println("下一步: duban report " + round + " -w " + ws.root());
    return r.rejected() > 0 ? Main.INPUT_PROBLEMS : Main.OK;
  }
}

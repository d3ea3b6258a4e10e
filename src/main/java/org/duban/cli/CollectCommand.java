package org.duban.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.CollectUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.intake.IntakeReport;
import org.duban.intake.IntakeText;
import org.duban.model.DubanException;
import org.duban.model.Round;

/** {@code duban collect <round> [-w ws] [<file-or-folder>...]}. */
final class CollectCommand extends Command {
  /** Files with findings printed before the rest are only counted (the workbook has them all). */
  private static final int MAX_FILES_LISTED = 40;

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
        + "读取 rounds/<轮次>/inbox/ 下的所有 xlsx/xlsm/xls（文件名随意，含子文件夹）；命令后列出的文件或文件夹"
        + "与收件箱一起读取（例如补收一份邮件附件：duban collect 2025-09 -w 科技创新攻坚 D:\\附件\\补报.xlsx），"
        + "已收到的其他单位不受影响。原文件不会被修改；可重复运行，结果相同。\n"
        + "催报文字以台账“方案信息”的牵头办公室落款；在该表加上“联系人”“联系电话”两行，催报文字会附上回电方式。";
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
    CollectUseCase.Outcome outcome;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws);
        Progress progress = console.progress("读取", CollectUseCase.countFiles(ws, round, sources))) {
      outcome = CollectUseCase.collect(ws, round, new CollectUseCase.Options(sources, today, progress));
    }
    CollectUseCase.Result r = outcome.result();
    IntakeReport report = outcome.report();
    var out = console.out();
    if (!Files.isDirectory(ws.templates(round))) {
      // Most often a mistyped round (2025-02 for 2025-09): every unit would be chased for nothing.
      out.println("注意：第 " + round + " 轮还没有生成过填报表（没有 " + ws.root().relativize(ws.templates(round))
          + "），请确认轮次是否写对；如确是本轮，请先运行 duban templates " + round + " -w " + ws.root());
    }
    out.print(IntakeText.summary(report, MAX_FILES_LISTED));
    if (!report.missing().isEmpty()) {
      out.println("催报文字（可直接复制发送）: " + ws.reminders(round));
    }
    out.println("收件情况: " + r.intakeReport());
    if (hasFiles(ws.problemLists(round))) {
      out.println("问题清单（发回各单位）: " + ws.problemLists(round));
    }
    out.println("下一步: duban report " + round + " -w " + ws.root());
    return r.rejected() > 0 ? Main.INPUT_PROBLEMS : Main.OK;
  }

  private static boolean hasFiles(Path dir) throws java.io.IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.list(dir)) {
      return files.findAny().isPresent();
    }
  }
}

package org.duban.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.InitUseCase;
import org.duban.app.Workspace;
import org.duban.app.WorkspaceLock;
import org.duban.model.DubanException;
import org.duban.model.Plan;
import org.duban.model.Severity;

/** {@code duban init <workspace> --plan <file>...}. */
final class InitCommand extends Command {
  @Override
  String name() {
    return "init";
  }

  @Override
  String summary() {
    return "解析方案文件（txt/docx/doc 或已有的任务分解表 xlsx），生成任务台账 plan.xlsx";
  }

  @Override
  String synopsis() {
    return "<工作区> --plan <方案文件>... [--force]";
  }

  @Override
  String footer() {
    return "\n例: duban init 科技创新攻坚 --plan 实施方案.docx\n"
        + "生成的 plan.xlsx 可在 Excel/WPS 中核对、补充（联系人、电话、集合单位的包含单位），之后的命令都读它。";
  }

  @Override
  void addOptions(Options o) {
    o.addOption(Option.builder("p").longOpt("plan").hasArgs().argName("方案文件")
        .desc("方案文件：UTF-8 或 GBK 的 txt、docx、doc，或任务分解表 xlsx；可给多个").build());
    o.addOption(null, "force", false, "工作区已有 plan.xlsx 时重新解析（原台账先备份为 plan.bak-N.xlsx）");
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, java.io.IOException {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("缺少工作区文件夹。");
    }
    if (!line.hasOption("plan")) {
      throw new UsageException("缺少 --plan <方案文件>。");
    }
    Workspace ws = new Workspace(Path.of(line.getArgList().get(0)));
    List<Path> files = Arrays.stream(line.getOptionValues("plan")).map(Path::of).toList();
    InitUseCase.Result r;
    try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
      r = InitUseCase.run(ws, files, line.hasOption("force"));
    }
    Plan plan = r.plan();
    var out = console.out();
    out.println("已解析《" + plan.info().name() + "》（" + plan.info().start() + " 至 " + plan.info().end() + "）");
    long targets = plan.tasks().stream().mapToLong(t -> t.targets().size()).sum();
    out.printf("  重点任务 %d 项，量化目标 %d 个，目标指标 %d 个，指标分解 %d 条，责任单位 %d 个%n",
        plan.tasks().size(), targets, plan.goals().size(), plan.breakdowns().size(), plan.units().size());
    if (!r.problems().isEmpty()) {
      out.printf("  需要核对的地方 %d 处（也列在 plan.xlsx 的“解析报告”工作表）:%n", r.problems().size());
      console.printProblems(r.problems());
    }
    out.println("任务台账: " + r.ledger());
    out.println("下一步: 在 Excel/WPS 中核对台账，然后运行 duban templates <轮次> -w " + ws.root());
    return Console.count(r.problems(), Severity.ERROR) > 0 ? Main.INPUT_PROBLEMS : Main.OK;
  }
}

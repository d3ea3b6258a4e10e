package org.duban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.demo.DemoUseCase;
import org.duban.model.DubanException;

/** {@code duban demo [<dir>]}: the whole workflow on the bundled seeds. */
final class DemoCommand extends Command {
  @Override
  String name() {
    return "demo";
  }

  @Override
  String summary() {
    return "用内置的五份真实方案演示全流程：解析、生成填报表、模拟各单位填报（含常见错误）、收集、汇总";
  }

  @Override
  String synopsis() {
    return "[输出文件夹] [--plans 方案文件夹]";
  }

  @Override
  String footer() {
    return "\n例: duban demo demo-output\n每份方案一个工作区，各跑两轮月度调度；最后列出各方案的汇总表位置。";
  }

  @Override
  void addOptions(Options o) {
    o.addOption(Option.builder().longOpt("plans").hasArg().argName("文件夹")
        .desc("改用该文件夹中的方案文件（txt/docx/doc）演示").build());
  }

  @Override
  int execute(CommandLine line, Console console) throws UsageException, DubanException, IOException {
    Path dir = Path.of(line.getArgList().isEmpty() ? "demo-output" : line.getArgList().get(0));
    List<Path> documents = List.of();
    if (line.hasOption("plans")) {
      Path folder = Path.of(line.getOptionValue("plans"));
      if (!Files.isDirectory(folder)) {
        throw new UsageException("--plans 应为一个文件夹: " + folder);
      }
      documents = org.duban.app.demo.DemoUseCase.documentsIn(folder);
      if (documents.isEmpty()) {
        throw new UsageException("文件夹 " + folder + " 中没有 txt/docx/doc 方案文件");
      }
    }
    var out = console.out();
    out.println("duban 演示：输出到 " + dir.toAbsolutePath().normalize());
    DemoUseCase.Result r = DemoUseCase.run(dir, documents, out::println);
    out.println();
    TextTable t = new TextTable().header("方案", "轮次", "任务", "单位", "收件", "旧版", "采用", "退回", "已报送", "完成率", "序时进度", "汇总表");
    for (DemoUseCase.PlanRun p : r.plans()) {
      t.row(shorten(p.plan(), 18), p.round().toString(), String.valueOf(p.tasks()), String.valueOf(p.units()),
          String.valueOf(p.files()), String.valueOf(p.superseded()), String.valueOf(p.accepted()), String.valueOf(p.rejected()),
          p.unitsReported() + "/" + p.units(), String.format("%.1f%%", p.completion() * 100),
          String.format("%.1f%%", p.schedule() * 100), dir.toAbsolutePath().normalize().relativize(p.summary()).toString());
    }
    t.print(out);
    out.println();
    out.println("打开各工作区的 rounds/<轮次>/汇总表.xlsx 看汇总，收件情况.xlsx 看每份文件的问题；plan.xlsx 是解析出的任务台账。");
    return Main.OK;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

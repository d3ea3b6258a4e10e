package org.duban.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.duban.app.Workspace;
import org.duban.model.Round;

/** Reading the arguments the commands share: the round, the workspace, dates. */
final class Args {
  private Args() {}

  static void addWorkspace(Options o) {
    o.addOption(Option.builder("w").longOpt("workspace").hasArg().argName("工作区")
        .desc("工作区文件夹（含 plan.xlsx），默认为当前文件夹").build());
  }

  static Workspace workspace(CommandLine line) throws UsageException {
    Path root = Path.of(line.getOptionValue("workspace", "."));
    Workspace ws = new Workspace(root);
    if (!java.nio.file.Files.isRegularFile(ws.ledger())) {
      throw new UsageException(
          "工作区 " + ws.root() + " 中没有任务台账 plan.xlsx。请先运行 duban init，或用 -w 指定工作区文件夹。");
    }
    return ws;
  }

  static Round round(CommandLine line) throws UsageException {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("缺少轮次，例如 2025-09（月）、2025-Q3（季）、2025-H1（半年）或 2025（年）。");
    }
    try {
      return Round.parse(line.getArgList().get(0));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static LocalDate date(CommandLine line, String option, LocalDate fallback) throws UsageException {
    String v = line.getOptionValue(option);
    if (v == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(v.strip().replace('/', '-'));
    } catch (DateTimeParseException e) {
      throw new UsageException("--" + option + " 的日期应写作 2025-10-05，而不是 \"" + v + "\"");
    }
  }
}

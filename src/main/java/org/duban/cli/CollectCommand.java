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
import org.duban.intake.Verdict;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Problem;
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
        + "默认读取 rounds/<轮次>/inbox/ 下的所有 xlsx/xlsm/xls（文件名随意）。原文件不会被修改；"
        + "可重复运行，结果相同。";
  }

  /** Files with findings, each with its verdict and findings; clean files only counted. */
  private static void printFiles(Console console, IntakeReport report) {
    int listed = 0;
    int clean = 0;
    for (IntakeReport.FileEntry f : report.files()) {
      boolean superseded = f.verdict() != Verdict.REJECTED && !f.taken();
      boolean worthListing = !f.problems().isEmpty() || superseded || !f.remark().isEmpty();
      if (!worthListing) {
        clean++;
        continue;
      }
      if (++listed > MAX_FILES_LISTED) {
        continue;
      }
      StringBuilder line = new StringBuilder("  ").append(f.path()).append("  ")
          .append(f.unit().isEmpty() ? "（单位不明）" : f.unit()).append("  ").append(f.verdict().label());
      if (superseded) {
        line.append("，已被新版本替代");
      }
      if (!f.remark().isEmpty()) {
        line.append("（").append(f.remark()).append("）");
      }
      console.out().println(line);
      for (Problem p : f.problems()) {
        // The file is named on the line above; each finding shows only its sheet and cell.
        Location w = p.where();
        console.out().println("      " + new Problem(new Location("", w.sheet(), w.cell(), w.line()),
            p.severity(), p.message(), p.fix(), p.value()).render());
      }
    }
    if (listed > MAX_FILES_LISTED) {
      console.out().println("  ……另有 " + (listed - MAX_FILES_LISTED) + " 份文件有问题，详见收件情况表。");
    }
    if (clean > 0) {
      console.out().println("  其余 " + clean + " 份文件无问题。");
    }
  }

  private static String orUnknown(String s) {
    return s.isEmpty() ? "（台账未填）" : s;
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
    out.printf("%s 收件 %d 份: 采用 %d（其中有问题 %d），退回 %d，被新版本替代 %d；已报送单位 %d/%d%n",
        round.label(), r.files(), r.accepted() + r.acceptedWithWarnings(), r.acceptedWithWarnings(), r.rejected(),
        report.superseded(),
        r.unitsReported(), r.unitsExpected());
    printFiles(console, report);
    if (!report.missing().isEmpty()) {
      out.println("未报送或被退回的单位（催报文字见 " + ws.reminders(round) + "）:");
      for (IntakeReport.MissingUnit m : report.missing()) {
        out.println("  " + m.unit() + "  " + m.status().label() + "  联系人: " + orUnknown(m.contact())
            + "  电话: " + orUnknown(m.phone()));
      }
    }
    out.println("收件情况: " + r.intakeReport());
    if (Files.isDirectory(ws.problemLists(round))) {
      out.println("问题清单（发回各单位）: " + ws.problemLists(round));
    }
    out.println("下一步: duban report " + round + " -w " + ws.root());
    return r.rejected() > 0 ? Main.INPUT_PROBLEMS : Main.OK;
  }
}

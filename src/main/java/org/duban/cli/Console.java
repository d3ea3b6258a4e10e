package org.duban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;
import org.duban.app.WriteFailures;
import org.duban.model.DubanException;
import org.duban.model.Problem;
import org.duban.model.Severity;

/**
 * The one place that prints: runs a command, turns its outcome into an exit code, and renders
 * problems as lines that name the file, sheet and cell. A stack trace only with --stacktrace.
 */
final class Console {
  /** Most findings printed per severity before the rest are only counted. */
  private static final int MAX_LISTED = 30;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /** @param terminal true when {@code out} is an interactive terminal */
  Console(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  int execute(Command command, String[] args) {
    CommandLine line;
    try {
      line = new DefaultParser().parse(command.options(), args);
    } catch (ParseException e) {
      return usage(command, describe(e));
    }
    if (line.hasOption("help")) {
      command.printHelp(out);
      return Main.OK;
    }
    boolean trace = line.hasOption("stacktrace");
    try {
      return command.execute(line, this);
    } catch (UsageException e) {
      return usage(command, e.getMessage());
    } catch (DubanException e) {
      printProblems(e.problems());
      err.println("未完成：请按上面的提示修改后重新运行。");
      return Main.INPUT_PROBLEMS;
    } catch (IOException e) {
      printProblems(List.of(WriteFailures.problem(e, null)));
      err.println("未完成：请按上面的提示处理后重新运行。");
      if (trace) {
        e.printStackTrace(err);
      }
      return Main.INPUT_PROBLEMS;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      err.println("duban 内部错误: " + e);
      err.println("输入文件没有被修改。请把命令和输入文件反馈给开发人员；加 --stacktrace 可显示详细信息。");
      if (trace) {
        e.printStackTrace(err);
      }
      return Main.INPUT_PROBLEMS;
    }
  }

  private int usage(Command command, String message) {
    err.println("用法错误: " + message);
    err.println("用法: duban " + command.name() + " " + command.synopsis());
    err.println("运行 duban " + command.name() + " --help 查看详细说明。");
    return Main.USAGE;
  }

  private static String describe(ParseException e) {
    if (e instanceof org.apache.commons.cli.UnrecognizedOptionException u) {
      return "不认识的选项 " + u.getOption();
    }
    if (e instanceof org.apache.commons.cli.MissingArgumentException m) {
      return "选项 --" + m.getOption().getLongOpt() + " 需要一个值";
    }
    if (e instanceof org.apache.commons.cli.MissingOptionException m) {
      return "缺少必需的选项 " + m.getMissingOptions();
    }
    return e.getMessage();
  }

  /** Prints findings, errors first, at most {@link #MAX_LISTED} of each severity. */
  void printProblems(List<Problem> problems) {
    String indent = "  ";
    for (Severity s : Severity.values()) {
      List<Problem> of = problems.stream().filter(p -> p.severity() == s).toList();
      PrintStream to = s == Severity.ERROR ? err : out;
      for (int i = 0; i < Math.min(of.size(), MAX_LISTED); i++) {
        to.println(indent + of.get(i).render());
      }
      if (of.size() > MAX_LISTED) {
        to.println(indent + "……另有 " + (of.size() - MAX_LISTED) + " 条" + s.label() + "，详见输出的工作簿。");
      }
    }
  }

  static long count(List<Problem> problems, Severity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }

  /** Fewer files than this are read too fast for a bar to tell anything. */
  static final int FEW = 10;

  /** A progress bar on the terminal, or nothing when output is redirected (CI, scripts). */
  Progress progress(String label, int total) {
    return new Progress(wantsBar(terminal, total) ? out : null, label, total);
  }

  /**
   * A bar is drawn only on a terminal (a redirected log would fill with \r lines) and only for
   * more than a few items.
   */
  static boolean wantsBar(boolean terminal, int total) {
    return terminal && total > FEW;
  }

  /**
   * True when standard output is an interactive terminal. Up to Java 21 that is what a non-null
   * {@link System#console()} means; from Java 22 the console exists when redirected too, and
   * {@code Console.isTerminal()} tells.
   */
  static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (NoSuchMethodException before22) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}

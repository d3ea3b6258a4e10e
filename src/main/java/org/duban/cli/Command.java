package org.duban.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.duban.model.DubanException;

/** One subcommand: its options, its help text, and how it runs. */
abstract class Command {
  /** The word after {@code duban}. */
  abstract String name();

  /** One line for the overview. */
  abstract String summary();

  /** The argument synopsis after the command name, e.g. {@code <轮次> [-w 工作区]}. */
  abstract String synopsis();

  /** Further help text printed after the options (examples, notes). */
  String footer() {
    return "";
  }

  /** Options beyond the common ones ({@code --help}, {@code --stacktrace}). */
  abstract void addOptions(Options options);

  /**
   * Runs with parsed arguments.
   *
   * @throws UsageException for wrong arguments (exit 2)
   * @throws DubanException for input the user must fix (exit 1)
   */
  abstract int execute(CommandLine line, Console console) throws UsageException, DubanException, java.io.IOException;

  final Options options() {
    Options o = new Options();
    o.addOption("h", "help", false, "显示本命令的说明");
    o.addOption(null, "stacktrace", false, "出错时显示程序内部的调用栈（供开发人员排查）");
    addOptions(o);
    return o;
  }

  final void printHelp(PrintStream out) {
    HelpFormatter f = new HelpFormatter();
    // commons-cli starts the synopsis with English "usage: "; users read Chinese.
    f.setSyntaxPrefix("用法：");
    java.io.PrintWriter w = new java.io.PrintWriter(out, true);
    f.printHelp(w, 100, "duban " + name() + " " + synopsis(), summary(), options(), 2, 4, footer());
    w.flush();
  }
}

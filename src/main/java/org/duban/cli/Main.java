package org.duban.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code duban} command line: picks the subcommand and returns its exit code. Only
 * {@link #main} calls {@code System.exit}; everything else is testable through {@link #run}.
 */
public final class Main {
  /** Exit codes of SPEC §2. */
  public static final int OK = 0;
  public static final int INPUT_PROBLEMS = 1;
  public static final int USAGE = 2;

  private static final String VERSION = "0.1.0";

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Decided here, on the real descriptors: the streams above wrap them, so nothing later can
    // compare with System.out.
    System.exit(run(out, err, Console.isTerminal(), args));
  }

  static Map<String, Command> commands() {
    Map<String, Command> m = new LinkedHashMap<>();
    for (Command c :
        new Command[] {
          new InitCommand(), new TemplatesCommand(), new CollectCommand(), new ReportCommand(), new DemoCommand()
        }) {
      m.put(c.name(), c);
    }
    return m;
  }

  /** Runs one invocation as if output were redirected (no progress bar); never throws, never exits. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, false, args);
  }

  /**
   * Runs one invocation; never throws, never exits.
   *
   * @param terminal true when {@code out} is an interactive terminal (progress bars are drawn)
   */
  static int run(PrintStream out, PrintStream err, boolean terminal, String... args) {
    Map<String, Command> commands = commands();
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      if (args.length > 1 && commands.containsKey(args[1])) {
        commands.get(args[1]).printHelp(out);
        return OK;
      }
      printOverview(out, commands);
      return args.length == 0 ? USAGE : OK;
    }
    if (args[0].equals("--version") || args[0].equals("-V")) {
      out.println("duban " + VERSION);
      return OK;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("未知的命令: " + args[0]);
      err.println("可用的命令: " + String.join("、", commands.keySet()) + "。运行 duban --help 查看用法。");
      return USAGE;
    }
    return new Console(out, err, terminal).execute(command, Arrays.copyOfRange(args, 1, args.length));
  }

  private static void printOverview(PrintStream out, Map<String, Command> commands) {
    out.println("duban " + VERSION + " —— 督办：方案任务分解、分单位填报、收集汇总");
    out.println();
    out.println("用法: duban <命令> [参数]，每个命令都可加 --help 查看详细说明。");
    out.println();
    for (Command c : commands.values()) {
      out.printf("  %-10s %s%n", c.name(), c.summary());
    }
    out.println();
    out.println("典型流程:");
    out.println("  duban init 工作区 --plan 实施方案.docx      解析方案，生成任务台账 plan.xlsx");
    out.println("  duban templates 2025-09 -w 工作区 --due 2025-10-05");
    out.println("  （把 rounds/2025-09/templates/ 下的表发给各单位，收回的文件放进 rounds/2025-09/inbox/）");
    out.println("  duban collect 2025-09 -w 工作区");
    out.println("  duban report 2025-09 -w 工作区");
    out.println();
    out.println("退出码: 0 成功；1 输入有问题（已列出，需处理）；2 用法错误。");
  }
}

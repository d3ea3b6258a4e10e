package org.duban.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.model.Deadline;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.names.UnitCollector;

/** Plan document text to a {@link org.duban.model.Plan}, with every doubt as a problem. */
public final class PlanParser {
  /** 列第一位者为牵头单位: the document's own rule for lists without a lead marker. */
  private static final Pattern FIRST_LEADS = Pattern.compile(UnitLists.FIRST_LEADS_RULE);

  private PlanParser() {}

  /**
   * Parses the lines of one plan document (or several, in order).
   *
   * @param documentName the file name, used when the text has no title
   */
  public static PlanParse parse(List<SourceLine> source, String documentName) {
    String file = documentName == null ? "" : documentName;
    List<SourceLine> lines = SpacedRows.of(source);
    List<Problem> problems = new ArrayList<>();
    List<SourceLine> text = new ArrayList<>();
    for (SourceLine l : lines) {
      if (!IndicatorTable.isTableLine(l.text())) {
        text.add(l);
      }
    }
    TextStream stream = TextStream.of(text);
    if (stream.pageDump) {
      problems.add(
          Problem.note(Location.ofFile(file), "正文中混有页码(如“2、要目标”),已去掉页码并把断开的行接上"));
    }
    if (stream.readings > 0) {
      problems.add(
          Problem.note(
              Location.ofFile(file),
              "正文中混有网页转换留下的拼音注音(如“創新(xīn)”),已去掉 " + stream.readings + " 处"));
    }
    List<String[]> repairs = new ArrayList<>(stream.repairs);
    repairs.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r[0])));
    for (String[] r : repairs) {
      problems.add(
          Problem.note(
              Location.ofLine(file, Integer.parseInt(r[0])),
              "疑似识别错误,已把“" + r[1] + "”读作“" + r[2] + "”,请核对"));
    }
    boolean firstLeads = FIRST_LEADS.matcher(stream.norm).find();
    int body = Notice.bodyStart(lines);
    List<Block> blocks = new ArrayList<>();
    for (Block b : Segmenter.split(stream)) {
      if (b.line() >= body) {
        blocks.add(b);
      }
    }
    Outline outline = Outline.of(blocks, firstLeads);

    UnitCollector units = new UnitCollector();
    TaskBuilder taskBuilder = new TaskBuilder(file, firstLeads, units, problems);
    List<Task> tasks = new ArrayList<>(taskBuilder.build(outline.drafts));
    GoalBuilder goals = new GoalBuilder(file, units, problems);
    goals.addGoalTexts(outline.goals);
    goals.addGroups(taskBuilder.groups);
    List<Task> tableTasks = new ArrayList<>();
    for (Tables.Table t : Tables.group(lines)) {
      if (Tables.isIndicator(t)) {
        goals.addTable(IndicatorTable.read(t, problems));
      } else if (Tables.isTask(t)) {
        tableTasks.addAll(TaskTable.read(t, taskBuilder));
      } else {
        problems.add(Tables.skipped(t));
      }
    }
    tasks.addAll(tableTasks);

    List<Integer> years = new ArrayList<>();
    for (Task t : tasks) {
      t.targets().forEach(x -> addYear(years, x.deadline()));
    }
    goals.goals.forEach(g -> addYear(years, g.target().deadline()));
    String title = PlanInfoReader.title(lines, file);
    LocalDate[] period = PlanInfoReader.period(stream, title, years);
    if (period == null) {
      problems.add(
          Problem.warning(
              Location.ofFile(file),
              "方案中没有找到实施期限(如“2021-2025年”或“到2025年”)",
              "请在台账“方案信息”表中填写开始日期和结束日期"));
      period = new LocalDate[] {LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)};
    }
    LocalDate end = period[1];
    List<Task> dated = new ArrayList<>();
    for (Task t : tasks) {
      dated.add(withPlanEnd(t, end));
    }
    List<Goal> datedGoals = new ArrayList<>();
    for (Goal g : goals.goals) {
      datedGoals.add(
          new Goal(g.id(), g.name(), withPlanEnd(g.target(), end), g.units(), g.text(), g.source(), g.extras()));
    }
    PlanInfo info =
        new PlanInfo(
            title,
            PlanInfoReader.issuer(stream),
            period[0],
            period[1],
            PlanInfoReader.office(stream),
            file,
            PlanInfoReader.settings());
    if (dated.isEmpty()) {
      problems.add(
          Problem.warning(
              Location.ofFile(file),
              "没有找到任何重点任务",
              "请确认文件是实施方案正文,任务应按“一、(一)1.”等编号书写"));
    }
    Plan plan = new Plan(info, datedGoals, dated, goals.breakdowns, units.units());
    return new PlanParse(plan, problems);
  }

  /**
   * The quantitative targets in one task's text, read as in a plan document: for a task table
   * imported from a workbook that has no 量化目标 column.
   *
   * @param deadline the row's 完成时限, for targets whose sentence names none (may be empty)
   * @param planEnd the plan's last day, for 年内 and 全年
   */
  public static List<Target> targetsOf(String text, String deadline, LocalDate planEnd) {
    String t = text == null ? "" : text;
    List<Target> out = new ArrayList<>();
    for (Target x : Targets.extract(t, TextStream.normalize(t), deadline == null ? "" : deadline.strip())) {
      out.add(withPlanEnd(x, planEnd));
    }
    return out;
  }

  private static void addYear(List<Integer> years, Deadline d) {
    if (d.date() != null) {
      years.add(d.date().getYear());
    }
  }

  private static Task withPlanEnd(Task t, LocalDate end) {
    List<Target> targets = new ArrayList<>();
    t.targets().forEach(x -> targets.add(withPlanEnd(x, end)));
    return new Task(
        t.id(),
        t.section(),
        t.title(),
        t.content(),
        t.leads(),
        t.cooperators(),
        dated(t.deadline(), end),
        targets,
        t.source(),
        t.extras());
  }

  private static Target withPlanEnd(Target t, LocalDate end) {
    return new Target(
        t.subject(), t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), dated(t.deadline(), end), t.text());
  }

  /** 年内, 全年 get their date from the plan's end, once it is known. */
  private static Deadline dated(Deadline d, LocalDate end) {
    return d.date() == null && !d.text().isEmpty() ? Deadlines.parse(d.text(), end) : d;
  }
}

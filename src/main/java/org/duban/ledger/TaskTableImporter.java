package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Deadline;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Problem;
import org.duban.model.Target;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.names.UnitNames;

/**
 * Imports an existing 任务分解表 (a task breakdown workbook made by an office, not by duban): any sheet
 * whose header row names the task and its units, columns found by header text, a title row above
 * the header allowed, section names merged down or across rows carried to each task.
 */
public final class TaskTableImporter {
  /** The plan found and what the clerk should check in it. */
  public record Import(Plan plan, List<Problem> problems) {
    public Import {
      problems = List.copyOf(problems);
    }
  }

  static final String UNREAD_TARGETS = "量化目标（待整理）";
  private static final Pattern NOTATION_SIGN = Pattern.compile("[≥≤≈=]");
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年?");
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("^\\s*([一二三四五六七八九十]+)\\s*[、.．]|^\\s*[（(]\\s*([一二三四五六七八九十]+)\\s*[）)]");

  private TaskTableImporter() {}

  public static Plan read(Path xlsx, String planName) throws DubanException {
    return importTable(xlsx, planName).plan();
  }

  /** As {@link #read}, with the findings for the parse report. */
  public static Import importTable(Path xlsx, String planName) throws DubanException {
    String file = Workbooks.fileName(xlsx);
    List<TaskTableRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String title = "";
    try (Workbook wb = Workbooks.open(xlsx)) {
      List<String> found = new ArrayList<>();
      for (Sheet sheet : wb) {
        if (wb.isSheetHidden(wb.getSheetIndex(sheet))
            || wb.isSheetVeryHidden(wb.getSheetIndex(sheet))) {
          continue;
        }
        Grid grid = new Grid(sheet);
        Optional<TaskTableColumns> cols = TaskTableColumns.find(grid);
        if (cols.isEmpty()) {
          continue;
        }
        if (title.isEmpty()) {
          title = titleAbove(grid, cols.get().headerRow);
        }
        int before = rows.size();
        rows.addAll(new SheetRows(file, sheet, grid, cols.get(), problems).read());
        found.add(
            "“"
                + sheet.getSheetName()
                + "”（表头在第"
                + (cols.get().headerRow + 1)
                + "行，任务"
                + (rows.size() - before)
                + "项）");
      }
      if (found.isEmpty()) {
        throw DubanException.of(
            Location.ofFile(file),
            "没有找到任务分解表：没有哪个工作表的表头同时含有“重点任务/重点工作/任务名称/工作任务”和“牵头单位/责任单位”",
            "请确认表头文字，或把表头改为 序号、重点任务、牵头单位、配合单位、完成时限 后再导入");
      }
      if (rows.isEmpty()) {
        throw DubanException.of(
            Location.ofFile(file), "任务分解表" + String.join("、", found) + "中没有任务行", "请确认表头下方填有任务");
      }
      problems.add(0, Problem.note(Location.ofFile(file), "读取任务分解表：工作表" + String.join("、", found)));
    } catch (IOException e) {
      throw DubanException.of(Location.ofFile(file), "关闭工作簿时出错：" + e.getMessage(), "请重试");
    }
    String name =
        planName != null && !planName.isBlank()
            ? planName.strip()
            : !title.isEmpty() ? title : stem(file);
    PlanInfo info = info(xlsx, file, name, rows, problems);
    List<Task> tasks = tasks(rows, info.end(), problems);
    return new Import(new Plan(info, List.of(), tasks, List.of(), units(tasks)), problems);
  }

  private static PlanInfo info(
      Path xlsx, String file, String name, List<TaskTableRow> rows, List<Problem> problems) {
    Set<Integer> years = new HashSet<>(years(name));
    rows.forEach(r -> years.addAll(years(r.deadline())));
    if (years.isEmpty()) {
      // No year anywhere: the year the file was last saved, which does not change between runs.
      int year;
      try {
        year = Files.getLastModifiedTime(xlsx).toInstant().atZone(ZoneOffset.UTC).getYear();
      } catch (IOException e) {
        year = 2000;
      }
      years.add(year);
      problems.add(
          Problem.warning(
              Location.ofFile(file),
              "任务分解表中没有出现年份，方案期暂按 " + year + " 年全年处理",
              "请在 plan.xlsx 的“方案信息”表中改正开始日期和结束日期"));
    }
    int first = years.stream().min(Integer::compare).orElseThrow();
    int last = years.stream().max(Integer::compare).orElseThrow();
    return new PlanInfo(
        name, "", LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), "", file, Map.of());
  }

  private static List<Task> tasks(
      List<TaskTableRow> rows, LocalDate planEnd, List<Problem> problems) {
    List<Task> tasks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TaskTableRow r : rows) {
      String id = r.id();
      if (!ids.add(id)) {
        int k = 2;
        while (!ids.add(r.id() + "-" + k)) {
          k++;
        }
        id = r.id() + "-" + k;
        problems.add(
            Problem.warning(
                    r.source(), "编号“" + r.id() + "”重复，这一行改编为“" + id + "”", "请在 plan.xlsx 中核对编号")
                .withValue(r.id()));
      }
      List<Target> targets = new ArrayList<>();
      List<String> unread = new ArrayList<>();
      for (String line : r.targetLines()) {
        // 具体目标: 新增高新技术企业100家 — the office's own words, read as a measure's are; the
        // ledger's notation always carries its comparison sign (a range aside, which both read)
        List<Target> written = NOTATION_SIGN.matcher(line).find() ? List.of() : writtenTargets(line, r, planEnd);
        if (!written.isEmpty()) {
          targets.addAll(written);
          continue;
        }
        try {
          targets.add(TargetLines.parse(line, planEnd));
        } catch (IllegalArgumentException e) {
          unread.add(line);
          problems.add(
              Problem.warning(
                      r.source(),
                      "量化目标的写法无法识别，已原样放在“" + UNREAD_TARGETS + "”列",
                      TaskSheet.TARGET_FIX)
                  .withValue(line));
        }
      }
      if (r.targetLines().isEmpty()) {
        // no 量化目标 column: the numbers are in the task's own words (全年新开工亿元以上项目15个)
        String text = r.content().isBlank() ? r.title() : r.content();
        targets.addAll(org.duban.plan.PlanParser.targetsOf(text, r.deadline(), planEnd));
      }
      Map<String, String> extras = new LinkedHashMap<>(r.extras());
      if (!unread.isEmpty()) {
        extras.put(UNREAD_TARGETS, String.join("\n", unread));
      }
      if (r.leads().isEmpty()) {
        problems.add(
            Problem.warning(
                r.source(), "任务“" + r.id() + "”没有牵头单位", "请在 plan.xlsx 的“重点任务”表中补上牵头单位"));
      }
      tasks.add(
          new Task(
              id,
              r.section(),
              r.title(),
              r.content(),
              r.leads(),
              r.cooperators(),
              Deadline.parse(r.deadline(), planEnd),
              targets,
              r.source(),
              extras));
    }
    return tasks;
  }

  /** Targets in a target cell's own words; 新增2家 without its noun is about the task's title. */
  private static List<Target> writtenTargets(String line, TaskTableRow r, LocalDate planEnd) {
    List<Target> out = new ArrayList<>();
    for (Target t : org.duban.plan.PlanParser.targetsOf(line, r.deadline(), planEnd)) {
      boolean bare = t.subject().isBlank() || t.subject().matches("新增|新建|培育|建成|完成|达到|实现|引进|争创|累计");
      out.add(bare
          ? new Target(r.title().strip(), t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), t.deadline(), t.text())
          : t);
    }
    return out;
  }

  private static List<Unit> units(List<Task> tasks) {
    Set<String> names = new LinkedHashSet<>();
    tasks.forEach(t -> names.addAll(t.units()));
    return names.stream().map(n -> Unit.named(n, UnitNames.kindOf(n))).toList();
  }

  /** The title above the header row (e.g. "XX实施方案重点任务分解表"), if any. */
  private static String titleAbove(Grid grid, int headerRow) {
    for (int r = 0; r < headerRow; r++) {
      for (int c = 0; c <= grid.lastCol(r); c++) {
        String t = grid.text(r, c);
        if (t.length() >= 4) {
          return t.replaceAll("\\s+", "");
        }
      }
    }
    return "";
  }

  private static List<Integer> years(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  static String sectionNumber(String section) {
    Matcher m = SECTION_NUMBER.matcher(section);
    if (!m.find()) {
      return "";
    }
    return m.group(1) != null ? m.group(1) : "(" + m.group(2) + ")";
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}

package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Breakdown;
import org.duban.model.DubanException;
import org.duban.model.Goal;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.Problem;
import org.duban.model.Task;
import org.duban.model.Unit;

/**
 * Reads plan.xlsx back into a {@link Plan}, as the clerk left it: columns found by header text in
 * any order, added columns kept, dates typed as text accepted. Every error found is reported at
 * once, each naming sheet, row and column; the file is opened read-only.
 */
public final class LedgerReader {
  private LedgerReader() {}

  public static Plan read(Path ledger) throws DubanException {
    String file = Workbooks.fileName(ledger);
    try (Workbook wb = Workbooks.open(ledger)) {
      return read(wb, file);
    } catch (IOException e) {
      // Only closing can get here, after everything was read; a read-only close writes nothing.
      throw DubanException.of(Location.ofFile(file), "关闭工作簿时出错：" + e.getMessage(), "请重试");
    }
  }

  /** True if the workbook looks like a ledger: a 重点任务 sheet with a 编号 column. */
  public static boolean isLedger(Path xlsx) throws DubanException {
    try (Workbook wb = Workbooks.open(xlsx)) {
      Sheet tasks = sheet(wb, LedgerLayout.TASKS);
      return tasks != null
          && SheetTable.of("", tasks, LedgerLayout.ID, LedgerLayout.TASK_HEADERS)
              .has(LedgerLayout.ID);
    } catch (IOException e) {
      return false;
    }
  }

  static Plan read(Workbook wb, String file) throws DubanException {
    List<Problem> problems = new ArrayList<>();
    Sheet infoSheet = required(wb, LedgerLayout.INFO, file, problems);
    Sheet taskSheet = required(wb, LedgerLayout.TASKS, file, problems);
    if (!problems.isEmpty()) {
      throw new DubanException(problems);
    }
    PlanInfo info =
        InfoSheet.read(
            SheetTable.of(
                file,
                infoSheet,
                LedgerLayout.ITEM,
                List.of(LedgerLayout.ITEM, LedgerLayout.CONTENT)),
            file,
            problems);
    // Deadlines need the plan's end; with the info broken they are still read, for their errors.
    java.time.LocalDate end = info == null ? null : info.end();
    List<Goal> goals = List.of();
    Sheet goalSheet = sheet(wb, LedgerLayout.GOALS);
    if (goalSheet != null) {
      goals =
          GoalSheet.read(
              SheetTable.of(file, goalSheet, LedgerLayout.ID, LedgerLayout.GOAL_HEADERS),
              end,
              problems);
    }
    List<Task> tasks =
        TaskSheet.read(
            SheetTable.of(file, taskSheet, LedgerLayout.ID, LedgerLayout.TASK_HEADERS),
            end,
            problems);
    List<Breakdown> breakdowns = List.of();
    Sheet breakdownSheet = sheet(wb, LedgerLayout.BREAKDOWNS);
    if (breakdownSheet != null) {
      breakdowns =
          BreakdownSheet.read(
              SheetTable.of(
                  file, breakdownSheet, LedgerLayout.GOAL_ID, LedgerLayout.BREAKDOWN_HEADERS),
              problems);
    }
    List<Unit> units = List.of();
    Sheet unitSheet = sheet(wb, LedgerLayout.UNITS);
    if (unitSheet != null) {
      units =
          UnitSheet.read(
              SheetTable.of(file, unitSheet, LedgerLayout.UNIT_NAME, LedgerLayout.UNIT_HEADERS),
              problems);
    }
    if (!problems.isEmpty() || info == null) {
      throw new DubanException(problems);
    }
    return new Plan(info, goals, tasks, breakdowns, units);
  }

  private static Sheet required(Workbook wb, String name, String file, List<Problem> problems) {
    Sheet s = sheet(wb, name);
    if (s == null) {
      problems.add(
          Problem.error(
              Location.ofFile(file),
              "台账缺少工作表“" + name + "”（工作表可能被删除或改名）",
              "请把工作表改回“" + name + "”，或用 duban init 重新生成台账后再补上修改"));
    }
    return s;
  }

  /** The sheet named so, tolerating stray spaces and full-width forms in the tab name. */
  static Sheet sheet(Workbook wb, String name) {
    Sheet exact = wb.getSheet(name);
    if (exact != null) {
      return exact;
    }
    for (Sheet s : wb) {
      if (Headers.same(s.getSheetName(), name)) {
        return s;
      }
    }
    return null;
  }
}

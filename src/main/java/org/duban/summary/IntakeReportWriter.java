package org.duban.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duban.intake.IntakeReport;
import org.duban.intake.IntakeReport.FileEntry;
import org.duban.intake.IntakeReport.MissingUnit;
import org.duban.intake.IntakeText;
import org.duban.intake.Verdict;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Severity;
import org.duban.model.UnitIntake;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/**
 * Writes 收件情况.xlsx: 概况 (counts), 文件 (each file's unit and verdict), 问题 (every finding
 * with file, sheet and cell), 单位 (each unit's standing) and 未报送单位 (whom to phone).
 */
public final class IntakeReportWriter {
  private IntakeReportWriter() {}

  public static void write(Path target, IntakeReport report) throws IOException {
    // Streaming: rows go straight to the sheet XML instead of an in-memory XML tree, which is
    // several times faster for the thousands of rows a large round brings.
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false);
    // Plain entries (no zip64 fields), which StableZip can read back to fix their times.
    wb.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
    try {
      IntakeSheetStyle st = new IntakeSheetStyle(wb);
      overview(wb, st, report);
      files(wb, st, report);
      problems(wb, st, report);
      units(wb, st, report);
      missing(wb, st, report);
      AtomicFiles.write(target, o -> StableZip.write(wb::write, o)); // same findings, same bytes
    } finally {
      wb.close(); // since POI 5.3 this also deletes the streaming temp files
    }
  }

  private static void overview(SXSSFWorkbook wb, IntakeSheetStyle st, IntakeReport r) {
    Sheet s = st.table(wb, "概况", 1, new String[] {"项目", "数量"}, new int[] {28, 16});
    st.put(s.createRow(0), 0,
        "《" + r.planName() + "》" + r.round().label() + "收件情况", st.title);
    // Each count once, and the parts indented under their whole: 已报 = 按时 + 逾期, 收到 = 采用
    // + 被替代 + 退回.
    Object[][] rows = {
      {"应报单位", (long) r.units().size()},
      {"已报单位", r.unitsReported()},
      {"　其中按时报送", r.units(IntakeStatus.ON_TIME)},
      {"　其中逾期报送", r.units(IntakeStatus.LATE)},
      {"未报送单位", r.units(IntakeStatus.MISSING)},
      {"报送被退回单位", r.units(IntakeStatus.REJECTED)},
      {"收到文件", (long) r.files().size()},
      {"采用（每个单位一份）", r.taken()},
      {"　其中有问题", r.takenWithProblems()},
      {"被同单位新文件替代", r.superseded()},
      {"退回", r.count(Verdict.REJECTED)},
      {"报送截止日期", r.due() == null ? "未设定" : r.due().toString()},
      {"统计日期", r.asOf().toString()},
    };
    int i = 2;
    for (Object[] row : rows) {
      Row x = s.createRow(i++);
      st.put(x, 0, (String) row[0], st.text);
      if (row[1] instanceof Long n) {
        st.put(x, 1, n, st.number);
      } else {
        st.put(x, 1, (String) row[1], st.text);
      }
    }
  }

  private static void files(SXSSFWorkbook wb, IntakeSheetStyle st, IntakeReport r) {
    Sheet s = st.table(wb, "文件", 0,
        new String[] {"序号", "文件", "单位", "处理结果", "错误", "警告", "提示", "说明"},
        new int[] {6, 36, 24, 16, 8, 8, 8, 60});
    int i = 1;
    for (FileEntry f : r.files()) {
      Row x = s.createRow(i);
      st.put(x, 0, i, st.number);
      st.put(x, 1, f.path(), st.text);
      st.put(x, 2, f.unit(), st.text);
      String verdict = IntakeText.verdict(f);
      st.put(x, 3, verdict, f.verdict() == Verdict.REJECTED ? st.error : st.text);
      st.put(x, 4, count(f.problems(), Severity.ERROR), st.number);
      st.put(x, 5, count(f.problems(), Severity.WARNING), st.number);
      st.put(x, 6, count(f.problems(), Severity.NOTE), st.number);
      String remark = f.remark();
      if (f.verdict() == Verdict.REJECTED && !f.problems().isEmpty()) {
        String reason = f.problems().stream().filter(Problem::isError).map(Problem::message)
            .findFirst().orElse(f.problems().get(0).message());
        remark = remark.isEmpty() ? reason : reason + "；" + remark;
      }
      st.put(x, 7, remark, st.text);
      i++;
    }
    s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, i - 1), 0, 7));
  }

  private static void problems(SXSSFWorkbook wb, IntakeSheetStyle st, IntakeReport r) {
    Sheet s = st.table(wb, "问题", 0,
        new String[] {"文件", "单位", "工作表", "单元格", "类别", "填报值", "问题", "修改建议"},
        new int[] {30, 20, 12, 8, 8, 18, 60, 40});
    int i = 1;
    for (FileEntry f : r.files()) {
      for (Problem p : f.problems()) {
        Row x = s.createRow(i++);
        Location w = p.where();
        CellStyle style = p.severity() == Severity.ERROR ? st.error
            : p.severity() == Severity.WARNING ? st.warning : st.text;
        st.put(x, 0, f.path(), st.text);
        st.put(x, 1, f.unit(), st.text);
        st.put(x, 2, w.sheet(), st.text);
        st.put(x, 3, w.line() > 0 ? "第" + w.line() + "行" : w.cell(), st.text);
        st.put(x, 4, p.severity().label(), style);
        st.put(x, 5, SummaryCells.clip(p.value(), IntakeSheetStyle.VALUE_CHARS), st.text);
        st.put(x, 6, p.message(), st.text);
        st.put(x, 7, p.fix(), st.text);
      }
    }
    s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, i - 1), 0, 7));
  }

  private static void units(SXSSFWorkbook wb, IntakeSheetStyle st, IntakeReport r) {
    Sheet s = st.table(wb, "单位", 0,
        new String[] {"单位", "报送情况", "采用文件", "报送日期", "错误", "警告", "填报人", "联系电话"},
        new int[] {28, 14, 36, 14, 8, 8, 12, 18});
    // Whom to call about a unit's problems: the filer its taken file names.
    Map<String, Filer> filers = new HashMap<>();
    r.files().stream().filter(FileEntry::taken).forEach(f -> filers.put(f.unit(), f.filer()));
    int i = 1;
    for (UnitIntake u : r.units()) {
      Filer filer = filers.getOrDefault(u.unit(), Filer.UNKNOWN);
      Row x = s.createRow(i++);
      st.put(x, 0, u.unit(), st.text);
      st.put(x, 1, u.status().label(), u.status().reported() ? st.text : st.warning);
      st.put(x, 2, u.fileName(), st.text);
      st.put(x, 3, u.submitted() == null ? "" : u.submitted().toString(), st.text);
      st.put(x, 4, u.errors(), st.number);
      st.put(x, 5, u.warnings(), st.number);
      st.put(x, 6, filer.name(), st.text);
      st.put(x, 7, filer.phone(), st.text);
    }
  }

  private static void missing(SXSSFWorkbook wb, IntakeSheetStyle st, IntakeReport r) {
    Sheet s = st.table(wb, "未报送单位", 0,
        new String[] {"序号", "单位", "情况", "联系人", "联系电话", "电话催报记录"},
        new int[] {6, 28, 14, 12, 18, 30});
    int i = 1;
    for (MissingUnit m : r.missing()) {
      Row x = s.createRow(i);
      st.put(x, 0, i, st.number);
      st.put(x, 1, m.unit(), st.text);
      st.put(x, 2, m.status().label(), st.text);
      st.put(x, 3, m.contact().isEmpty() ? "（台账未填）" : m.contact(), st.text);
      st.put(x, 4, m.phone().isEmpty() ? "（台账未填）" : m.phone(), st.text);
      st.put(x, 5, "", st.text);
      i++;
    }
  }

  private static long count(List<Problem> problems, Severity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }
}

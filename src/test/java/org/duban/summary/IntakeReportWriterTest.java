package org.duban.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.duban.model.Filer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.duban.intake.IntakeReport;
import org.duban.intake.Verdict;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.UnitIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeReportWriterTest {
  @TempDir Path dir;

  private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3", "@SUM(A1)");

  private static List<Problem> problems() {
    return HOSTILE.stream().map(v -> Problem.error(Location.ofCell("甲.xlsx", "重点任务", "G5"),
        "累计完成值应填写数字", "请只填写数字").withValue(v)).toList();
  }

  @Test
  void textsThatLookLikeFormulasStayText() throws Exception {
    Path list = dir.resolve("甲_问题清单.xlsx");
    ProblemListWriter.write(list, "甲问题清单", problems());
    try (InputStream in = Files.newInputStream(list); Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet("问题清单");
      for (int i = 0; i < HOSTILE.size(); i++) {
        String ref = "E" + (3 + i);
        Cell c = s.getRow(new CellReference(ref).getRow()).getCell(4);
        assertEquals(CellType.STRING, c.getCellType(), ref);
        assertEquals(HOSTILE.get(i), c.getStringCellValue(), ref);
      }
      assertEquals(2, s.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
    }
  }

  @Test
  void theIntakeReportCountsAndListsEveryFinding() throws Exception {
    Path out = dir.resolve("收件情况.xlsx");
    IntakeReport r = new IntakeReport("测试方案", Round.parse("2025-09"), null, LocalDate.of(2025, 10, 8),
        List.of(new IntakeReport.FileEntry("甲.xlsx", "甲.xlsx", "甲", Verdict.ACCEPTED_WITH_WARNINGS, true, "",
            problems(), new Filer("小刘", "0734-9999999", null, "")),
            new IntakeReport.FileEntry("甲旧.xlsx", "甲旧.xlsx", "甲", Verdict.ACCEPTED, false, "已被“甲.xlsx”替代",
                List.of(), Filer.UNKNOWN)),
        List.of(new UnitIntake("甲", IntakeStatus.LATE, "甲.xlsx", null, 4, 0),
            new UnitIntake("乙", IntakeStatus.MISSING, "", null, 0, 0)),
        List.of(new IntakeReport.MissingUnit("乙", IntakeStatus.MISSING, "", "", "")));
    IntakeReportWriter.write(out, r);
    try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
      Sheet overview = wb.getSheet("概况");
      assertEquals("《测试方案》2025年9月收件情况", overview.getRow(0).getCell(0).getStringCellValue(), "A1");
      Map<String, String> counts = new LinkedHashMap<>();
      for (int i = 2; i <= overview.getLastRowNum(); i++) {
        counts.put(overview.getRow(i).getCell(0).getStringCellValue().strip(),
            new DataFormatter().formatCellValue(overview.getRow(i).getCell(1)));
      }
      assertEquals(List.of("应报单位", "已报单位", "其中按时报送", "其中逾期报送", "未报送单位", "报送被退回单位", "收到文件",
          "采用（每个单位一份）", "其中有问题", "被同单位新文件替代", "退回", "报送截止日期", "统计日期"),
          List.copyOf(counts.keySet()), "概况 A3:A15");
      assertEquals(List.of("2", "1", "0", "1", "1", "0", "2", "1", "1", "1", "0", "未设定", "2025-10-08"),
          List.copyOf(counts.values()), "概况 B3:B15: each file counted once, 收到 = 采用 + 被替代 + 退回");
      Sheet units = wb.getSheet("单位");
      assertEquals("填报人", units.getRow(0).getCell(6).getStringCellValue(), "单位!G1");
      assertEquals("小刘", units.getRow(1).getCell(6).getStringCellValue(), "单位!G2: whom to call about 甲's problems");
      assertEquals("0734-9999999", units.getRow(1).getCell(7).getStringCellValue(), "单位!H2");
      assertEquals("接收，已被替代", wb.getSheet("文件").getRow(2).getCell(3).getStringCellValue(), "文件!D3");
      Sheet problems = wb.getSheet("问题");
      assertEquals(HOSTILE.size(), problems.getLastRowNum(), "one row per finding");
      assertEquals(CellType.STRING, problems.getRow(1).getCell(5).getCellType(), "F2");
      assertEquals("G5", problems.getRow(1).getCell(3).getStringCellValue(), "D2");
      assertEquals("（台账未填）", wb.getSheet("未报送单位").getRow(1).getCell(3).getStringCellValue(), "D2");
    }
  }
}

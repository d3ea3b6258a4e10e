package org.duban.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    IntakeReport r = new IntakeReport("测试方案", Round.parse("2025-09"), null,
        List.of(new IntakeReport.FileEntry("甲.xlsx", "甲.xlsx", "甲", Verdict.ACCEPTED_WITH_WARNINGS, true, "",
            problems())),
        List.of(new UnitIntake("甲", IntakeStatus.ON_TIME, "甲.xlsx", null, 4, 0),
            new UnitIntake("乙", IntakeStatus.MISSING, "", null, 0, 0)),
        List.of(new IntakeReport.MissingUnit("乙", IntakeStatus.MISSING, "", "")));
    IntakeReportWriter.write(out, r);
    try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
      Sheet overview = wb.getSheet("概况");
      assertEquals("《测试方案》2025年9月收件情况", overview.getRow(0).getCell(0).getStringCellValue(), "A1");
      assertEquals(2, overview.getRow(2).getCell(1).getNumericCellValue(), "B3 应报单位");
      assertEquals(1, overview.getRow(3).getCell(1).getNumericCellValue(), "B4 已报单位");
      Sheet problems = wb.getSheet("问题");
      assertEquals(HOSTILE.size(), problems.getLastRowNum(), "one row per finding");
      assertEquals(CellType.STRING, problems.getRow(1).getCell(5).getCellType(), "F2");
      assertEquals("G5", problems.getRow(1).getCell(3).getStringCellValue(), "D2");
      assertEquals("（台账未填）", wb.getSheet("未报送单位").getRow(1).getCell(3).getStringCellValue(), "D2");
    }
  }
}

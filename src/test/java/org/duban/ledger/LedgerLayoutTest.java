package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan.xlsx as a person sees it: sheet and header names of SPEC §3, and readable. */
class LedgerLayoutTest {
  @TempDir Path dir;

  @Test
  void sheetsAndHeadersAreExactlyTheSpecs() throws Exception {
    try (XSSFWorkbook wb = written()) {
      assertEquals(
          List.of("方案信息", "目标指标", "重点任务", "指标分解", "责任单位", "解析报告"),
          List.of(0, 1, 2, 3, 4, 5).stream().map(wb::getSheetName).toList());
      assertEquals("项目|内容", headers(wb.getSheet("方案信息"), 2));
      // The sample's extra columns follow the standard ones.
      assertEquals("编号|指标名称|比较|目标值|目标上限|计量单位|类型|完成时限|责任单位|原文|备注", headers(wb.getSheet("目标指标"), 11));
      assertEquals(
          "编号|所属部分|任务名称|任务内容|牵头单位|配合单位|完成时限|量化目标|来源|督办人|备注", headers(wb.getSheet("重点任务"), 11));
      assertEquals("指标编号|指标名称|责任单位|分解目标值|计量单位", headers(wb.getSheet("指标分解"), 5));
      assertEquals("单位名称|别名|类别|包含单位|联系人|联系电话", headers(wb.getSheet("责任单位"), 6));
      assertEquals("位置|级别|问题|处理建议|原值", headers(wb.getSheet("解析报告"), 5));
    }
  }

  @Test
  void cellsHoldWhatTheSpecSays() throws Exception {
    try (XSSFWorkbook wb = written()) {
      XSSFSheet info = wb.getSheet("方案信息");
      assertEquals("方案名称", Xlsx.text(info, "A2"));
      assertEquals("开始日期", Xlsx.text(info, "A4"));
      Cell start = Xlsx.cell(info, "B4");
      assertEquals(CellType.NUMERIC, start.getCellType(), "B4 is a real date");
      assertTrue(DateUtil.isCellDateFormatted(start), "B4 shows as a date");
      assertEquals("yyyy-mm-dd", start.getCellStyle().getDataFormatString());
      assertEquals(LocalDate.of(2025, 1, 1), start.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("红灯差距", Xlsx.text(info, "A8"), "settings follow the six standard rows, sorted");

      XSSFSheet goals = wb.getSheet("目标指标");
      assertEquals("≥", Xlsx.text(goals, "C2"));
      assertEquals(1200.0, Xlsx.cell(goals, "D2").getNumericCellValue(), "D2");
      assertEquals("区间", Xlsx.text(goals, "G4"));
      assertEquals(6.0, Xlsx.cell(goals, "E4").getNumericCellValue(), "E4");
      assertEquals("市科技局、市统计局", Xlsx.text(goals, "I3"));

      XSSFSheet tasks = wb.getSheet("重点任务");
      assertEquals("二.(一).1", Xlsx.text(tasks, "A2"));
      assertEquals("市科技局、市工业和信息化局", Xlsx.text(tasks, "E2"));
      assertEquals("统筹布局市重大科技计划项目 ≥10个\n研发投入 增长≥9%（2025年）", Xlsx.text(tasks, "H2"));
      assertEquals("000_b24d0ce0b46200df.txt:42", Xlsx.text(tasks, "I2"));
      assertEquals("2025年6月底前", Xlsx.text(tasks, "G2"));

      XSSFSheet units = wb.getSheet("责任单位");
      assertEquals("集合单位", Xlsx.text(units, "C3"));
      assertEquals("南华大学、衡阳师范学院", Xlsx.text(units, "D3"));
      assertEquals(CellType.STRING, Xlsx.cell(units, "F5").getCellType(), "F5 phone stays text");

      XSSFSheet report = wb.getSheet("解析报告");
      assertEquals("方案.txt:12", Xlsx.text(report, "A2"));
      assertEquals("警告", Xlsx.text(report, "B2"));
      assertEquals("任务没有责任单位", Xlsx.text(report, "C2"));
    }
  }

  @Test
  void readableFrozenFilteredWrappedWithAChineseFont() throws Exception {
    try (XSSFWorkbook wb = written()) {
      for (String name : List.of("目标指标", "重点任务", "指标分解", "责任单位", "解析报告")) {
        XSSFSheet s = wb.getSheet(name);
        assertEquals(
            1, s.getPaneInformation().getHorizontalSplitPosition(), name + " header row frozen");
        assertTrue(s.getCTWorksheet().isSetAutoFilter(), name + " has a filter");
        assertTrue(s.getPrintSetup().getLandscape(), name + " prints landscape");
        assertEquals(
            "1:1",
            s.getRepeatingRows().formatAsString().replace("$", ""),
            name + " repeats its header");
        Cell head = Xlsx.cell(s, "A1");
        assertTrue(wb.getFontAt(head.getCellStyle().getFontIndex()).getBold(), name + "!A1 bold");
        assertEquals(
            "宋体",
            wb.getFontAt(head.getCellStyle().getFontIndex()).getFontName(),
            name + "!A1 font");
      }
      XSSFSheet tasks = wb.getSheet("重点任务");
      assertTrue(Xlsx.cell(tasks, "D2").getCellStyle().getWrapText(), "D2 wraps");
      assertEquals(
          "宋体", wb.getFontAt(Xlsx.cell(tasks, "D2").getCellStyle().getFontIndex()).getFontName());
      assertTrue(tasks.getColumnWidth(3) > tasks.getColumnWidth(0), "任务内容 wider than 编号");
      assertTrue(tasks.getColumnWidth(3) <= 62 * 256, "任务内容 capped, it wraps instead");
      assertTrue(
          tasks.getRow(2).getHeightInPoints() > tasks.getRow(3).getHeightInPoints(),
          "row 3 with seven targets is taller than row 4 with none");
    }
  }

  private XSSFWorkbook written() throws Exception {
    Path ledger = dir.resolve("plan.xlsx");
    Problem warning =
        new Problem(
            Location.ofLine("方案.txt", 12),
            Severity.WARNING,
            "任务没有责任单位",
            "请在“重点任务”表中补上牵头单位",
            "加强统筹调度");
    LedgerWriter.write(SamplePlan.plan(), List.of(warning), ledger);
    return Xlsx.open(ledger);
  }

  private static String headers(XSSFSheet s, int n) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < n; c++) {
      if (c > 0) {
        b.append('|');
      }
      b.append(Cells.text(s.getRow(0).getCell(c)));
    }
    assertEquals("", Cells.text(s.getRow(0).getCell(n)), s.getSheetName() + " has no more headers");
    return b.toString();
  }
}

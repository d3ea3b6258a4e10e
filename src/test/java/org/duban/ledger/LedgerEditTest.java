package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Plan;
import org.duban.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk edits plan.xlsx in Excel or WPS; the next read must see exactly those edits. */
class LedgerEditTest {
  @TempDir Path dir;
  Path ledger;

  @BeforeEach
  void write() throws Exception {
    ledger = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), ledger);
  }

  @Test
  void changedLeadAddedColumnAndReorderedColumnsAreReadBack() throws Exception {
    Xlsx.edit(
        ledger,
        wb -> {
          Sheet s = wb.getSheet("重点任务");
          Xlsx.cell(s, Xlsx.column(s, "牵头单位") + "2").setCellValue("市发展改革委、市科技局");
          String added =
              org.apache.poi.ss.util.CellReference.convertNumToColString(
                  s.getRow(0).getLastCellNum());
          Xlsx.cell(s, added + "1").setCellValue("完成情况");
          Xlsx.cell(s, added + "3").setCellValue("已开工");
          reverseColumns(wb, "重点任务");
        });
    Plan back = LedgerReader.read(ledger);
    Plan original = SamplePlan.plan();

    Task first = back.tasks().get(0);
    assertEquals(List.of("市发展改革委", "市科技局"), first.leads());
    assertEquals(original.tasks().get(0).cooperators(), first.cooperators());
    assertEquals(original.tasks().get(0).targets(), first.targets());
    assertEquals(Map.of("督办人", "李四", "完成情况", "已开工"), back.tasks().get(1).extras());
    assertEquals(original.tasks().get(2), back.tasks().get(2));
  }

  @Test
  void addedColumnIsWrittenBackAfterTheStandardColumns() throws Exception {
    Xlsx.edit(
        ledger,
        wb -> {
          Sheet s = wb.getSheet("重点任务");
          reverseColumns(wb, "重点任务");
          s = wb.getSheet("重点任务");
          String added =
              org.apache.poi.ss.util.CellReference.convertNumToColString(
                  s.getRow(0).getLastCellNum());
          Xlsx.cell(s, added + "1").setCellValue("完成情况");
          Xlsx.cell(s, added + "2").setCellValue("进行中");
        });
    Path again = dir.resolve("again.xlsx");
    LedgerWriter.write(LedgerReader.read(ledger), List.of(), again);
    try (XSSFWorkbook wb = Xlsx.open(again)) {
      Sheet s = wb.getSheet("重点任务");
      assertEquals("编号", Xlsx.text(s, "A1"));
      assertEquals("来源", Xlsx.text(s, "I1"));
      // Added columns keep the order the clerk gave them (reversed above: 备注 before 督办人).
      assertEquals("备注", Xlsx.text(s, "J1"));
      assertEquals("督办人", Xlsx.text(s, "K1"));
      assertEquals("完成情况", Xlsx.text(s, "L1"));
      assertEquals("进行中", Xlsx.text(s, "L2"));
    }
  }

  @Test
  void datesTypedAsTextAndATitleRowAboveTheHeaderAreAccepted() throws Exception {
    Xlsx.edit(
        ledger,
        wb -> {
          Sheet info = wb.getSheet("方案信息");
          Xlsx.plainCell(info, "B4").setCellValue(20250101); // digits typed into a General cell
          Xlsx.cell(info, "B5").setCellValue("2025年12月31日");
          Sheet tasks = wb.getSheet("重点任务");
          tasks.shiftRows(0, tasks.getLastRowNum(), 1);
          Xlsx.cell(tasks, "A1").setCellValue("衡阳市科技创新赋能攻坚行动重点任务台账");
        });
    Plan back = LedgerReader.read(ledger);
    assertEquals(LocalDate.of(2025, 1, 1), back.info().start());
    assertEquals(LocalDate.of(2025, 12, 31), back.info().end());
    assertEquals(SamplePlan.plan().tasks(), back.tasks());
  }

  @Test
  void fullWidthAndSpacedHeadersStillMatch() throws Exception {
    Xlsx.edit(
        ledger,
        wb -> {
          Sheet s = wb.getSheet("重点任务");
          Xlsx.cell(s, Xlsx.column(s, "完成时限") + "1").setCellValue(" 完成 时限 ");
          Xlsx.cell(s, Xlsx.column(s, "编号") + "1").setCellValue("＊编号");
        });
    // ＊ folds to * which marks a required column in many office templates.
    assertEquals(SamplePlan.plan().tasks(), LedgerReader.read(ledger).tasks());
  }

  /** Rebuilds the sheet with its columns in reverse order, as a clerk dragging columns would. */
  static void reverseColumns(XSSFWorkbook wb, String name) {
    Sheet old = wb.getSheet(name);
    int width = old.getRow(0).getLastCellNum();
    List<List<String>> grid = new ArrayList<>();
    for (int r = 0; r <= old.getLastRowNum(); r++) {
      List<String> cells = new ArrayList<>();
      Row row = old.getRow(r);
      for (int c = 0; c < width; c++) {
        cells.add(row == null ? "" : Cells.text(row.getCell(c)));
      }
      grid.add(cells);
    }
    int index = wb.getSheetIndex(old);
    wb.removeSheetAt(index);
    Sheet s = wb.createSheet(name);
    wb.setSheetOrder(name, index);
    for (int r = 0; r < grid.size(); r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < width; c++) {
        String v = grid.get(r).get(width - 1 - c);
        if (!v.isEmpty()) {
          row.createCell(c).setCellValue(v);
        }
      }
    }
  }
}

package org.duban.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small stand-in for the generated fill-in workbook: same sheet names, header texts, id forms,
 * filler labels, unlocked input cells and password protection, so the LibreOffice filler can be
 * tested before the real generator exists.
 */
final class MiniFillin {
  static final String PASSWORD = "duban";
  static final String TASKS = "重点任务";
  static final String INDICATORS = "指标";
  static final String META = "_duban";

  private MiniFillin() {}

  /**
   * 重点任务: title in row 1, headers in row 2 (A 序号, B 编号, C 任务内容, D 累计完成值, E 完成状态,
   * F 工作进展), tasks in rows 3-5, 填报人/联系电话 in row 7 and 填报日期/审核人 in row 8 (values in
   * B and D). 指标: headers in row 1 (A 编号, B 指标名称, C 目标值, D 累计完成值, E 同比增长(%)), two
   * indicators in rows 2-3.
   */
  static void write(Path file) throws IOException {
    try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
      CellStyle locked = wb.createCellStyle();
      locked.setLocked(true);
      CellStyle input = wb.createCellStyle();
      input.setLocked(false);
      CellStyle dateInput = wb.createCellStyle();
      dateInput.setLocked(false);
      dateInput.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

      Sheet tasks = wb.createSheet(TASKS);
      text(tasks, 0, 0, "2025年第三季度重点任务推进情况", locked);
      tasks.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
      String[] headers = {"序号", "编号", "任务内容", "累计完成值", "完成状态", "工作进展"};
      for (int c = 0; c < headers.length; c++) {
        text(tasks, 1, c, headers[c], locked);
      }
      String[][] rows = {
        {"1", "二.(一).1", "新增市场主体1000家"},
        {"2", "二.(一).1#2", "新增市场主体1000家（配合）"},
        {"3", "二.(二).3", "完成老旧小区改造"},
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 3; c++) {
          text(tasks, 2 + r, c, rows[r][c], locked);
        }
        for (int c = 3; c < 6; c++) {
          blank(tasks, 2 + r, c, input);
        }
      }
      text(tasks, 6, 0, "填报人", locked);
      blank(tasks, 6, 1, input);
      text(tasks, 6, 2, "联系电话", locked);
      blank(tasks, 6, 3, input);
      text(tasks, 7, 0, "填报日期", locked);
      blank(tasks, 7, 1, dateInput);
      text(tasks, 7, 2, "审核人", locked);
      blank(tasks, 7, 3, input);
      tasks.protectSheet(PASSWORD);

      Sheet indicators = wb.createSheet(INDICATORS);
      String[] ih = {"编号", "指标名称", "目标值", "累计完成值", "同比增长(%)"};
      for (int c = 0; c < ih.length; c++) {
        text(indicators, 0, c, ih[c], locked);
      }
      String[][] irows = {{"指标1", "地区生产总值", "7.5"}, {"指标3@临湘高新区", "规上工业增加值", "8"}};
      for (int r = 0; r < irows.length; r++) {
        for (int c = 0; c < 3; c++) {
          text(indicators, 1 + r, c, irows[r][c], locked);
        }
        blank(indicators, 1 + r, 3, input);
        blank(indicators, 1 + r, 4, input);
      }
      indicators.protectSheet(PASSWORD);

      // Repeats an id and a label, as the real metadata sheet may: a unit cannot see it, so the
      // filler must not find them there.
      Sheet meta = wb.createSheet(META);
      text(meta, 0, 0, "format", locked);
      text(meta, 0, 1, "duban-fillin-1", locked);
      text(meta, 1, 0, "编号", locked);
      text(meta, 1, 1, "累计完成值", locked);
      text(meta, 2, 0, "二.(一).1", locked);
      text(meta, 3, 0, "填报人", locked);
      wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
      wb.write(os);
    }
  }

  /**
   * Layout variants on one 重点任务 sheet: 编号 merged over two header rows (A1:A2) with the input
   * headers in row 2 under a merged 本期填报 (B1:C1), one of them with a line break (完成比例\n(%));
   * a numeric id 7 in A3 and a padded id in A4; the label 填报人： merged over A6:B6 (value in
   * C6); 填报日期 in D6 with a text-formatted value cell E6.
   */
  static void writeVariant(Path file) throws IOException {
    try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
      CellStyle locked = wb.createCellStyle();
      locked.setLocked(true);
      CellStyle input = wb.createCellStyle();
      input.setLocked(false);
      CellStyle textInput = wb.createCellStyle();
      textInput.setLocked(false);
      textInput.setDataFormat(wb.createDataFormat().getFormat("@"));
      Sheet s = wb.createSheet(TASKS);
      text(s, 0, 0, "编号", locked);
      text(s, 0, 1, "本期填报", locked);
      text(s, 1, 1, "累计完成值", locked);
      text(s, 1, 2, "完成比例\n(%)", locked);
      s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
      s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      Cell numericId = cell(s, 2, 0);
      numericId.setCellValue(7);
      numericId.setCellStyle(locked);
      text(s, 3, 0, " 二.(三).2 ", locked);
      for (int r = 2; r < 4; r++) {
        blank(s, r, 1, input);
        blank(s, r, 2, input);
      }
      text(s, 5, 0, "填报人：", locked);
      s.addMergedRegion(new CellRangeAddress(5, 5, 0, 1));
      blank(s, 5, 2, input);
      text(s, 5, 3, "填报日期", locked);
      blank(s, 5, 4, textInput);
      s.protectSheet(PASSWORD);
      wb.write(os);
    }
  }

  private static void text(Sheet s, int r, int c, String v, CellStyle style) {
    Cell cell = cell(s, r, c);
    cell.setCellValue(v);
    cell.setCellStyle(style);
  }

  private static void blank(Sheet s, int r, int c, CellStyle style) {
    cell(s, r, c).setCellStyle(style);
  }

  private static Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    return row.createCell(c);
  }
}

package org.duban.fillin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/**
 * Creates the default master layouts (the styled xlsx files of the project's {@code templates/}
 * folder). Run {@code main} to regenerate them; at run time it is also the fallback when no
 * master file can be found, so the writer never depends on a file being present.
 */
public final class MasterLayouts {
  /** File name of the fill-in master, in {@code templates/}. */
  public static final String FILL_IN = "填报表.xlsx";
  /** File name of the distribution-list master, in {@code templates/}. */
  public static final String DISTRIBUTION = "分发清单.xlsx";

  static final List<String> DISTRIBUTION_HEADERS =
      List.of("单位", "联系人", "联系电话", "文件名", "牵头任务数", "配合任务数", "指标数", "报送截止日期");

  private MasterLayouts() {}

  /** Writes both default masters into {@code dir}: {@code java ... MasterLayouts templates}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    AtomicFiles.write(dir.resolve(FILL_IN), o -> StableZip.write(MasterLayouts::writeFillIn, o));
    AtomicFiles.write(dir.resolve(DISTRIBUTION), o -> StableZip.write(MasterLayouts::writeDistribution, o));
  }

  static void writeFillIn(OutputStream out) throws IOException {
    try (XSSFWorkbook wb = fillIn()) {
      fixedCreated(wb);
      wb.write(out);
    }
  }

  static void writeDistribution(OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fixedCreated(wb);
      Styles s = new Styles(wb);
      Sheet sh = wb.createSheet("分发清单");
      cell(sh, 0, 0, "${方案名称}（${轮次}）填报表分发清单", s.title);
      sh.addMergedRegion(new CellRangeAddress(0, 0, 0, DISTRIBUTION_HEADERS.size() - 1));
      for (int c = 0; c < DISTRIBUTION_HEADERS.size(); c++) {
        cell(sh, 1, c, DISTRIBUTION_HEADERS.get(c), s.header);
        sh.setColumnWidth(c, (c == 3 ? 48 : c == 0 ? 26 : 14) * 256);
      }
      String[] fields = {"${单位}", "${联系人}", "${联系电话}", "${文件名}", "${牵头任务数}", "${配合任务数}", "${指标数}", "${报送截止日期}"};
      for (int c = 0; c < fields.length; c++) {
        cell(sh, 2, c, fields[c], s.body);
      }
      wb.write(out);
    }
  }

  /** A fixed creation date, so regenerating the masters gives the same files. */
  private static void fixedCreated(XSSFWorkbook wb) {
    wb.getProperties().getCoreProperties().setCreated(
        java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"))));
    wb.getProperties().getCoreProperties().setCreator("duban");
  }

  /** The default fill-in master: 填报说明, 重点任务, 指标 with placeholders. */
  static XSSFWorkbook fillIn() {
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles s = new Styles(wb);
    guide(wb.createSheet(FormFormat.SHEET_GUIDE), s);
    String[] taskHeaders = {
      "序号", "编号", "任务内容", "责任类型", "量化目标", "完成时限", "累计完成值", "完成状态", "完成比例(%)",
      "工作进展", "存在问题", "下步打算", "上期填报"
    };
    int[] taskWidths = {6, 12, 50, 9, 24, 12, 12, 12, 12, 40, 24, 24, 28};
    String[] taskRow = {
      "${序号}", "${编号}", "${任务内容}", "${责任类型}", "${量化目标}", "${完成时限}", "${累计完成值}",
      "${完成状态}", "${完成比例}", "${工作进展}", "${存在问题}", "${下步打算}", "${上期填报}"
    };
    Sheet tasks = wb.createSheet(FormFormat.SHEET_TASKS);
    dataSheet(tasks, s, "${方案名称}重点任务推进情况表（${轮次}）", taskHeaders, taskWidths, taskRow, true);
    String[] indHeaders = {
      "序号", "编号", "指标名称", "目标值", "完成时限", "累计完成值", "同比增长(%)", "完成状态", "工作进展", "上期填报"
    };
    int[] indWidths = {6, 22, 40, 20, 12, 12, 12, 12, 40, 28};
    String[] indRow = {
      "${序号}", "${编号}", "${指标名称}", "${目标值}", "${完成时限}", "${累计完成值}", "${同比增长}",
      "${完成状态}", "${工作进展}", "${上期填报}"
    };
    Sheet ind = wb.createSheet(FormFormat.SHEET_INDICATORS);
    dataSheet(ind, s, "${方案名称}目标指标完成情况表（${轮次}）", indHeaders, indWidths, indRow, false);
    wb.setActiveSheet(1);
    return wb;
  }

  private static void guide(Sheet sh, Styles s) {
    sh.setColumnWidth(0, 110 * 256);
    cell(sh, 0, 0, "${方案名称}", s.title);
    cell(sh, 1, 0, "${轮次}工作进展填报说明", s.label);
    String[] lines = {
      "填报单位：${单位}",
      "报送截止日期：${截止日期}",
      "本表共有牵头任务 ${牵头任务数} 项、配合任务 ${配合任务数} 项、指标 ${指标数} 项。",
      "1. 请只在浅黄色单元格中填写，其他单元格已锁定；请勿增删行列、修改工作表名称。",
      "2. 完成状态请从下拉列表中选择：已完成、序时推进、滞后、未启动。",
      "3. 累计完成值填写自方案实施以来的累计数，只填数字，计量单位以“量化目标”“目标值”列为准；增长类目标填写增长率(%)。",
      "4. 没有量化目标的任务请填写完成比例（0-100 的数字）。",
      "5. 指标表中“同比增长(%)”只在增长类指标上填写。",
      "6. “上期填报”列为上一轮已报内容，已预填到本期单元格（灰色字），有变化请直接修改，无变化可保留。",
      "7. 请在“重点任务”表第2行填写填报人、联系电话、填报日期和审核人。",
      "8. 填好后直接报送本文件，文件名可以修改，请勿另存为其他格式或复制到新表。"
    };
    for (int i = 0; i < lines.length; i++) {
      cell(sh, 2 + i, 0, lines[i], s.text);
    }
  }

  private static void dataSheet(
      Sheet sh, Styles s, String title, String[] headers, int[] widths, String[] rowFields, boolean filer) {
    cell(sh, 0, 0, title, s.title);
    sh.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
    sh.getRow(0).setHeightInPoints(30);
    cell(sh, 1, 1, "填报单位", s.label);
    cell(sh, 1, 2, "${单位}", s.labelValue);
    if (filer) {
      String[][] fields = {{"填报人", "${填报人}"}, {"联系电话", "${联系电话}"}, {"填报日期", "${填报日期}"}, {"审核人", "${审核人}"}};
      for (int i = 0; i < fields.length; i++) {
        cell(sh, 1, 3 + 2 * i, fields[i][0], s.label);
        cell(sh, 1, 4 + 2 * i, fields[i][1], fields[i][0].equals("填报日期") ? s.dateInput : s.input);
      }
    }
    sh.getRow(1).setHeightInPoints(22);
    for (int c = 0; c < headers.length; c++) {
      cell(sh, 2, c, headers[c], s.header);
      sh.setColumnWidth(c, widths[c] * 256);
    }
    sh.getRow(2).setHeightInPoints(30);
    for (int c = 0; c < rowFields.length; c++) {
      String f = rowFields[c];
      String name = f.substring(2, f.length() - 1);
      CellStyle style = FormFormat.fieldOfPlaceholder(name) != null ? s.input
          : name.equals(FormFormat.COL_LAST_ROUND) ? s.lastRound
          : name.equals("序号") || name.equals("责任类型") ? s.centered : s.body;
      cell(sh, 3, c, f, style);
    }
  }

  private static void cell(Sheet sh, int r, int c, String text, CellStyle style) {
    Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
    var cell = row.createCell(c);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  /** The styles of the default masters; a user restyles them in Excel, not here. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle label;
    final CellStyle labelValue;
    final CellStyle header;
    final CellStyle body;
    final CellStyle centered;
    final CellStyle input;
    final CellStyle dateInput;
    final CellStyle lastRound;
    final CellStyle text;

    Styles(XSSFWorkbook wb) {
      Font base = font(wb, "宋体", 11, false, null);
      Font bold = font(wb, "宋体", 11, true, null);
      Font big = font(wb, "黑体", 16, true, null);
      Font grey = font(wb, "宋体", 10, false, IndexedColors.GREY_50_PERCENT.getIndex());
      wb.getFontAt(0).setFontName("宋体");
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      label = wb.createCellStyle();
      label.setFont(bold);
      label.setAlignment(HorizontalAlignment.RIGHT);
      label.setVerticalAlignment(VerticalAlignment.CENTER);
      labelValue = wb.createCellStyle();
      labelValue.setFont(bold);
      labelValue.setVerticalAlignment(VerticalAlignment.CENTER);
      header = bordered(wb, bold, "DDEBF7");
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      body = bordered(wb, base, null);
      centered = bordered(wb, base, null);
      centered.setAlignment(HorizontalAlignment.CENTER);
      input = bordered(wb, base, "FFF2CC");
      input.setLocked(false);
      dateInput = bordered(wb, base, "FFF2CC");
      dateInput.setLocked(false);
      dateInput.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      lastRound = bordered(wb, grey, "F2F2F2");
      text = wb.createCellStyle();
      text.setFont(base);
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(XSSFWorkbook wb, String name, int points, boolean bold, Short color) {
      Font f = wb.createFont();
      f.setFontName(name);
      f.setFontHeightInPoints((short) points);
      f.setBold(bold);
      if (color != null) {
        f.setColor(color);
      }
      return f;
    }

    private static CellStyle bordered(XSSFWorkbook wb, Font font, String rgb) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      if (rgb != null) {
        s.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      return s;
    }
  }
}

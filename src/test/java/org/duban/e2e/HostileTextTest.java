package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.app.CollectUseCase;
import org.duban.app.InitUseCase;
import org.duban.app.ReportUseCase;
import org.duban.app.RoundStore;
import org.duban.app.TemplatesUseCase;
import org.duban.app.Workspace;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ReturnReader;
import org.duban.model.Field;
import org.duban.model.Round;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts from returns that look like formulas (= + - @), carry control characters or run to
 * 40,000 characters, and a return whose very file name is a formula, through collect, report and
 * the next round's prefilled forms: in every output workbook each such text is a string cell
 * with the quote prefix (so editing it in Excel or WPS does not make it a formula), no cell is a
 * formula, a text as long as a cell can hold is kept whole in 明细 and in the next form, and
 * shortened visibly with … where a cell is printed (重点任务, 收件情况, 问题清单).
 */
class HostileTextTest {
  private static final Path SEED = Path.of("seeds", "000_b24d0ce0b46200df.txt");
  private static final String BASIC_RESEARCH = "二.(二).2"; // led by 市科技局
  private static final Round SEPTEMBER = Round.parse("2025-09");
  private static final Round OCTOBER = Round.parse("2025-10");

  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"点我\")";
  static final String DDE = "=cmd|' /C calc'!A0";
  static final String PLUS = "+86 138 0000 0000";
  static final String MINUS = "-删除全部数据";
  static final String AT = "@SUM(A1:A9)";
  static final String CONTROL = "资金\u0001缺口\u0007待解决";
  /** As long as a cell may hold (32,767 characters, Excel's limit): 明细 keeps it whole. */
  static final String LONG = ("推进" + "项目建设进展顺利，".repeat(4000)).substring(0, 32_766) + "完";
  static final String FILE = "=HYPERLINK(1).xlsx";

  @TempDir static Path dir;
  static Workspace ws;
  static Map<String, Path> october;

  @BeforeAll
  static void throughTheWholeRound() throws Exception {
    ws = new Workspace(dir.resolve("ws"));
    InitUseCase.run(ws, List.of(SEED), false);
    phones(ws.ledger(), PLUS); // a clerk's "+86 …" is ledger text that reaches 分发清单 and 收件情况
    Map<String, Path> forms = forms(TemplatesUseCase.run(ws, SEPTEMBER, LocalDate.of(2025, 10, 5)).workbooks());
    RoundStore.saveDue(ws, SEPTEMBER, LocalDate.of(2025, 10, 5));
    Map<Field, Object> research = new LinkedHashMap<>();
    research.put(Field.ACTUAL, "=1+1");
    research.put(Field.STATUS, AT);
    research.put(Field.PROGRESS, HYPERLINK);
    research.put(Field.ISSUES, CONTROL);
    research.put(Field.NEXT_STEPS, MINUS);
    Map<String, Map<Field, Object>> kjj = new LinkedHashMap<>();
    kjj.put(BASIC_RESEARCH, research);
    kjj.put("二.(二).3", Map.of(Field.STATUS, "序时推进", Field.PROGRESS, LONG, Field.ISSUES, PLUS));
    kjj.put("二.(三).1", Map.of(Field.ACTUAL, LONG, Field.STATUS, "序时推进"));
    Files.createDirectories(ws.inbox(SEPTEMBER));
    ReturnFiller.fill(forms.get("市科技局"), ws.inbox(SEPTEMBER).resolve(FILE), kjj,
        Map.of("填报人", DDE, "联系电话", PLUS, "填报日期", LocalDate.of(2025, 10, 3), "审核人", AT));
    CollectUseCase.run(ws, SEPTEMBER, new CollectUseCase.Options(List.of(), LocalDate.of(2025, 10, 8), null));
    ReportUseCase.run(ws, SEPTEMBER);
    october = forms(TemplatesUseCase.run(ws, OCTOBER, LocalDate.of(2025, 11, 5)).workbooks());
  }

  /** Sets every unit's 联系电话 in the ledger, as a clerk does in Excel. */
  private static void phones(Path ledger, String phone) throws Exception {
    Path edited = ledger.resolveSibling("edited.xlsx");
    try (Workbook wb = Sheets.open(ledger)) {
      Sheet units = wb.getSheet("责任单位");
      int col = -1;
      for (Cell c : units.getRow(0)) {
        col = Sheets.text(c).equals("联系电话") ? c.getColumnIndex() : col;
      }
      for (Row r : units) {
        if (r.getRowNum() > 0) {
          r.createCell(col).setCellValue(phone);
        }
      }
      try (var out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Files.move(edited, ledger, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Map<String, Path> forms(List<Path> workbooks) throws Exception {
    Map<String, Path> byUnit = new LinkedHashMap<>();
    for (Path p : workbooks) {
      byUnit.put(ReturnReader.read(p).identity().unit(), p);
    }
    return byUnit;
  }

  /** Every workbook duban wrote in this round, and the next round's form for the unit. */
  private static List<Path> outputs() throws Exception {
    List<Path> out = new ArrayList<>(List.of(ws.intakeReport(SEPTEMBER), ws.summary(SEPTEMBER), october.get("市科技局"),
        ws.distributionList(SEPTEMBER)));
    try (Stream<Path> lists = Files.list(ws.problemLists(SEPTEMBER))) {
      lists.forEach(out::add);
    }
    return out;
  }

  @Test
  void noOutputCellIsAFormulaAndEveryFormulaLikeTextIsQuoted() throws Exception {
    List<String> seen = new ArrayList<>();
    for (Path book : outputs()) {
      try (Workbook wb = Sheets.open(book)) {
        for (Sheet s : wb) {
          for (Row row : s) {
            for (Cell c : row) {
              String where = book.getFileName() + " " + s.getSheetName() + "!" + c.getAddress();
              assertFalse(c.getCellType() == CellType.FORMULA, where + " is a formula: " + c);
              if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()
                  && "=+-@".indexOf(c.getStringCellValue().charAt(0)) >= 0) {
                assertTrue(c.getCellStyle().getQuotePrefixed(), where + " “" + c.getStringCellValue() + "” needs the quote prefix");
                seen.add(book.getFileName() + "|" + s.getSheetName() + "|" + c.getStringCellValue());
              }
            }
          }
        }
      }
    }
    // Each text arrived where it belongs, as the unit typed it.
    assertSeen(seen, "收件情况.xlsx|问题|=1+1");
    assertSeen(seen, "收件情况.xlsx|文件|" + FILE);
    assertSeen(seen, "市科技局_问题清单.xlsx|问题清单|=1+1");
    assertSeen(seen, "市科技局_问题清单.xlsx|问题清单|" + AT);
    assertSeen(seen, "汇总表.xlsx|明细|" + HYPERLINK);
    assertSeen(seen, "汇总表.xlsx|明细|" + MINUS);
    assertSeen(seen, "汇总表.xlsx|明细|" + FILE);
    assertSeen(seen, october.get("市科技局").getFileName() + "|重点任务|" + HYPERLINK);
    assertSeen(seen, "收件情况.xlsx|未报送单位|" + PLUS);
    assertSeen(seen, "分发清单.xlsx|" + distributionSheet() + "|" + PLUS);
  }

  private static String distributionSheet() throws Exception {
    try (Workbook wb = Sheets.open(ws.distributionList(SEPTEMBER))) {
      return wb.getSheetName(0);
    }
  }

  private static void assertSeen(List<String> seen, String expected) {
    assertTrue(seen.contains(expected), expected + " not among the quoted texts:\n" + String.join("\n", seen));
  }

  @Test
  void longTextsAreWholeInTheDetailAndShortenedVisiblyOnThePage() throws Exception {
    try (Workbook wb = Sheets.open(ws.summary(SEPTEMBER))) {
      String detail = "";
      for (Row row : wb.getSheet("明细")) {
        Cell c = row.getCell(4);
        if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("推进项目")) {
          detail = c.getStringCellValue();
        }
      }
      assertEquals(LONG, detail, "明细 keeps the whole text");
      String page = Sheets.text(Sheets.cell(wb, "重点任务", "编号", "二.(二).3", "工作进展"));
      assertTrue(page.length() < 1000 && page.endsWith("…"), "重点任务 shows a short part: " + page.length());
      assertTrue(page.contains("推进项目建设进展顺利"), page);
    }
    try (Workbook wb = Sheets.open(october.get("市科技局"))) {
      boolean found = false;
      for (Row row : wb.getSheet("重点任务")) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("推进项目")) {
            found = true;
            assertEquals(LONG, c.getStringCellValue(), "last round's text is prefilled whole");
          }
        }
      }
      assertTrue(found, "last round's long text is prefilled");
    }
  }

  @Test
  void theIntakeWorkbooksAreForPrintingAndHoldNoPageLongCell() throws Exception {
    List<Path> books = new ArrayList<>(List.of(ws.intakeReport(SEPTEMBER)));
    try (Stream<Path> lists = Files.list(ws.problemLists(SEPTEMBER))) {
      lists.forEach(books::add);
    }
    boolean cut = false;
    for (Path book : books) {
      try (Workbook wb = Sheets.open(book)) {
        for (Sheet s : wb) {
          for (Row row : s) {
            for (Cell c : row) {
              String t = c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
              assertTrue(t.length() <= 400, book.getFileName() + " " + s.getSheetName() + "!" + c.getAddress()
                  + " holds " + t.length() + " characters");
              cut |= t.startsWith("推进项目") && t.endsWith("…");
            }
          }
        }
      }
    }
    assertTrue(cut, "the 40,000 characters typed into a number cell are listed, shortened with …");
  }

  @Test
  void controlCharactersSurviveAsTextAndTheWorkbooksStillOpen() throws Exception {
    try (Workbook wb = Sheets.open(ws.summary(SEPTEMBER))) {
      boolean found = false;
      for (Row row : wb.getSheet("明细")) {
        Cell c = row.getCell(4);
        found |= c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("资金");
      }
      assertTrue(found, "the text with control characters is in 明细");
    }
  }
}

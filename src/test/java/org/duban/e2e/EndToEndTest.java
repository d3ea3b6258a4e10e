package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.Task;
import org.duban.office.OfficeFill;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole workflow on seed 000 over two rounds: the plan is parsed, forms generated, filled the
 * way units fill them (by POI, and by LibreOffice saving as .xls), collected, and the summary's
 * numbers checked against hand-computed completion.
 */
class EndToEndTest {
  private static final Path SEED = Path.of("seeds", "000_b24d0ce0b46200df.txt");
  private static final String BASIC_RESEARCH = "二.(二).2"; // 每年不少于30个基础研究项目, 市科技局 leads

  @Test
  void twoRoundsFromPlanToSummary(@TempDir Path dir) throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    Plan plan = InitUseCase.run(ws, List.of(SEED), false).plan();
    Task task = plan.task(BASIC_RESEARCH).orElseThrow();
    assertEquals(List.of("市科技局"), task.leads());
    assertEquals(30, task.targets().get(0).value().intValue());

    Round august = Round.parse("2025-08");
    Map<String, Path> forms = templates(ws, august, LocalDate.of(2025, 9, 5));
    fill(forms.get("市科技局"), ws.inbox(august).resolve("科技局8月.xlsx"),
        Map.of(BASIC_RESEARCH, values(20, "序时推进", "已立项20个")), LocalDate.of(2025, 9, 3));
    collect(ws, august, LocalDate.of(2025, 9, 6));
    ReportUseCase.run(ws, august);

    Round september = Round.parse("2025-09");
    forms = templates(ws, september, LocalDate.of(2025, 10, 5));
    // Typed as units type: a measure word in the number cell.
    fill(forms.get("市科技局"), ws.inbox(september).resolve("附件1 市科技局.xlsx"),
        Map.of(BASIC_RESEARCH, values("24个", "序时推进", "已立项24个，正在组织第二批申报")),
        LocalDate.of(2025, 10, 4));
    CollectUseCase.Result collected = collect(ws, september, LocalDate.of(2025, 10, 8));
    assertEquals(1, collected.files());
    assertEquals(1, collected.unitsReported());
    assertTrue(collected.problems().stream().anyMatch(p -> p.value().equals("24个")),
        "the measure word is reported as converted: " + collected.problems());

    ReportUseCase.Result report = ReportUseCase.run(ws, september);
    assertEquals(0.75, report.schedule(), 1e-9, "2025-09 in a calendar-2025 plan");
    try (Workbook wb = Sheets.open(report.summary())) {
      var completion = Sheets.cell(wb, "重点任务", "编号", BASIC_RESEARCH, "完成率");
      assertEquals(0.8, completion.getNumericCellValue(), 1e-9, "24 of at least 30 a year");
      assertTrue(completion.getCellStyle().getDataFormatString().contains("%"), "a real percentage");
      assertEquals("绿灯", Sheets.text(Sheets.cell(wb, "重点任务", "编号", BASIC_RESEARCH, "红黄绿灯")));
      assertTrue(Sheets.text(Sheets.cell(wb, "重点任务", "编号", BASIC_RESEARCH, "工作进展")).contains("第二批申报"));
      // Only one task was reported, so each round's average is that task's completion.
      assertEquals(20.0 / 30, Sheets.cell(wb, "趋势", "轮次", "2025年8月", "重点任务平均完成率").getNumericCellValue(), 1e-9);
      assertEquals(0.8, Sheets.cell(wb, "趋势", "轮次", "2025年9月", "重点任务平均完成率").getNumericCellValue(), 1e-9);
    }
  }

  @Test
  void returnSavedByLibreOfficeAsXlsIsRecognisedAndMerged(@TempDir Path dir) throws Exception {
    Assumptions.assumeFalse("skip".equals(System.getProperty("duban.office")), "real-client tests skipped");
    assertTrue(OfficeFill.available(), OfficeFill.unavailableReason());
    Workspace ws = new Workspace(dir.resolve("ws"));
    InitUseCase.run(ws, List.of(SEED), false);
    Round round = Round.parse("2025-09");
    Map<String, Path> forms = templates(ws, round, LocalDate.of(2025, 10, 5));
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    items.put(BASIC_RESEARCH, Map.of("累计完成值", 27, "完成状态", "序时推进", "工作进展", "经LibreOffice填报"));
    Map<String, Object> filer = Map.of("填报人", "王伟", "联系电话", "0734-8123456", "填报日期", "2025-10-03");
    Path xls = ws.inbox(round).resolve("市科技局（WPS另存）.xls");
    Files.createDirectories(xls.getParent());
    OfficeFill.fill(forms.get("市科技局"), xls, items, filer, "xls");

    CollectUseCase.Result collected = collect(ws, round, LocalDate.of(2025, 10, 8));
    assertEquals(0, collected.rejected(), collected.problems().toString());
    assertEquals(1, collected.unitsReported());
    ReportUseCase.Result report = ReportUseCase.run(ws, round);
    try (Workbook wb = Sheets.open(report.summary())) {
      assertEquals(0.9, Sheets.cell(wb, "重点任务", "编号", BASIC_RESEARCH, "完成率").getNumericCellValue(), 1e-9);
    }
  }

  private static Map<String, Path> templates(Workspace ws, Round round, LocalDate due) throws Exception {
    TemplatesUseCase.Result r = TemplatesUseCase.run(ws, round, due);
    RoundStore.saveDue(ws, round, due);
    Map<String, Path> byUnit = new HashMap<>();
    for (Path p : r.workbooks()) {
      byUnit.put(ReturnReader.read(p).identity().unit(), p);
    }
    return byUnit;
  }

  private static Map<Field, Object> values(Object actual, String status, String progress) {
    Map<Field, Object> m = new LinkedHashMap<>();
    m.put(Field.ACTUAL, actual);
    m.put(Field.STATUS, status);
    m.put(Field.PROGRESS, progress);
    return m;
  }

  private static void fill(Path form, Path out, Map<String, Map<Field, Object>> values, LocalDate filed)
      throws Exception {
    ReturnFiller.fill(form, out, values, Map.of("填报人", "张敏", "联系电话", "0734-8000000", "填报日期", filed));
  }

  private static CollectUseCase.Result collect(Workspace ws, Round round, LocalDate today) throws Exception {
    return CollectUseCase.run(ws, round, new CollectUseCase.Options(List.of(), today, null));
  }
}

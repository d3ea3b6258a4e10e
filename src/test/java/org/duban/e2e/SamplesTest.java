package org.duban.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.app.CollectUseCase;
import org.duban.app.ReportUseCase;
import org.duban.app.RoundStore;
import org.duban.app.Workspace;
import org.duban.cli.Main;
import org.duban.intake.IntakeReport;
import org.duban.intake.Verdict;
import org.duban.model.Field;
import org.duban.model.IntakeStatus;
import org.duban.model.Light;
import org.duban.model.Problem;
import org.duban.model.RoundData;
import org.duban.model.Round;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example in {@code samples/} (seed 002, round 2024-09, returns filled in through
 * LibreOffice), run as its README says: every file's verdict and findings, the values taken,
 * whom to phone and the summary's key numbers. If the product changes what it says about these
 * files, this test says so, and samples/README.md needs the same change.
 */
class SamplesTest {
  static final Round ROUND = Round.parse("2024-09");
  static final LocalDate TODAY = LocalDate.of(2024, 10, 12);
  /** What every file saved by LibreOffice or WPS gets; the other findings are the point. */

  @TempDir static Path root;
  static Workspace ws;
  static IntakeReport intake;
  static ReportUseCase.Result report;

  /** The repository's samples/ folder, found from the working directory upwards. */
  static Path samples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("samples/returns/2024-09"))) {
        return dir.resolve("samples");
      }
    }
    throw new AssertionError("samples/returns/2024-09 not found above " + Path.of("").toAbsolutePath());
  }

  @BeforeAll
  static void walkThrough() throws Exception {
    Files.copy(samples().resolve("plan.xlsx"), root.resolve("plan.xlsx"));
    ws = new Workspace(root);
    // As the README: the forms (which also records the due date), then collect and report.
    assertEquals(0, cli("templates", "2024-09", "-w", root.toString(), "--due", "2024-10-08"));
    CollectUseCase.Options options =
        new CollectUseCase.Options(List.of(samples().resolve("returns/2024-09")), TODAY, null);
    intake = CollectUseCase.collect(ws, ROUND, options).report();
    report = ReportUseCase.run(ws, ROUND);
  }

  static int cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(out, true, StandardCharsets.UTF_8), args);
    assertTrue(code == 0 || code == 1, "duban " + String.join(" ", args) + ": " + out.toString(StandardCharsets.UTF_8));
    return code;
  }

  static IntakeReport.FileEntry file(String name) {
    return intake.files().stream().filter(f -> f.fileName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("collect did not list " + name + "; it listed "
            + intake.files().stream().map(IntakeReport.FileEntry::fileName).toList()));
  }

  /** The findings of a file: {@code 警告 指标!F4 112000}. */
  static List<String> findings(String name) {
    List<String> out = new ArrayList<>();
    for (Problem p : file(name).problems()) {
      String where = p.where().cell().isEmpty() ? "文件" : p.where().sheet() + "!" + p.where().cell();
      out.add(p.severity().label() + " " + where + (p.value().isEmpty() ? "" : " " + p.value()));
    }
    return out;
  }

  static String message(String name, String where) {
    return file(name).problems().stream()
        .filter(p -> (p.where().sheet() + "!" + p.where().cell()).equals(where)
            || where.equals("文件") && p.where().cell().isEmpty())
        .map(Problem::message).findFirst().orElseThrow(() -> new AssertionError(name + " has no finding at " + where));
  }

  @Test
  void everyReturnIsReadWithTheVerdictItsStoryCallsFor() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("临湘高新区.xlsx", "临湘高新区 接收 采用");
    expected.put("市住建局.xlsx", "市住建局 接收（有问题） 采用");
    expected.put("市农业农村局.xlsx", "市农业农村局 接收 采用");
    expected.put("市发改局9月报表.xls", "市发改局 接收 采用");
    expected.put("市政府金融办.xlsx", "市政府金融办 接收（有问题） 采用");
    expected.put("市教体局（8月）.xlsx", "市教体局 退回 -");
    expected.put("市水利局填报.xlsx", "市水利局 接收（有问题） 采用");
    expected.put("市浮标产业发展中心.xlsx", "市浮标产业发展中心 接收 采用");
    expected.put("市科工局-9月调度表.xlsx", "市科工局 接收（有问题） -");
    expected.put("市科工局-9月调度表（修改版）.xlsx", "市科工局 接收 采用");
    expected.put("市统计局报送.xlsx", "市统计局 接收 采用");
    expected.put("市财政局.xls", "市财政局 接收 采用");
    expected.put("新建 Microsoft Excel 工作表.xlsx", "市税务局 接收 采用");
    expected.put("羊楼司竹木家居产业发展中心.xlsx", "羊楼司竹木家居产业发展中心 接收 采用");
    expected.put("附件2：市市场监督管理局2024年9月工作进展.xlsx", "市市场监督管理局 接收 采用");
    try (Stream<Path> files = Files.list(samples().resolve("returns/2024-09"))) {
      assertEquals(expected.keySet().stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "the committed returns");
    }
    for (Map.Entry<String, String> e : expected.entrySet()) {
      IntakeReport.FileEntry f = file(e.getKey());
      assertEquals(e.getValue(), f.unit() + " " + f.verdict().label() + " " + (f.taken() ? "采用" : "-"), e.getKey());
    }
    assertEquals(15, intake.files().size());
  }

  @Test
  void eachMistakeIsFoundAtItsCell() {
    assertEquals(List.of("警告 指标!F4 112000"), findings("市住建局.xlsx"));
    assertTrue(message("市住建局.xlsx", "指标!F4").contains("超过目标值 15亿元 的十倍"), message("市住建局.xlsx", "指标!F4"));
    assertEquals(List.of("提示 指标!F6 168家"), findings("市农业农村局.xlsx"));
    assertEquals(List.of("提示 指标!F5 2,350"), findings("附件2：市市场监督管理局2024年9月工作进展.xlsx"));
    assertEquals(List.of("提示 指标!G4 １６．５"), findings("市统计局报送.xlsx"));
    assertEquals(List.of("警告 重点任务!H5 已完成", "警告 重点任务!H7"), findings("市政府金融办.xlsx"));
    assertTrue(message("市政府金融办.xlsx", "重点任务!H5").contains("低于目标值 2家"), message("市政府金融办.xlsx", "重点任务!H5"));
    assertEquals("完成状态未填写", message("市政府金融办.xlsx", "重点任务!H7"));
    assertEquals(List.of("警告 重点任务!H16", "错误 重点任务!G28 正在统计"), findings("市科工局-9月调度表.xlsx"));
    assertEquals(List.of(), findings("市科工局-9月调度表（修改版）.xlsx"), "the corrected version is clean");
    assertEquals(List.of("错误 文件"), findings("市教体局（8月）.xlsx"));
    assertEquals("该文件是2024年8月的填报表，本次收集的是2024年9月的", message("市教体局（8月）.xlsx", "文件"));
    assertEquals(List.of("警告 文件", "提示 重点任务!I2 2024-10-07"), findings("市水利局填报.xlsx"));
    assertTrue(message("市水利局填报.xlsx", "文件").contains("已按表头和填报单位“市水利局”认定"), message("市水利局填报.xlsx", "文件"));
    for (String clean : List.of("临湘高新区.xlsx", "市发改局9月报表.xls", "市浮标产业发展中心.xlsx", "市财政局.xls",
        "新建 Microsoft Excel 工作表.xlsx", "羊楼司竹木家居产业发展中心.xlsx")) {
      assertEquals(List.of(), findings(clean), clean);
    }
    // Every file but the retyped one went through LibreOffice, which turns the very-hidden identity
    // sheet into a merely hidden one: the clean files above show that costs no finding.
  }

  @Test
  void theValuesTakenAreTheConvertedOnesFromTheCorrectedVersion() throws Exception {
    RoundData data = RoundStore.load(ws, ROUND).orElseThrow();
    assertNumber(data, "市农业农村局", "指标5@市农业农村局", Field.ACTUAL, "168");
    assertNumber(data, "市市场监督管理局", "指标11", Field.ACTUAL, "2350");
    assertNumber(data, "市统计局", "指标1", Field.GROWTH, "16.5");
    assertNumber(data, "市住建局", "指标8@市住建局", Field.ACTUAL, "112000");
    UnitReturn kgj = data.returnOf("市科工局").orElseThrow();
    assertEquals("市科工局-9月调度表（修改版）.xlsx", kgj.fileName());
    assertNumber(data, "市科工局", "二.(五)#14", Field.ACTUAL, "264");
    assertEquals("序时推进", kgj.text("二.(五)#2", Field.STATUS).orElseThrow(), "status given in the corrected version");
    assertEquals(LocalDate.of(2024, 10, 9), kgj.filer().date());
    assertNumber(data, "临湘高新区", "指标5@临湘高新区", Field.ACTUAL, "116");
    assertTrue(data.returnOf("市教体局").isEmpty(), "the refused file gives no values");
    UnitReturn retyped = data.returnOf("市水利局").orElseThrow();
    assertFalse(retyped.values().isEmpty(), "the retyped form is read by its headers");
    assertEquals("胡斌", retyped.filer().name());
  }

  static void assertNumber(RoundData data, String unit, String item, Field f, String expected) {
    BigDecimal n = data.returnOf(unit).orElseThrow(() -> new AssertionError("no return of " + unit))
        .number(item, f).orElseThrow(() -> new AssertionError(unit + " " + item + " " + f + " not taken"));
    assertEquals(0, new BigDecimal(expected).compareTo(n), unit + " " + item + " " + f + ": " + n);
  }

  @Test
  void theUnitsToPhoneAreTheSevenSilentOnesAndTheOneRefused() {
    Map<String, String> missing = new LinkedHashMap<>();
    intake.missing().forEach(m -> missing.put(m.unit(), m.status().label() + " " + m.contact() + " " + m.phone()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("各相关部门", "未报送  ");
    expected.put("各通信运营商", "未报送  ");
    expected.put("各镇(街道)", "未报送  ");
    expected.put("市人社局", "未报送 赵静 0730-3721007");
    expected.put("市商务粮食局", "未报送 高远 0730-3721015");
    expected.put("市委组织部", "未报送 冯磊 0730-3721011");
    expected.put("市教体局", "报送被退回 何芳 0730-3721012");
    expected.put("市文旅广电局", "未报送 郑洁 0730-3721010");
    assertEquals(expected, missing);
    Map<String, IntakeStatus> late = new LinkedHashMap<>();
    intake.units().stream().filter(u -> u.status() == IntakeStatus.LATE).forEach(u -> late.put(u.unit(), u.status()));
    assertEquals(List.of("市科工局", "市财政局"), List.copyOf(late.keySet()), "filed 2024-10-09, after the 10-08 deadline");
  }

  @Test
  void theSummaryGivesTheKeyNumbers() throws Exception {
    assertEquals(0.75, report.schedule(), 1e-9, "序时进度 at the end of September in a calendar-2024 plan");
    assertEquals(0.817, report.planCompletion(), 0.0005, "重点任务平均完成率");
    assertEquals(Map.of(Light.GREEN, 3, Light.AMBER, 2, Light.RED, 0, Light.NONE, 1), withZeros(report.lights()));
    assertEquals(13, report.unitsReported());
    assertEquals(21, report.unitsExpected());
    try (Workbook wb = Sheets.open(report.summary())) {
      DataFormatter f = new DataFormatter();
      Map<String, String> overview = new LinkedHashMap<>();
      var sheet = wb.getSheet("总体情况");
      for (int r = 3; r <= 17; r++) {
        if (sheet.getRow(r) != null) {
          overview.put(f.formatCellValue(sheet.getRow(r).getCell(0)), f.formatCellValue(sheet.getRow(r).getCell(1)));
        }
      }
      assertEquals("75.0%", overview.get("序时进度"), "总体情况 " + overview);
      assertEquals("81.7%", overview.get("重点任务平均完成率"), "总体情况 " + overview);
      assertEquals("78.1%", overview.get("目标指标平均完成率"), "总体情况 " + overview);
      assertEquals("11", overview.get("其中按时报送（个）"), "总体情况 " + overview);
      assertEquals("2", overview.get("逾期报送（个）"), "总体情况 " + overview);
      assertEquals("8", overview.get("未报送或被退回（个）"), "总体情况 " + overview);
    }
  }

  private static Map<Light, Integer> withZeros(Map<Light, Integer> lights) {
    Map<Light, Integer> out = new java.util.EnumMap<>(Light.class);
    for (Light l : Light.values()) {
      out.put(l, lights.getOrDefault(l, 0));
    }
    return out;
  }

  @Test
  void collectingAgainGivesTheSameAnswerAndTheNextRoundIsPrefilled() throws Exception {
    CollectUseCase.Options options =
        new CollectUseCase.Options(List.of(samples().resolve("returns/2024-09")), TODAY, null);
    IntakeReport again = CollectUseCase.collect(ws, ROUND, options).report();
    assertEquals(intake, again, "collect is idempotent");
    assertEquals(0, cli("templates", "2024-10", "-w", root.toString(), "--due", "2024-11-07"));
    Path form = ws.templates(Round.parse("2024-10")).resolve("2024-10_临湘高新区_创新提升行动.xlsx");
    try (Workbook wb = Sheets.open(form)) {
      DataFormatter f = new DataFormatter();
      var sh = wb.getSheet("指标");
      for (int r = 3; r <= sh.getLastRowNum(); r++) {
        if (f.formatCellValue(sh.getRow(r).getCell(1)).equals("指标5@临湘高新区")) {
          assertEquals("116", f.formatCellValue(sh.getRow(r).getCell(5)), "指标!F" + (r + 1) + " prefilled from September");
          String note = f.formatCellValue(sh.getRow(r).getCell(9));
          assertEquals("已预填上期：累计完成值 116；完成状态 序时推进。有变化请直接修改", note, "指标!J" + (r + 1));
          return;
        }
      }
      fail("no row 指标5@临湘高新区 in " + form.getFileName());
    }
  }
}

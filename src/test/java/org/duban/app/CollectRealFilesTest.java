package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ReturnReader;
import org.duban.fillin.TemplateWriter;
import org.duban.fillin.ZipFixtures;
import org.duban.intake.IntakeReport;
import org.duban.intake.TestPlans;
import org.duban.intake.Verdict;
import org.duban.model.Field;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collect over real files in one inbox, read by the real reader: good returns (one saved as
 * .xlsm, one retyped without metadata) among broken and hostile files and office debris. Every
 * bad file is refused with its own reason while the others are read and merged.
 */
class CollectRealFilesTest {
  private static final Round ROUND = Round.parse("2025-09");
  private static final LocalDate DUE = LocalDate.of(2025, 10, 5);
  private static final LocalDate TODAY = LocalDate.of(2025, 10, 8);

  @TempDir Path dir;
  private final Plan plan = TestPlans.plan();
  private Workspace ws;
  private Path inbox;

  @BeforeEach
  void inbox() throws Exception {
    ws = new Workspace(dir);
    inbox = Files.createDirectories(ws.inbox(ROUND));
    Path forms = Files.createDirectories(dir.resolve("forms"));
    Map<String, Object> filer = Map.of("填报人", "小刘", "联系电话", "0734-9999999", "填报日期", LocalDate.of(2025, 9, 30));

    Path kjj = form(forms, "市科技局");
    ReturnFiller.fill(kjj, inbox.resolve("市科技局 9月.xlsx"), Map.of(
        "一.1", Map.of(Field.ACTUAL, 8, Field.STATUS, "序时推进"),
        "二.1", Map.of(Field.ACTUAL, "0.3亿元", Field.STATUS, "序时推进"),
        "指标1", Map.of(Field.ACTUAL, 700, Field.STATUS, "序时推进")), filer);

    Path czj = form(forms, "市财政局");
    Path filledCzj = forms.resolve("市财政局-filled.xlsx");
    ReturnFiller.fill(czj, filledCzj, Map.of(
        "一.2#1", Map.of(Field.ACTUAL, 3, Field.STATUS, "序时推进"),
        "一.2#2", Map.of(Field.ACTUAL, 6.5, Field.STATUS, "序时推进")), filer);
    withVbaProject(filledCzj, inbox.resolve("市财政局.xlsm"));

    retyped(inbox.resolve("新建 Microsoft Excel 工作表.xlsx"));

    // A member of 在衡高校 sends its workbook under a wrong extension.
    Path college = forms.resolve("乙学院.xlsx");
    TemplateWriter.write(plan, ROUND, "乙学院", "在衡高校", DUE, Optional.empty(), null, college);
    ReturnFiller.fill(college, inbox.resolve("乙学院.csv"),
        Map.of("一.3", Map.of(Field.PERCENT, 40, Field.STATUS, "序时推进")), filer);

    Files.write(inbox.resolve("空.xlsx"), new byte[0]);
    byte[] good = Files.readAllBytes(kjj);
    Files.write(inbox.resolve("截断.xlsx"), Arrays.copyOf(good, good.length / 2));
    Files.writeString(inbox.resolve("名单.xlsx"), "单位,数值\n市科技局,8\n", StandardCharsets.UTF_8);
    encrypted(inbox.resolve("加密.xlsx"));
    bomb(inbox.resolve("炸弹.xlsx"));
    ZipFixtures.write(inbox.resolve("实体.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(""),
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<sst " + ZipFixtures.NS + "><si><t>&b;</t></si></sst>"));

    Files.writeString(inbox.resolve("~$市科技局 9月.xlsx"), "lock");
    Files.writeString(inbox.resolve("._市科技局 9月.xlsx"), "\0\5\26\7 resource fork");
    Files.writeString(inbox.resolve("desktop.ini"), "[.ShellClassInfo]");
    try (Stream<Path> all = Files.list(inbox)) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, FileTime.fromMillis(1_759_000_000_000L));
      }
    }
    RoundStore.saveDue(ws, ROUND, DUE);
  }

  private Path form(Path forms, String unit) throws Exception {
    Path p = forms.resolve(unit + ".xlsx");
    TemplateWriter.write(plan, ROUND, unit, DUE, Optional.empty(), p);
    return p;
  }

  private CollectUseCase.Outcome collect() throws Exception {
    return CollectUseCase.collect(ws, ROUND, new CollectUseCase.Options(List.of(), TODAY, null), plan,
        ReturnReader::read);
  }

  @Test
  void everyBadFileIsRefusedWithItsReasonAndEveryGoodOneIsMerged() throws Exception {
    Map<String, String> before = snapshot(inbox);
    CollectUseCase.Outcome o = collect();

    Map<String, String> verdicts = new TreeMap<>();
    Map<String, String> reasons = new TreeMap<>();
    for (IntakeReport.FileEntry f : o.report().files()) {
      verdicts.put(f.path(), f.verdict().label() + (f.unit().isEmpty() ? "" : " " + f.unit()));
      if (f.verdict() == Verdict.REJECTED) {
        assertEquals(1, f.problems().size(), f.path() + ": " + f.problems());
        assertEquals(Severity.ERROR, f.problems().get(0).severity());
        assertEquals(f.path(), f.problems().get(0).where().file(), "the reason names the file");
        reasons.put(f.path(), f.problems().get(0).message());
      }
    }
    assertEquals(Map.of(
        "市科技局 9月.xlsx", "接收 市科技局",
        "市财政局.xlsm", "接收（有问题） 市财政局",
        "新建 Microsoft Excel 工作表.xlsx", "接收（有问题） 甲县",
        "乙学院.csv", "接收 乙学院",
        "空.xlsx", "退回",
        "截断.xlsx", "退回",
        "名单.xlsx", "退回",
        "加密.xlsx", "退回",
        "炸弹.xlsx", "退回",
        "实体.xlsx", "退回"), verdicts, "lock files, ._ files and desktop.ini are not listed");
    assertEquals(Map.of(
        "空.xlsx", "文件是空的（0 字节），不是填报表",
        "截断.xlsx", "文件不完整或已损坏，无法作为 Excel 文件打开（可能下载或传输中断）",
        "名单.xlsx", "文件实际是文本（CSV/TXT）文件，不是 Excel 工作簿（扩展名被改过）",
        "加密.xlsx", "文件已加密（设置了打开密码），无法读取",
        "炸弹.xlsx", "文件解压后异常巨大，疑似压缩炸弹，已拒收：xl/worksheets/sheet1.xml 的压缩比超过 200 倍",
        "实体.xlsx", "文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收"), reasons);

    assertEquals(List.of("乙学院.xlsx", "市科技局.xlsx", "市财政局.xlsm", "甲县.xlsx"), listing(ws.accepted(ROUND)),
        "accepted copies are named by unit and by what they are");
    assertEquals(List.of("加密.xlsx", "名单.xlsx", "实体.xlsx", "截断.xlsx", "炸弹.xlsx", "空.xlsx"),
        listing(ws.rejected(ROUND)));
    assertEquals(before, snapshot(inbox), "the inbox is only read");

    RoundData data = RoundStore.load(ws, ROUND).orElseThrow();
    assertEquals(0, new BigDecimal(3000).compareTo(number(data, "市科技局", "二.1")), "0.3亿元 in 万元");
    assertEquals(0, new BigDecimal("6.5").compareTo(number(data, "市财政局", "一.2#2")), "read from the .xlsm");
    assertEquals(0, new BigDecimal(18).compareTo(number(data, "甲县", "指标2@甲县")), "read from the retyped form");
    assertTrue(o.result().problems().stream().anyMatch(p -> p.where().file().equals("市财政局.xlsm")
        && p.message().equals("文件是启用宏的工作簿，宏未运行，只读取了表格中的数据")), o.result().problems()::toString);
    assertTrue(o.result().problems().stream().anyMatch(p -> p.where().file().equals("新建 Microsoft Excel 工作表.xlsx")
        && p.message().contains("已按表头和表格标题“甲县2025年9月指标完成情况”认定为“甲县”")), o.result().problems()::toString);
    assertTrue(o.result().problems().stream().anyMatch(p -> p.where().file().equals("乙学院.csv")
        && p.message().equals("文件扩展名是“.csv”，内容却是 Excel 工作簿（.xlsx），已按工作簿读取")), o.result().problems()::toString);
    assertEquals(0, new BigDecimal(40).compareTo(data.returnOf("乙学院").orElseThrow().number("一.3", Field.PERCENT)
        .orElseThrow()));
    assertEquals(List.of("甲大学"), o.result().missingUnits());
  }

  @Test
  void aRerunOverTheSameInboxGivesTheSameReportAndData() throws Exception {
    collect();
    byte[] merged = Files.readAllBytes(ws.mergedData(ROUND));
    String reminders = Files.readString(ws.reminders(ROUND));
    IntakeReport first = collect().report();
    IntakeReport second = collect().report();
    assertEquals(first, second);
    assertEquals(Arrays.toString(merged), Arrays.toString(Files.readAllBytes(ws.mergedData(ROUND))));
    assertEquals(reminders, Files.readString(ws.reminders(ROUND)));
  }

  private static BigDecimal number(RoundData data, String unit, String item) {
    return data.returnOf(unit).orElseThrow(() -> new AssertionError(unit)).number(item, Field.ACTUAL)
        .orElseThrow(() -> new AssertionError(unit + " " + item));
  }

  /** The unit's form retyped in a new workbook: no metadata, the unit named only in the title. */
  private static void retyped(Path out) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(out)) {
      Sheet sh = wb.createSheet("Sheet1");
      sh.createRow(0).createCell(0).setCellValue("甲县2025年9月指标完成情况");
      Row h = sh.createRow(2);
      String[] headers = {"编号", "指标名称", "累计完成值", "完成状态"};
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(headers[i]);
      }
      Row r = sh.createRow(3);
      r.createCell(0).setCellValue("指标2@甲县");
      r.createCell(1).setCellValue("研发经费投入");
      r.createCell(2).setCellValue(18);
      r.createCell(3).setCellValue("序时推进");
      wb.write(o);
    }
  }

  /** A copy with a VBA project part, as Excel saves a macro-enabled workbook. */
  private static void withVbaProject(Path xlsx, Path out) throws Exception {
    try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(in.getInputStream(e).readAllBytes());
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
      z.write("Sub AutoOpen(): Shell \"calc.exe\": End Sub".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }

  private static void encrypted(Path out) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(out)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      fs.writeFilesystem(o);
    }
  }

  /** 2 MB of spaces as the sheet: a few KB compressed, far above the ratio a real sheet has. */
  private static void bomb(Path out) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>(ZipFixtures.basic(ZipFixtures.sheet(""), ZipFixtures.strings()));
    parts.remove("xl/worksheets/sheet1.xml");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[2 << 20];
      Arrays.fill(spaces, (byte) ' ');
      z.write(spaces);
    }
  }

  private static List<String> listing(Path folder) throws Exception {
    return CollectUseCaseTest.listing(folder);
  }

  private static Map<String, String> snapshot(Path folder) throws Exception {
    return CollectUseCaseTest.snapshot(folder);
  }
}

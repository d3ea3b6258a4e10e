package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.duban.intake.TestPlans;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectUseCaseTest {
  private static final Round ROUND = Round.parse("2025-09");
  private static final LocalDate TODAY = LocalDate.of(2025, 10, 8);

  @TempDir Path dir;
  private Workspace ws;
  private Path inbox;
  private final Plan plan = TestPlans.plan();
  /** What the fake reader returns per file name; a missing name means "reader never called". */
  private final Map<String, Reading> readings = new HashMap<>();

  @FunctionalInterface
  interface Reading {
    RawReturn read() throws DubanException;
  }

  @BeforeEach
  void inbox() throws Exception {
    ws = new Workspace(dir);
    inbox = Files.createDirectories(ws.inbox(ROUND));
    put("市科技局 9月.xlsx", "2025-09-20T08:00:00Z",
        () -> TestPlans.form(plan, "市科技局", "2025-09").file("市科技局 9月.xlsx").build());
    put("财政局.xlsx", "2025-09-21T08:00:00Z", () -> TestPlans.form(plan, "市财政局", "2025-09")
        .file("财政局.xlsx").set("一.1", Field.ACTUAL, "正在统计").build());
    put("甲县.xlsx", "2025-09-22T08:00:00Z", () -> TestPlans.form(plan, "甲县", "2025-09")
        .file("甲县.xlsx").filled(LocalDate.of(2025, 9, 22)).build());
    put("sub/甲县（更正）.xlsx", "2025-09-21T08:00:00Z", () -> TestPlans.form(plan, "甲县", "2025-09")
        .file("甲县（更正）.xlsx").filled(LocalDate.of(2025, 9, 29)).build());
    put("加密.xlsx", "2025-09-22T08:00:00Z", () -> {
      throw DubanException.of(Location.ofFile("加密.xlsx"), "文件已加密，无法读取", "请去掉密码后重新报送");
    });
    put("崩溃.xlsx", "2025-09-22T08:00:00Z", () -> {
      throw new IllegalStateException("reader bug");
    });
    put("说明.pdf", "2025-09-22T08:00:00Z", null);
    put("~$市科技局 9月.xlsx", "2025-09-22T08:00:00Z", null);
    put("._甲县.xlsx", "2025-09-22T08:00:00Z", null);
    put(".甲县.xlsx.1234.tmp", "2025-09-22T08:00:00Z", null);
  }

  private void put(String relative, String time, Reading reading) throws Exception {
    Path p = inbox.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "content of " + relative);
    Files.setLastModifiedTime(p, FileTime.from(Instant.parse(time)));
    if (reading != null) {
      readings.put(p.getFileName().toString(), reading);
    }
  }

  private CollectUseCase.Outcome collect(List<Integer> progress) throws DubanException {
    CollectUseCase.Options options = new CollectUseCase.Options(List.of(), TODAY,
        progress == null ? null : n -> progress.add(n));
    return CollectUseCase.collect(ws, ROUND, options, plan, file -> {
      Reading r = readings.get(file.getFileName().toString());
      if (r == null) {
        throw new AssertionError("the reader must not be called for " + file.getFileName());
      }
      return r.read();
    });
  }

  @Test
  void collectsValidatesAndReportsEveryFile() throws Exception {
    RoundStore.saveDue(ws, ROUND, LocalDate.of(2025, 9, 28));
    List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
    CollectUseCase.Result r = collect(progress).result();

    assertEquals(7, r.files(), "lock, ._ and .tmp files are ignored");
    assertEquals(7, CollectUseCase.countFiles(ws, ROUND, List.of()));
    assertEquals(3, r.rejected());
    assertEquals(List.of("乙学院", "甲大学"), r.missingUnits());
    assertEquals(3, r.unitsReported());
    assertEquals(5, r.unitsExpected());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), progress);

    assertEquals(List.of("市科技局.xlsx", "市财政局.xlsx", "甲县.xlsx"), listing(ws.accepted(ROUND)));
    assertEquals("content of sub/甲县（更正）.xlsx",
        Files.readString(ws.accepted(ROUND).resolve("甲县.xlsx")), "the later 填报日期 wins");
    assertEquals(List.of("加密.xlsx", "崩溃.xlsx", "说明.pdf"), listing(ws.rejected(ROUND)));

    RoundData data = RoundStore.load(ws, ROUND).orElseThrow();
    assertEquals(List.of("市科技局", "市财政局", "甲县"),
        data.returns().stream().map(x -> x.unit()).toList());
    assertEquals(IntakeStatus.ON_TIME, data.intakeOf("市科技局").orElseThrow().status());
    assertEquals(IntakeStatus.LATE, data.intakeOf("甲县").orElseThrow().status());
    assertEquals(IntakeStatus.MISSING, data.intakeOf("甲大学").orElseThrow().status());
    assertTrue(data.returnOf("市财政局").orElseThrow().number("一.1", Field.ACTUAL).isEmpty());

    assertTrue(r.problems().stream().anyMatch(p -> p.message().equals(
        "文件无法读取：读取时出现意外错误（IllegalStateException：reader bug）")), r.problems()::toString);
    assertTrue(r.problems().stream().anyMatch(p -> p.message().equals("文件已加密，无法读取")));

    String reminders = Files.readString(ws.reminders(ROUND));
    assertTrue(reminders.contains("甲大学（王五同志）：您好！《测试行动方案》2025年9月调度表的报送截止时间为9月28日，"
        + "目前尚未收到贵单位的报表，请于10月10日前报送。如已报送，请忽略本提醒。感谢支持！——市科创办"), reminders);
    assertTrue(reminders.contains("乙学院："), reminders);
    assertFalse(reminders.contains("市科技局"), reminders);
  }

  @Test
  void theOfficesContactRowsOnTheLedgerSignTheReminders() throws Exception {
    Plan signed = TestPlans.plan(Map.of("联系人", "孙八", "联系电话", "0734-5555555"));
    CollectUseCase.collect(ws, ROUND, new CollectUseCase.Options(List.of(), TODAY, null), signed, file -> {
      Reading r = readings.get(file.getFileName().toString());
      return r == null ? null : r.read();
    });
    assertTrue(Files.readString(ws.reminders(ROUND)).contains("如有疑问，请联系孙八，电话0734-5555555。感谢支持！——市科创办"),
        Files.readString(ws.reminders(ROUND)));
  }

  @Test
  void theIntakeReportListsFilesFindingsAndWhomToPhone() throws Exception {
    collect(null);
    try (InputStream in = Files.newInputStream(ws.intakeReport(ROUND));
        Workbook wb = WorkbookFactory.create(in)) {
      assertEquals(List.of("概况", "文件", "问题", "单位", "未报送单位"), sheetNames(wb));
      assertEquals("5", cell(wb, "概况", "B3"), "应报单位");
      assertEquals("3", cell(wb, "概况", "B4"), "已报单位");
      assertEquals("收到文件", cell(wb, "概况", "A9"));
      assertEquals("7", cell(wb, "概况", "B9"), "收到文件");
      assertEquals("3", cell(wb, "概况", "B10"), "采用: one file per unit that reported");
      assertEquals("1", cell(wb, "概况", "B12"), "被替代");
      assertEquals("3", cell(wb, "概况", "B13"), "退回");
      Map<String, String> verdicts = new TreeMap<>();
      Sheet files = wb.getSheet("文件");
      for (int i = 1; i <= files.getLastRowNum(); i++) {
        verdicts.put(text(files, i, 1), text(files, i, 3));
      }
      assertEquals("接收，已被替代", verdicts.get("甲县.xlsx"));
      assertEquals("接收", verdicts.get("sub/甲县（更正）.xlsx"));
      assertEquals("退回", verdicts.get("崩溃.xlsx"));
      assertEquals("接收（有问题）", verdicts.get("财政局.xlsx"));
      Sheet problems = wb.getSheet("问题");
      boolean found = false;
      for (int i = 1; i <= problems.getLastRowNum(); i++) {
        found |= text(problems, i, 0).equals("财政局.xlsx") && text(problems, i, 2).equals("重点任务")
            && text(problems, i, 4).equals("错误") && text(problems, i, 5).equals("正在统计");
      }
      assertTrue(found, "the text-in-number error is listed with its sheet, grade and value");
      assertEquals("甲大学", cell(wb, "未报送单位", "B3"));
      assertEquals("王五", cell(wb, "未报送单位", "D3"));
      assertEquals("13800000000", cell(wb, "未报送单位", "E3"));
    }
    Path list = ws.problemLists(ROUND).resolve("市财政局_问题清单.xlsx");
    try (InputStream in = Files.newInputStream(list); Workbook wb = WorkbookFactory.create(in)) {
      assertEquals("重点任务", cell(wb, "问题清单", "C3"));
      assertEquals("正在统计", cell(wb, "问题清单", "E3"));
      assertEquals("累计完成值应填写数字：“正在统计”不是数字，该值未采用", cell(wb, "问题清单", "F3"));
    }
    assertEquals(List.of("市财政局_问题清单.xlsx"), listing(ws.problemLists(ROUND)),
        "units whose taken file has only notes get no list");
    try (InputStream in = Files.newInputStream(list); Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet("问题清单");
      assertTrue(text(s, s.getLastRowNum(), 0).startsWith("说明：“错误”的值未被采用，请修改后重新报送"),
          "问题清单 ends with what each grade asks of the unit");
    }
  }

  @Test
  void aUnitIsToldWhyItsOtherFileWasRefusedThoughAnotherWasTaken() throws Exception {
    put("市科技局 8月.xlsx", "2025-09-25T08:00:00Z",
        () -> TestPlans.form(plan, "市科技局", "2025-08").file("市科技局 8月.xlsx").build());
    collect(null);
    assertTrue(listing(ws.problemLists(ROUND)).contains("市科技局_问题清单.xlsx"));
    try (InputStream in = Files.newInputStream(ws.problemLists(ROUND).resolve("市科技局_问题清单.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      assertEquals("市科技局 8月.xlsx", cell(wb, "问题清单", "B3"));
      assertEquals("该文件是2025年8月的填报表，本次收集的是2025年9月的", cell(wb, "问题清单", "F3"));
    }
  }

  @Test
  void rerunningGivesTheSameResultAndLeavesTheInboxAlone() throws Exception {
    Map<String, String> inboxBefore = snapshot(inbox);
    collect(null);
    byte[] merged = Files.readAllBytes(ws.mergedData(ROUND));
    Map<String, String> accepted = snapshot(ws.accepted(ROUND));
    Map<String, String> rejected = snapshot(ws.rejected(ROUND));
    String reminders = Files.readString(ws.reminders(ROUND));
    collect(null);
    assertArrayEquals(merged, Files.readAllBytes(ws.mergedData(ROUND)));
    assertEquals(accepted, snapshot(ws.accepted(ROUND)));
    assertEquals(rejected, snapshot(ws.rejected(ROUND)));
    assertEquals(reminders, Files.readString(ws.reminders(ROUND)));
    assertEquals(inboxBefore, snapshot(inbox));
  }

  @Test
  void addingOneFileChangesOnlyThatUnit() throws Exception {
    collect(null);
    RoundData before = RoundStore.load(ws, ROUND).orElseThrow();
    put("乙学院.xlsx", "2025-09-25T08:00:00Z",
        () -> TestPlans.form(plan, "乙学院", "2025-09").file("乙学院.xlsx").build());
    CollectUseCase.Result r = collect(null).result();
    RoundData after = RoundStore.load(ws, ROUND).orElseThrow();
    assertEquals(List.of("甲大学"), r.missingUnits());
    for (String unit : List.of("市科技局", "市财政局", "甲县", "甲大学")) {
      assertEquals(before.returnOf(unit), after.returnOf(unit), unit);
      assertEquals(before.intakeOf(unit), after.intakeOf(unit), unit);
    }
    assertNotEquals(before.intakeOf("乙学院"), after.intakeOf("乙学院"));
    assertEquals(IntakeStatus.ON_TIME, after.intakeOf("乙学院").orElseThrow().status());
    assertTrue(listing(ws.accepted(ROUND)).contains("乙学院.xlsx"));
  }

  @Test
  void aFileRemovedFromTheInboxLeavesTheFoldersOnRerun() throws Exception {
    collect(null);
    Files.delete(inbox.resolve("崩溃.xlsx"));
    Files.delete(inbox.resolve("市科技局 9月.xlsx"));
    CollectUseCase.Result r = collect(null).result();
    assertEquals(List.of("加密.xlsx", "说明.pdf"), listing(ws.rejected(ROUND)));
    assertEquals(List.of("市财政局.xlsx", "甲县.xlsx"), listing(ws.accepted(ROUND)));
    assertTrue(r.missingUnits().contains("市科技局"));
  }

  @Test
  void aRunStoppedWhileWritingProblemListsLeavesNoStateThatVouchesForThem() throws Exception {
    // Issue 9: the lists' state was only rewritten at the end, so after a run stopped halfway
    // it still vouched for lists the stopped run had already replaced, and a rerun kept them.
    put("乙学院.xlsx", "2025-09-25T08:00:00Z", () -> TestPlans.form(plan, "乙学院", "2025-09")
        .file("乙学院.xlsx").set("一.3", Field.PERCENT, "待统计").build());
    collect(null);
    Path list = ws.problemLists(ROUND).resolve("市财政局_问题清单.xlsx");
    String first = cell(list, "E3");
    Reading original = readings.get("财政局.xlsx");
    readings.put("财政局.xlsx", () -> TestPlans.form(plan, "市财政局", "2025-09")
        .file("财政局.xlsx").set("一.1", Field.ACTUAL, "还在核对").build());
    Path blocked = ws.problemLists(ROUND).resolve("乙学院_问题清单.xlsx");
    Files.delete(blocked);
    Files.createDirectories(blocked).resolve("挡住.txt").toFile().createNewFile();
    DubanException e = org.junit.jupiter.api.Assertions.assertThrows(DubanException.class, () -> collect(null));
    assertTrue(e.getMessage().contains("乙学院_问题清单.xlsx"), e.getMessage());
    assertEquals("还在核对", cell(list, "E3"), "the stopped run replaced this list whole");
    deleteTree(blocked);
    readings.put("财政局.xlsx", original);
    collect(null);
    assertEquals(first, cell(list, "E3"), "the rerun writes the list of its own inputs");
  }

  private static String cell(Path workbook, String a1) throws Exception {
    try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
      return CollectUseCaseTest.cell(wb, "问题清单", a1);
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void namedFilesAreReadTogetherWithTheInbox() throws Exception {
    // A late return e-mailed to the clerk, saved outside the workspace and named on the command line.
    Path mail = Files.createDirectories(dir.resolve("邮件附件"));
    Path late = mail.resolve("乙学院 补报.xlsx");
    Files.writeString(late, "content of the late return");
    readings.put("乙学院 补报.xlsx", () -> TestPlans.form(plan, "乙学院", "2025-09").file("乙学院 补报.xlsx").build());
    CollectUseCase.Options options = new CollectUseCase.Options(
        List.of(late, inbox.resolve("财政局.xlsx"), inbox.resolve("~$市科技局 9月.xlsx")), TODAY, null);
    CollectUseCase.Result r = CollectUseCase.collect(ws, ROUND, options, plan,
        f -> readings.get(f.getFileName().toString()).read()).result();
    assertEquals(8, r.files(), "the inbox's 7 files and the late one; a file named twice is read once");
    assertEquals(4, r.unitsReported(), "the units already in stay in");
    assertEquals(List.of("乙学院.xlsx", "市科技局.xlsx", "市财政局.xlsx", "甲县.xlsx"), listing(ws.accepted(ROUND)));
    assertEquals(List.of("甲大学"), r.missingUnits());
    assertEquals("content of the late return", Files.readString(late), "the named file is only read");
  }

  @Test
  void aFileThatHangsTheReaderIsRejectedAndTheRunGoesOn() throws Exception {
    put("卡住.xlsx", "2025-09-22T08:00:00Z", () -> {
      long end = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < end) {
        java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // deaf to interrupts
      }
      throw new AssertionError("should have been given up on");
    });
    CollectUseCase.Options options = new CollectUseCase.Options(List.of(), TODAY, null);
    CollectUseCase.Result r = CollectUseCase.collect(ws, ROUND, options, plan,
        f -> readings.get(f.getFileName().toString()).read(), java.time.Duration.ofMillis(300)).result();
    assertEquals(8, r.files());
    assertEquals(3, r.unitsReported(), "the other files are all read");
    assertTrue(listing(ws.rejected(ROUND)).contains("卡住.xlsx"));
    assertTrue(r.problems().stream().anyMatch(p -> p.where().file().equals("卡住.xlsx")
        && p.message().startsWith("文件无法读取：读取超过")), r.problems()::toString);
  }

  @Test
  void twoCopiesOfOneFileInDifferentFoldersAreBothListedAndOneIsTaken() throws Exception {
    Files.createDirectories(inbox.resolve("copy"));
    Files.copy(inbox.resolve("财政局.xlsx"), inbox.resolve("copy/财政局.xlsx"),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    CollectUseCase.Outcome o = collect(null);
    List<org.duban.intake.IntakeReport.FileEntry> copies = o.report().files().stream()
        .filter(f -> f.fileName().equals("财政局.xlsx")).toList();
    assertEquals(List.of("copy/财政局.xlsx", "财政局.xlsx"), copies.stream().map(f -> f.path()).toList());
    assertEquals(List.of(false, true), copies.stream().map(f -> f.taken()).toList());
    assertEquals("已被“财政局.xlsx”替代：收到多份同名文件，填报日期和修改时间都相同，取了另一份",
        copies.get(0).remark());
    assertEquals("采用本文件：收到多份同名文件，填报日期和修改时间都相同，取其中一份", copies.get(1).remark());
  }

  @Test
  void aMissingSourceIsAUsageProblem() {
    CollectUseCase.Options options =
        new CollectUseCase.Options(List.of(dir.resolve("nowhere")), TODAY, null);
    DubanException e = org.junit.jupiter.api.Assertions.assertThrows(DubanException.class,
        () -> CollectUseCase.collect(ws, ROUND, options, plan, f -> null));
    assertTrue(e.getMessage().contains("找不到文件或文件夹"), e.getMessage());
  }

  static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Each file's bytes (as a digest) and modification time, by relative path. */
  static Map<String, String> snapshot(Path folder) throws Exception {
    Map<String, String> out = new TreeMap<>();
    java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString(), java.util.HexFormat.of().formatHex(
            md.digest(Files.readAllBytes(p))) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }

  private static List<String> sheetNames(Workbook wb) {
    List<String> out = new ArrayList<>();
    wb.forEach(s -> out.add(s.getSheetName()));
    return out;
  }

  static String cell(Workbook wb, String sheet, String ref) {
    CellReference c = new CellReference(ref);
    return text(wb.getSheet(sheet), c.getRow(), c.getCol());
  }

  private static String text(Sheet s, int row, int col) {
    return s.getRow(row) == null ? "" : new DataFormatter().formatCellValue(s.getRow(row).getCell(col));
  }
}

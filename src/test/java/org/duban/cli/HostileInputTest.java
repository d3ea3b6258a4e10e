package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.duban.fillin.ReturnFiller;
import org.duban.fillin.ZipFixtures;
import org.duban.model.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, all made here, each run through {@link Main#run} as a user would run
 * it: returns in the inbox, broken ledgers, broken plan documents and a damaged round store. Every
 * case must end in exit code 1 with a message naming the file and the problem, no stack trace,
 * within a time bound, on a 256 MB heap (the {@code small-heap} surefire execution runs it).
 */
@Tag("small-heap") // run on 256 MB by the small-heap surefire execution
class HostileInputTest {
  private static final String ROUND = "2025-09";
  private static final String TODAY = "2025-10-08";
  private static final Path SEED = Path.of("seeds", "000_b24d0ce0b46200df.txt");
  /** 每年不少于30个基础研究项目, led by 市科技局 in seed 000. */
  private static final String TASK = "二.(二).2";
  private static final String PLAN_TEXT = "某市科技创新实施方案\n一、重点任务\n1.建设创新平台10个。（市科技局牵头）\n";
  private static final String NOTHING_FOUND = "没有识别出任何目标指标或重点任务，未生成任务台账";
  /** A case that takes longer than this counts as a hang. */
  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir static Path base;
  private static Path workspace;
  private static Path goodReturn;
  private static Path planDocx;
  /** plan.xlsx with one sheet inflated past the limit, made once. */
  private static Path ledgerBomb;

  record Outcome(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  @BeforeAll
  static void workspaceWithOneGoodReturn() throws Exception {
    workspace = base.resolve("ws");
    assertEquals(0, cli("init", workspace.toString(), "--plan", SEED.toString()).code());
    assertEquals(0, cli("templates", ROUND, "-w", workspace.toString(), "--due", "2025-10-05").code());
    Path form;
    try (Stream<Path> forms = Files.list(workspace.resolve("rounds/" + ROUND + "/templates"))) {
      form = forms.filter(p -> p.getFileName().toString().contains("_市科技局_")).findFirst().orElseThrow();
    }
    goodReturn = base.resolve("市科技局.xlsx");
    Map<Field, Object> values = new LinkedHashMap<>();
    values.put(Field.ACTUAL, 20);
    values.put(Field.STATUS, "序时推进");
    values.put(Field.PROGRESS, "已立项20个");
    ReturnFiller.fill(form, goodReturn, Map.of(TASK, values),
        Map.of("填报人", "张敏", "联系电话", "0734-8000000", "填报日期", java.time.LocalDate.of(2025, 10, 3)));
    Files.copy(goodReturn, Files.createDirectories(inbox(workspace)).resolve("市科技局.xlsx"));
    assertEquals(0, cli("collect", ROUND, "-w", workspace.toString(), "--today", TODAY).code());
    ledgerBomb = Files.copy(workspace.resolve("plan.xlsx"), base.resolve("ledger-bomb.xlsx"));
    ledgerBomb(ledgerBomb);
    planDocx = base.resolve("方案.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(planDocx)) {
      doc.createParagraph().createRun().setText("某市科技创新实施方案");
      doc.createParagraph().createRun().setText("一、重点任务");
      doc.createParagraph().createRun().setText("1.建设创新平台10个。（市科技局牵头）");
      doc.write(out);
    }
  }

  /** Runs one command line, bounded in time, and checks what every case must hold. */
  private static Outcome cli(String... args) {
    return assertTimeoutPreemptively(BOUND, () -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = Main.run(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, StandardCharsets.UTF_8), args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }, () -> "hung: duban " + String.join(" ", args));
  }

  private static Path inbox(Path ws) {
    return ws.resolve("rounds").resolve(ROUND).resolve("inbox");
  }

  /** A fresh copy of the workspace for one case. */
  private static Path copy(String name) throws IOException {
    return Workspaces.copy(workspace,
        base.resolve("case-" + name.replaceAll("[^\\p{L}\\p{N}]", "_") + "-" + System.nanoTime()));
  }

  private static void expect(String label, Outcome o, String... fragments) {
    String all = o.all();
    // One line per case in the test log: what the user was told.
    System.out.println(label + " -> " + all.lines().filter(l -> l.contains("错误")).findFirst()
        .orElse("(no error line)").strip());
    assertEquals(Main.INPUT_PROBLEMS, o.code(), "exit code:\n" + all);
    for (String f : fragments) {
      assertTrue(all.contains(f), "“" + f + "” not in:\n" + all);
    }
    assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("内部错误")
        || all.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+Error\\b.*"), "no stack trace or class names:\n" + all);
  }

  // ---------------------------------------------------------------- returns in the inbox

  /** One broken input: its file name (or a label), how to make it, and the message it must get. */
  private record Case(String name, Maker maker, String message) {}

  @FunctionalInterface
  interface Maker {
    void make(Path file) throws Exception;
  }

  /** A hostile file in the inbox beside a good return: refused by name and reason, the good one taken. */
  @TestFactory
  Stream<DynamicTest> hostileReturnsAreRefusedAndTheRunGoesOn() {
    List<Case> cases = List.of(
        new Case("空.xlsx", f -> Files.write(f, new byte[0]), "文件是空的（0 字节），不是填报表"),
        new Case("半截.xlsx", f -> Files.write(f, half(goodReturn)),
            "文件不完整或已损坏，无法作为 Excel 文件打开（可能下载或传输中断）"),
        new Case("表格.xlsx", f -> Files.write(f, "编号,累计完成值\n二.(二).2,20\n".getBytes(Charset.forName("GBK"))),
            "文件实际是文本（CSV/TXT）文件，不是 Excel 工作簿（扩展名被改过）"),
        new Case("网页.xls", f -> Files.writeString(f, "<html><body><table><tr><td>20</td></tr></table></body></html>"),
            "文件实际是网页（HTML）文件，不是 Excel 工作簿（扩展名被改过）"),
        new Case("文档.xlsx", f -> ZipFixtures.write(f, Map.of("word/document.xml", "<w:document/>")),
            "文件不是 Excel 工作簿（是 Word 文档被改了扩展名）"),
        new Case("有密码.xlsx", f -> encrypt(goodReturn, f), "文件已加密（设置了打开密码），无法读取"),
        // (A macro-enabled workbook is read with a warning and its macros never run: ReturnReaderHostileTest.)
        new Case("炸弹.xlsx", ZipFixtures::bomb,
            "文件解压后异常巨大，疑似压缩炸弹，已拒收：xl/worksheets/sheet1.xml 的压缩比超过 200 倍"),
        new Case("外部实体.xlsx", f -> withDoctype(goodReturn, f,
            "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收"),
        new Case("十亿笑.xlsx", f -> withDoctype(goodReturn, f, laughs()),
            "文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收"),
        new Case("五千表.xlsx", HostileInputTest::thousandsOfSheets, "文件含有 5000 个工作表，超过上限 200"),
        new Case("条目.xlsx", HostileInputTest::thousandsOfEntries, "压缩包内有 2106 个条目，超过上限 2000"),
        new Case("百万格.xlsx", HostileInputTest::millionCells, "文件内容过多（读到工作表“重点任务”时已超过 200000 个单元格），不是本办下发的填报表"),
        new Case("深嵌套.xlsx", HostileInputTest::deeplyNested, "文件中没有识别信息，表内编号也对不上本方案的任何任务或指标"),
        new Case("随机.xlsx", f -> Files.write(f, noise(20_000, 7)), "文件不是 Excel 工作簿（无法识别的文件格式）"),
        new Case("扫描件.xlsx", f -> Files.write(f, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
            "文件不是 Excel 工作簿（是 PDF 文件，可能是扫描件或打印件）"),
        new Case("照片.xlsx", f -> Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}),
            "文件不是 Excel 工作簿（是图片，可能是表格的照片或截图）"),
        new Case("空复合文档.xls", HostileInputTest::emptyOle2, "文件不是 Excel 工作簿（旧版 Office 文件中没有工作簿）"));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path ws = copy(c.name());
      Path f = inbox(ws).resolve(c.name());
      c.maker().make(f);
      byte[] before = Files.readAllBytes(f);
      Outcome o = cli("collect", ROUND, "-w", ws.toString(), "--today", TODAY);
      expect("collect " + c.name(), o, c.name(), c.message(), "退回 1");
      assertTrue(o.out().contains("采用 1"), "the good return is still taken:\n" + o.all());
      assertTrue(Arrays.equals(before, Files.readAllBytes(f)), "the hostile file is left as it was");
    }));
  }

  private static byte[] half(Path p) throws IOException {
    byte[] all = Files.readAllBytes(p);
    return Arrays.copyOf(all, all.length / 2);
  }

  private static byte[] noise(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static void encrypt(Path plain, Path out) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        fs.writeFilesystem(o);
      }
    }
  }

  /** The good return with a DTD in its shared strings (or first sheet when it has none). */
  private static void withDoctype(Path source, Path out, String doctype) throws IOException {
    Map<String, byte[]> parts = ZipFixtures.entries(source);
    String part = parts.containsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
    String xml = new String(parts.get(part), StandardCharsets.UTF_8);
    int start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    xml = xml.substring(0, start) + doctype + xml.substring(start);
    parts.put(part, xml.getBytes(StandardCharsets.UTF_8));
    Files.write(out, ZipFixtures.zip(parts));
  }

  private static String laughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
          .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd.append("]>").toString();
  }

  private static void thousandsOfSheets(Path f) throws IOException {
    String[] names = new String[5000];
    for (int i = 0; i < names.length; i++) {
      names[i] = "S" + i;
    }
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(""), ZipFixtures.strings());
    parts.put("xl/workbook.xml", ZipFixtures.workbook(names));
    ZipFixtures.write(f, parts);
  }

  private static void thousandsOfEntries(Path f) throws IOException {
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(""), ZipFixtures.strings());
    for (int i = 0; i < 2100; i++) {
      parts.put("junk/" + i + ".xml", "<x/>");
    }
    ZipFixtures.write(f, parts);
  }

  /** 510,000 numeric cells: more than a fill-in form could ever hold. */
  private static void millionCells(Path f) throws IOException {
    StringBuilder rows = new StringBuilder(12 << 20);
    for (int r = 1; r <= 51_000; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < 10; c++) {
        rows.append("<c r=\"").append((char) ('A' + c)).append(r).append("\"><v>1</v></c>");
      }
      rows.append("</row>");
    }
    ZipFixtures.write(f, ZipFixtures.basic(ZipFixtures.sheet(rows.toString()), ZipFixtures.strings()));
  }

  /** 100,000 nested elements inside a cell (under 1 MB, so no ratio check): a recursive parser would overflow its stack. */
  private static void deeplyNested(Path f) throws IOException {
    String sheet = ZipFixtures.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + "<r>".repeat(100_000)
        + "</r>".repeat(100_000) + "</is></c></row>");
    ZipFixtures.write(f, ZipFixtures.basic(sheet, ZipFixtures.strings()));
  }

  /** A valid OLE2 container holding no workbook stream. */
  private static void emptyOle2(Path f) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Nothing");
      fs.writeFilesystem(out);
    }
  }

  // ---------------------------------------------------------------- broken ledgers

  @TestFactory
  Stream<DynamicTest> brokenLedgersNameTheLedgerAndTheProblem() {
    List<Case> cases = List.of(
        new Case("empty", f -> Files.write(f, new byte[0]), "文件是空的（0 字节）"),
        new Case("binary", f -> Files.write(f, noise(5000, 3)), "不是可读取的 Excel 工作簿"),
        new Case("gbk text", f -> Files.write(f, "编号,任务名称\n一.1,建设平台\n".getBytes(Charset.forName("GBK"))),
            "不是可读取的 Excel 工作簿"),
        new Case("truncated", f -> Files.write(f, half(f)), "不是可读取的 Excel 工作簿"),
        new Case("encrypted", f -> {
          Path plain = f.resolveSibling("plain.bin");
          Files.move(f, plain);
          encrypt(plain, f);
          Files.delete(plain);
        }, "工作簿设置了打开密码，无法读取"),
        new Case("sheet renamed", f -> editLedger(f, wb -> wb.setSheetName(wb.getSheetIndex("重点任务"), "Sheet1")),
            "台账缺少工作表“重点任务”（工作表可能被删除或改名）"),
        new Case("info sheet renamed", f -> editLedger(f, wb -> wb.setSheetName(wb.getSheetIndex("方案信息"), "信息")),
            "台账缺少工作表“方案信息”"),
        new Case("header missing", f -> editLedger(f, wb -> header(wb.getSheet("重点任务"), "牵头单位").setBlank()),
            "缺少“牵头单位”列"),
        new Case("id header missing", f -> editLedger(f, wb -> header(wb.getSheet("重点任务"), "编号").setBlank()),
            "缺少“编号”列"),
        new Case("xxe", f -> withDoctype(f, f, "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "工作簿内部含有 DTD/实体声明（xl/sharedstrings.xml，可能是恶意构造的文件），未读取"),
        new Case("bomb", f -> Files.copy(ledgerBomb, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING),
            "工作簿解压后异常巨大（xl/worksheets/sheet3.xml 解压后超过 24 MB），疑似压缩炸弹或已损坏，未读取"));
    // Every command reads the ledger the same way; each case goes through one of them in turn.
    String[] commands = {"templates", "collect", "report"};
    return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> {
      Case c = cases.get(i);
      String command = commands[i % commands.length];
      return DynamicTest.dynamicTest(c.name() + " / " + command, () -> {
        Path ws = copy(c.name() + command);
        Path ledger = ws.resolve("plan.xlsx");
        c.maker().make(ledger);
        byte[] before = Files.readAllBytes(ledger);
        List<String> args = new ArrayList<>(List.of(command, ROUND, "-w", ws.toString()));
        if (command.equals("collect")) {
          args.addAll(List.of("--today", TODAY));
        }
        Outcome o = cli(args.toArray(String[]::new));
        expect(command + " / ledger " + c.name(), o, "plan.xlsx", c.message());
        assertTrue(Arrays.equals(before, Files.readAllBytes(ledger)), "the ledger is left as it was");
      });
    });
  }

  private static void editLedger(Path f, java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
      edit.accept(wb);
      try (OutputStream out = Files.newOutputStream(f.resolveSibling("edited.xlsx"))) {
        wb.write(out);
      }
    }
    Files.move(f.resolveSibling("edited.xlsx"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static org.apache.poi.ss.usermodel.Cell header(org.apache.poi.ss.usermodel.Sheet s, String name) {
    for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) {
      if (c.toString().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no header " + name);
  }

  /** The ledger with its task sheet padded by 40 MB of near-spaces: under POI's own 100x ratio limit. */
  private static void ledgerBomb(Path f) throws IOException {
    Map<String, byte[]> parts = ZipFixtures.entries(f);
    ZipFixtures.padded(f, parts, "xl/worksheets/sheet3.xml", "<sheetData>", 40, 4000);
  }

  // ---------------------------------------------------------------- broken plan documents

  @TestFactory
  Stream<DynamicTest> brokenPlanDocumentsNameTheFileAndTheProblem() {
    List<Case> cases = List.of(
        new Case("空.txt", f -> Files.write(f, new byte[0]), "文件是空的（0 字节）"),
        new Case("二进制.txt", f -> Files.write(f, noise(4000, 11)), "无法识别的文件格式"),
        new Case("日文编码.txt", f -> Files.write(f, PLAN_TEXT.getBytes(Charset.forName("Shift_JIS"))),
            "读出的文字不像中文，文件的编码无法识别"),
        // (GBK bytes read as Latin-1 and saved again, the “ÖÐÎÄ” garbage, is repaired: DocumentReaderTest.)
        new Case("会议通知.txt", f -> Files.writeString(f, "关于召开季度工作会议的通知\n请各单位负责同志准时参加。\n"),
            NOTHING_FOUND),
        new Case("空.docx", f -> Files.write(f, new byte[0]), "文件是空的（0 字节）"),
        new Case("半截.docx", f -> Files.write(f, half(planDocx)), "不是可读取的 Word 文档"),
        new Case("表格改名.docx", f -> Files.copy(goodReturn, f), "表格改名.docx"),
        new Case("加密.docx", f -> encrypt(planDocx, f), "文件设置了打开密码，无法读取"),
        new Case("外部实体.docx", f -> docxWithDoctype(f), "外部实体.docx"),
        new Case("炸弹.docx", HostileInputTest::docxBomb, "炸弹.docx"),
        new Case("坏.doc", HostileInputTest::emptyOle2, "坏.doc"),
        new Case("方案.pdf", f -> Files.write(f, "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
            "这是 PDF 文件，不能直接读取其中的文字"),
        new Case("没有这个文件.docx", f -> {}, "找不到文件"));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path dir = Files.createDirectories(base.resolve("plans-" + System.nanoTime()));
      Path f = dir.resolve(c.name());
      c.maker().make(f);
      Path ws = dir.resolve("工作区");
      Outcome o = cli("init", ws.toString(), "--plan", f.toString());
      expect("init " + c.name(), o, c.name(), c.message());
      assertFalse(Files.exists(ws.resolve("plan.xlsx")), "no ledger from a broken plan");
    }));
  }

  private static void docxWithDoctype(Path f) throws IOException {
    Map<String, byte[]> parts = ZipFixtures.entries(planDocx);
    String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    int start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    xml = xml.substring(0, start) + "<!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml.substring(start);
    parts.put("word/document.xml", xml.replace("某市科技创新实施方案", "&xxe;").getBytes(StandardCharsets.UTF_8));
    Files.write(f, ZipFixtures.zip(parts));
  }

  private static void docxBomb(Path f) throws IOException {
    ZipFixtures.padded(f, ZipFixtures.entries(planDocx), "word/document.xml", "<w:body>", 40, 0);
  }

  // ---------------------------------------------------------------- the round's own state

  @TestFactory
  Stream<DynamicTest> aDamagedRoundStoreNamesItsFile() {
    Map<String, Maker> cases = new LinkedHashMap<>();
    cases.put("merged empty", f -> Files.write(f, new byte[0]));
    cases.put("merged binary", f -> Files.write(f, noise(3000, 5)));
    cases.put("merged truncated", f -> Files.write(f, Arrays.copyOf(Files.readAllBytes(f), (int) Files.size(f) * 2 / 3)));
    cases.put("merged gbk", f -> Files.write(f, Files.readString(f).getBytes(Charset.forName("GBK"))));
    return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
      Path ws = copy(c.getKey());
      Path merged = ws.resolve("rounds/" + ROUND + "/.duban/merged.tsv");
      c.getValue().make(merged);
      Outcome o = cli("report", ROUND, "-w", ws.toString());
      expect("report / " + c.getKey(), o, "merged.tsv", "本轮汇总数据");
    }));
  }

  @Test
  void aDamagedDueDateNamesItsFile() throws Exception {
    Path ws = copy("due");
    Files.writeString(ws.resolve("rounds/" + ROUND + "/.duban/due.txt"), "十月五日\n");
    Outcome o = cli("collect", ROUND, "-w", ws.toString(), "--today", TODAY);
    expect("collect / due.txt", o, "due.txt", "报送截止日期“十月五日”无法读取");
  }

  // ---------------------------------------------------------------- the user's master layouts

  @TestFactory
  Stream<DynamicTest> brokenMasterLayoutsNameTheMaster() {
    Map<String, Maker> breakers = new LinkedHashMap<>();
    breakers.put("empty", f -> Files.write(f, new byte[0]));
    breakers.put("binary", f -> Files.write(f, noise(3000, 9)));
    breakers.put("bomb", f -> Files.copy(ledgerBomb, f));
    breakers.put("xxe", f -> withDoctype(goodReturn, f, "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String master : new String[] {"填报表.xlsx", "分发清单.xlsx"}) {
      breakers.forEach((name, breaker) -> tests.add(DynamicTest.dynamicTest(master + " " + name, () -> {
        Path ws = copy(master + name);
        Path f = Files.createDirectories(ws.resolve("templates")).resolve(master);
        breaker.make(f);
        Outcome o = cli("templates", "2025-10", "-w", ws.toString());
        expect("templates / master " + master + " " + name, o, "templates/" + master, "模板文件");
        assertFalse(Files.exists(ws.resolve("rounds/2025-10/templates")), "nothing written from a broken master");
      })));
    }
    return tests.stream();
  }
}

package org.duban.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  private static final String PLAN =
      "衡阳市科技创新赋能攻坚行动实施方案\n一、攻坚目标\n到2025年，高新技术企业突破1200家。\n（市科技局牵头，市财政局、在衡高校等按职责分工负责）\n";

  @TempDir Path dir;

  @Test
  void utf8TextIsReadLineByLineWithFileNameAndLineNumber() throws Exception {
    Path f = write("方案.txt", PLAN.getBytes(StandardCharsets.UTF_8));
    List<SourceLine> lines = DocumentReader.read(f);
    assertEquals(4, lines.size());
    assertEquals("一、攻坚目标", lines.get(1).text());
    assertEquals(Location.ofLine("方案.txt", 2), lines.get(1).where());
    assertEquals("方案.txt:4", lines.get(3).where().toString());
  }

  @Test
  void utf8WithBomGivesTheSameLinesWithoutTheBom() throws Exception {
    byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    assertEquals(
        texts(DocumentReader.read(write("a.txt", body))),
        texts(DocumentReader.read(write("b.txt", bom))));
    assertEquals("衡阳市科技创新赋能攻坚行动实施方案", DocumentReader.read(write("c.txt", bom)).get(0).text());
  }

  @Test
  void gb18030TextIsDetectedNotTakenFromThePlatform() throws Exception {
    Path f = write("gbk.txt", PLAN.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
    List<SourceLine> lines = DocumentReader.read(f);
    assertEquals(List.of(PLAN.split("\n")), texts(lines));
    assertEquals(Location.ofLine("gbk.txt", 3), lines.get(2).where());
  }

  @Test
  void shortGbkTextIsStillGbk() throws Exception {
    Path f = write("short.txt", "市科技局".getBytes(Charset.forName("GBK")));
    assertEquals(List.of("市科技局"), texts(DocumentReader.read(f)));
  }

  @Test
  void gbkReadAsLatin1AndSavedAgainIsRepaired() throws Exception {
    // The classic “ÖÐÎÄ”: an editor took GBK bytes for Latin-1 and saved them as UTF-8.
    String garbage = new String(PLAN.getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
    Path f = write("乱码.txt", garbage.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(PLAN.split("\n")), texts(DocumentReader.read(f)));
  }

  @Test
  void textInAnotherEncodingIsRefusedNotParsedAsGarbage() throws Exception {
    // Shift_JIS bytes decode without error as GBK, into characters no plan is written in.
    Path f = write("日文.txt", PLAN.getBytes(Charset.forName("Shift_JIS")));
    DubanException e = assertThrows(DubanException.class, () -> DocumentReader.read(f));
    Problem p = e.problems().get(0);
    assertEquals("日文.txt", p.where().file());
    assertTrue(p.message().startsWith("读出的文字不像中文"), p.message());
  }

  @Test
  void traditionalScriptIsChineseToo() throws Exception {
    String traditional = "長株潭國家自主創新示範區提質升級行動計畫\n一、總體要求\n（一）構建高水平國家級科技創新平臺體系。（責任單位：省科技廳）\n";
    Path f = write("繁體.txt", traditional.getBytes(Charset.forName("Big5")));
    assertEquals(List.of(traditional.split("\n")), texts(DocumentReader.read(f)));
  }

  @Test
  void utf16WithoutByteOrderMarkIsReadNotCalledBinary() throws Exception {
    // 一 is U+4E00: in UTF-16LE its low byte 00 comes first, on the "wrong" side of the pair.
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path f = write("utf16-" + cs.name() + ".txt", PLAN.getBytes(cs));
      assertEquals(List.of(PLAN.split("\n")), texts(DocumentReader.read(f)), cs.name());
    }
  }

  @Test
  void big5TextOfTheTraditionalSeedIsReadAsBig5() throws Exception {
    String trad = "長株潭國家自主創新示範區提質升級行動計畫\n（責任單位：省科技廳、省發展改革委）\n";
    Path f = write("big5.txt", trad.getBytes(Charset.forName("Big5")));
    assertEquals(List.of(trad.split("\n")), texts(DocumentReader.read(f)));
  }

  @Test
  void docxParagraphsAndMergedTableRowsReadInDocumentOrder() throws Exception {
    Path f = dir.resolve("分解表.docx");
    DocxFixtures.mergedTable(f);
    List<String> lines = texts(DocumentReader.read(f));
    assertEquals(
        List.of(
            "临湘市创新提升行动实施方案",
            "指标 | 责任单位及目标 |",
            "新增规模工业企业 | 临湘高新区 | 10家",
            "新增规模工业企业 | 各镇(街道) | 5家",
            "外层 | 内含表格",
            "内层甲 | 内层乙",
            "二、重点任务"),
        lines);
    assertEquals(Location.ofLine("分解表.docx", 3), DocumentReader.read(f).get(2).where());
  }

  @Test
  void cellsMergedAcrossColumnsKeepTheColumnsTheyCover() throws Exception {
    Path f = dir.resolve("任务分解表.docx");
    DocxFixtures.taskTableWithMergedRows(f);
    List<org.duban.model.SourceLine> read = DocumentReader.read(f);
    assertEquals(
        List.of(
            "南山区2024年重点任务分解表",
            "序号 | 重点任务 | 牵头单位 | 配合单位",
            "一、扩大有效投资 |  |  |",
            "1 | 推进滨江片区开发,全年完成投资12亿元。 | 区发改局 | 区财政局",
            "2 | 开工建设城北污水处理厂。 | 区住建局、区水利局共同牵头 |"),
        texts(read));
    // the merged section row stays inside the table: both rows are tasks of that section
    org.duban.model.Plan plan = org.duban.plan.PlanParser.parse(read, "任务分解表.docx").plan();
    assertEquals(2, plan.tasks().size(), plan.tasks().toString());
    assertEquals("一、扩大有效投资", plan.tasks().get(1).section());
    assertEquals(List.of("区住建局", "区水利局"), plan.tasks().get(1).leads());
  }

  @Test
  void wordAutomaticNumberingIsWrittenOutAsTheReaderSeesIt() throws Exception {
    Path f = dir.resolve("numbered.docx");
    DocxFixtures.numbered(f);
    assertEquals(
        List.of(
            "实施方案",
            "一、总体要求",
            "（一）工作目标",
            "1.高新技术企业突破1200家。",
            "2.研发投入增长9%以上。",
            "（二）基本原则",
            "1.坚持创新引领。",
            "二、重点任务",
            "（一）赋能技术攻关"),
        texts(DocumentReader.read(f)));
  }

  @Test
  void headingsNumberedThroughTheirStyle() throws Exception {
    Path f = dir.resolve("styles.docx");
    DocxFixtures.styleNumbered(f);
    assertEquals(
        List.of("一、总体要求", "（一）工作目标", "（二）基本原则", "二、重点任务", "正文段落。"), texts(DocumentReader.read(f)));
  }

  @Test
  void legacyDocAutomaticNumberingToo() throws Exception {
    // numbered.doc is DocxFixtures.numbered saved by LibreOffice as "MS Word 97".
    Path f = dir.resolve("numbered.doc");
    try (InputStream in = getClass().getResourceAsStream("numbered.doc")) {
      Files.copy(in, f);
    }
    assertEquals(
        List.of(
            "实施方案",
            "一、总体要求",
            "（一）工作目标",
            "1.高新技术企业突破1200家。",
            "2.研发投入增长9%以上。",
            "（二）基本原则",
            "1.坚持创新引领。",
            "二、重点任务",
            "（一）赋能技术攻关"),
        texts(DocumentReader.read(f)).stream().filter(s -> !s.isEmpty()).toList());
  }

  @Test
  void chineseCountingNumbers() {
    assertEquals(
        List.of("一", "九", "十", "十一", "二十", "二十三", "九十九", "100"),
        java.util.stream.IntStream.of(1, 9, 10, 11, 20, 23, 99, 100)
            .mapToObj(DocxNumbering::chinese)
            .toList());
    assertEquals("甲", DocxNumbering.render(1, "ideographTraditional"));
    assertEquals("③", DocxNumbering.render(3, "decimalEnclosedCircle"));
    assertEquals("iv", DocxNumbering.render(4, "lowerRoman"));
  }

  @Test
  void legacyDocParagraphsAndTableRowsAreRead() throws Exception {
    // plan.doc was saved by LibreOffice as "MS Word 97" from a small HTML page: HWPF cannot
    // create a .doc from nothing.
    Path f = dir.resolve("plan.doc");
    try (InputStream in = getClass().getResourceAsStream("plan.doc")) {
      Files.copy(in, f);
    }
    List<String> lines = texts(DocumentReader.read(f)).stream().filter(s -> !s.isBlank()).toList();
    assertEquals(
        List.of(
            "测试实施方案",
            "一、工作目标",
            "到2025年，高新技术企业突破1200家。",
            "指标 | 责任单位 | 目标",
            "新增规模工业企业 | 临湘高新区 | 10家",
            "二、重点任务"),
        lines);
  }

  @Test
  void inputFileIsNeverModified() throws Exception {
    Path f = dir.resolve("keep.docx");
    DocxFixtures.mergedTable(f);
    FileTime old = FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(f, old);
    byte[] before = Files.readAllBytes(f);
    DocumentReader.read(f);
    assertArrayEquals(before, Files.readAllBytes(f));
    assertEquals(old, Files.getLastModifiedTime(f));
  }

  @Test
  void missingFile() {
    Problem p = failure(dir.resolve("没有.txt"));
    assertEquals("没有.txt: 错误: 找不到文件 处理: 请检查文件路径和文件名是否正确", p.render());
  }

  @Test
  void emptyFile() throws Exception {
    Problem p = failure(write("空.txt", new byte[0]));
    assertEquals(Location.ofFile("空.txt"), p.where());
    assertEquals("文件是空的（0 字节）", p.message());
  }

  @Test
  void pdfAskToSaveAsDocxOrTxt() throws Exception {
    Problem p =
        failure(write("方案.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("这是 PDF 文件，不能直接读取其中的文字", p.message());
    assertEquals(DocumentReader.SAVE_AS, p.fix());
  }

  @Test
  void imageIsRefused() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    Problem p = failure(write("扫描件.docx", png));
    assertTrue(p.message().startsWith("这是图片文件"), p.message());
    assertTrue(p.fix().endsWith(DocumentReader.THEN_SAVE_AS), p.fix());
  }

  @Test
  void docxThatIsNotAZip() throws Exception {
    Problem p = failure(write("坏.docx", "这其实是文本".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Location.ofFile("坏.docx"), p.where());
    assertTrue(p.message().contains("不是有效的 Word 文档"), p.message());
  }

  @Test
  void truncatedDocxIsAClearErrorNotAStackTrace() throws Exception {
    Path good = dir.resolve("good.docx");
    DocxFixtures.mergedTable(good);
    byte[] all = Files.readAllBytes(good);
    byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
    Problem p = failure(write("半截.docx", half));
    assertTrue(p.message().startsWith("不是可读取的 Word 文档"), p.message());
  }

  @Test
  void encryptedDocxAsksToRemoveThePassword() throws Exception {
    Path f = dir.resolve("加密.docx");
    DocxFixtures.encrypted(f, "secret");
    Problem p = failure(f);
    assertEquals("文件设置了打开密码，无法读取", p.message());
  }

  @Test
  void binaryGarbageIsAnUnknownFormat() throws Exception {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 7);
    }
    Problem p = failure(write("数据.txt", junk));
    assertEquals("无法识别的文件格式：既不是文本，也不是 Word 文档", p.message());
  }

  private Problem failure(Path f) {
    DubanException e = assertThrows(DubanException.class, () -> DocumentReader.read(f));
    assertEquals(1, e.problems().size());
    return e.problems().get(0);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(bytes);
    }
    return f;
  }

  private static List<String> texts(List<SourceLine> lines) {
    return lines.stream().map(SourceLine::text).toList();
  }
}

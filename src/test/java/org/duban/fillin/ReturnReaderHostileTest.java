package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.duban.model.DubanException;
import org.duban.model.Problem;
import org.duban.model.RawCell;
import org.duban.model.RawReturn;
import org.duban.model.RawRow;
import org.duban.model.Round;
import org.duban.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken or hostile file, built here, mapped to its exact message. */
class ReturnReaderHostileTest {
  @TempDir Path dir;

  static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c>"
      + "<c r=\"B1\" t=\"inlineStr\"><is><t>累计完成值</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>完成状态</t></is></c></row>";

  private String refused(Path file) {
    DubanException e = assertThrows(DubanException.class, () -> ReturnReader.read(file));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(file.getFileName().toString(), p.where().file());
    return p.message();
  }

  @Test
  void zeroBytes() throws Exception {
    Path f = Files.write(dir.resolve("空.xlsx"), new byte[0]);
    assertEquals("文件是空的（0 字节），不是填报表", refused(f));
  }

  @Test
  void displayNameIsUsedInMessages() throws Exception {
    Path f = Files.write(dir.resolve("x.xlsx"), new byte[0]);
    DubanException e = assertThrows(DubanException.class, () -> ReturnReader.read(f, "县区/市科技局.xlsx"));
    assertEquals("县区/市科技局.xlsx: 错误: 文件是空的（0 字节），不是填报表 处理: 请重新保存填报表后再报送",
        e.problems().get(0).render());
  }

  @Test
  void truncatedZip() throws Exception {
    Path good = dir.resolve("good.xlsx");
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, null, Optional.empty(), good);
    byte[] all = Files.readAllBytes(good);
    Path f = Files.write(dir.resolve("半截.xlsx"), Arrays.copyOf(all, all.length / 2));
    assertEquals("文件不完整或已损坏，无法作为 Excel 文件打开（可能下载或传输中断）", refused(f));
  }

  @Test
  void csvRenamedToXlsx() throws Exception {
    Path f = Files.writeString(dir.resolve("csv.xlsx"), "编号,累计完成值\n二.(一).1,12\n", StandardCharsets.UTF_8);
    assertEquals("文件实际是文本（CSV/TXT）文件，不是 Excel 工作簿（扩展名被改过）", refused(f));
  }

  @Test
  void htmlRenamedToXlsx() throws Exception {
    Path f = Files.writeString(dir.resolve("web.xlsx"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
    assertEquals("文件实际是网页（HTML）文件，不是 Excel 工作簿（扩展名被改过）", refused(f));
  }

  @Test
  void wordDocumentRenamed() throws Exception {
    Path f = ZipFixtures.write(dir.resolve("doc.xlsx"), Map.of("word/document.xml", "<w:document/>"));
    assertEquals("文件不是 Excel 工作簿（是 Word 文档被改了扩展名）", refused(f));
  }

  @Test
  void passwordProtectedXlsx() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, null, Optional.empty(), plain);
    Path f = dir.resolve("有密码.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        fs.writeFilesystem(out);
      }
    }
    assertEquals("文件已加密（设置了打开密码），无法读取", refused(f));
  }

  @Test
  void macroEnabledIsFlaggedAndRead() throws Exception {
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(HEADER_ROW), ZipFixtures.strings());
    parts.put("xl/vbaProject.bin", "not really VBA");
    RawReturn r = ReturnReader.read(ZipFixtures.write(dir.resolve("宏.xlsm"), parts));
    assertTrue(r.macroEnabled());
    assertEquals(java.util.List.of("重点任务"), r.sheetNames());
  }

  @Test
  void encryptedOfficeFile() throws Exception {
    Path f = dir.resolve("加密.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      fs.writeFilesystem(out);
    }
    assertEquals("文件已加密（设置了打开密码），无法读取", refused(f));
  }

  @Test
  void zipBomb() throws Exception {
    Path f = ZipFixtures.bomb(dir.resolve("bomb.xlsx"));
    assertTrue(Files.size(f) < 1 << 20, "the bomb is small: " + Files.size(f));
    assertEquals("文件解压后异常巨大，疑似压缩炸弹，已拒收：xl/worksheets/sheet1.xml 的压缩比超过 200 倍", refused(f));
  }

  @Test
  void externalEntityXxe() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<sst " + ZipFixtures.NS + "><si><t>&xxe;</t></si></sst>";
    Path f = ZipFixtures.write(dir.resolve("xxe.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(HEADER_ROW), xxe));
    assertEquals("文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收", refused(f));
  }

  @Test
  void billionLaughs() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
          .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String sst = "<?xml version=\"1.0\"?>" + dtd + "<sst " + ZipFixtures.NS + "><si><t>&j;</t></si></sst>";
    Path f = ZipFixtures.write(dir.resolve("lol.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(HEADER_ROW), sst));
    assertEquals("文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收", refused(f));
  }

  @Test
  void thousandsOfSheets() throws Exception {
    String[] names = new String[5000];
    for (int i = 0; i < names.length; i++) {
      names[i] = "S" + i;
    }
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(""), ZipFixtures.strings());
    parts.put("xl/workbook.xml", ZipFixtures.workbook(names));
    Path f = ZipFixtures.write(dir.resolve("sheets.xlsx"), parts);
    assertEquals("文件含有 5000 个工作表，超过上限 200，不是本办下发的填报表", refused(f));
  }

  /** Sheets each far below any per-sheet bound still add up: all cells of a file count together. */
  @Test
  void cellsOfAllSheetsAreBoundedTogether() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 3500; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < 20; c++) {
        rows.append("<c><v>").append(r + c).append("</v></c>");
      }
      rows.append("</row>");
    }
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(rows.toString()), ZipFixtures.strings());
    String[] names = new String[4];
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= names.length; i++) {
      names[i - 1] = "S" + i;
      rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
          .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
    }
    parts.put("xl/workbook.xml", ZipFixtures.workbook(names));
    parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    Path f = ZipFixtures.write(dir.resolve("cells.xlsx"), parts);
    assertEquals("文件内容过多（读到工作表“S3”时已超过 200000 个单元格），不是本办下发的填报表", refused(f),
        "70,000 cells a sheet, the third sheet passes 200,000");
  }

  /** A StAX parser holds a whole attribute value in memory: one of 60 MB exhausted a 256 MB heap. */
  @Test
  void aHugeAttributeIsRefusedBeforeTheParserHoldsIt() throws Exception {
    String sheet = ZipFixtures.sheet("<row r=\"1\"><c r=\"A1\" s=\"" + noise(2 << 20, "0123456789") + "\"><v>1</v></c></row>");
    Path f = ZipFixtures.write(dir.resolve("attr.xlsx"), ZipFixtures.basic(sheet, ZipFixtures.strings()));
    assertEquals("文件结构异常（xl/worksheets/sheet1.xml 中有一个标记长度超过 1024 KB），可能是恶意构造的文件，已拒收", refused(f));
  }

  @Test
  void aQuotedGreaterThanSignDoesNotEndATag() throws Exception {
    String sheet = ZipFixtures.sheet("<row r=\"1\"><c r=\"A1\" s=\"" + noise(2 << 20, "0123456789>") + "\"><v>1</v></c></row>");
    Path f = ZipFixtures.write(dir.resolve("gt.xlsx"), ZipFixtures.basic(sheet, ZipFixtures.strings()));
    assertEquals("文件结构异常（xl/worksheets/sheet1.xml 中有一个标记长度超过 1024 KB），可能是恶意构造的文件，已拒收", refused(f));
  }

  /** An .xls written by POI's HSSF with what {@code fill} puts in. */
  private static Path xls(Path f, java.util.function.Consumer<org.apache.poi.hssf.usermodel.HSSFWorkbook> fill)
      throws java.io.IOException {
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      fill.accept(wb);
      wb.write(out);
    }
    return f;
  }

  /** Random characters from {@code alphabet}: they do not compress past the zip-bomb ratio. */
  private static String noise(int length, String alphabet) {
    java.util.Random random = new java.util.Random(6);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void aHugeTextInOneCellIsRefused() throws Exception {
    String rows = HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "长".repeat(150_000) + "</t></is></c></row>";
    Path f = ZipFixtures.write(dir.resolve("text.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(rows), ZipFixtures.strings()));
    assertEquals("文件内容过多（一个单元格的文字超过 100000 字），不是本办下发的填报表", refused(f));
    Path sst = ZipFixtures.write(dir.resolve("sst-text.xlsx"),
        ZipFixtures.basic(ZipFixtures.sheet(HEADER_ROW), ZipFixtures.strings("长".repeat(150_000))));
    assertEquals("文件内容过多（一个单元格的文字超过 100000 字），不是本办下发的填报表", refused(sst));
  }

  /** POI's usermodel costs ten times an .xls in heap: the cells are counted from its records first. */
  @Test
  void anXlsWithTooManyCellsIsRefusedBeforeItsUsermodelIsBuilt() throws Exception {
    Path f = xls(dir.resolve("大表.xls"), wb -> {
      var sh = wb.createSheet("数据");
      for (int r = 0; r < 5_001; r++) {
        var row = sh.createRow(r);
        for (int c = 0; c < 20; c++) {
          row.createCell(c).setCellValue(r + c);
        }
      }
    });
    assertEquals("文件内容过多（读到工作表“数据”时已超过 100000 个单元格），不是本办下发的填报表", refused(f));
  }

  @Test
  void tooManyZipEntries() throws Exception {
    Map<String, String> parts = ZipFixtures.basic(ZipFixtures.sheet(HEADER_ROW), ZipFixtures.strings());
    for (int i = 0; i < 2100; i++) {
      parts.put("junk/" + i + ".xml", "<x/>");
    }
    Path f = ZipFixtures.write(dir.resolve("entries.xlsx"), parts);
    assertEquals("文件解压后异常巨大，疑似压缩炸弹，已拒收：压缩包内有 2106 个条目，超过上限 2000", refused(f));
  }

  @Test
  void xlsRenamedToXlsxIsReadByWhatItIs() throws Exception {
    Path f = xls(dir.resolve("旧格式.xlsx"), wb -> {
      var sh = wb.createSheet("重点任务");
      var h = sh.createRow(0);
      h.createCell(0).setCellValue("编号");
      h.createCell(1).setCellValue("累计完成值");
      h.createCell(2).setCellValue("完成状态");
      var d = sh.createRow(1);
      d.createCell(0).setCellValue("二.(一).1");
      d.createCell(1).setCellValue(9);
    });
    RawReturn r = ReturnReader.read(f);
    assertEquals("二.(一).1", r.rows().get(0).itemId());
    assertEquals(9.0, r.rows().get(0).input(org.duban.model.Field.ACTUAL).number());
  }

  @Test
  void hugeDimensionIsNotAllocated() throws Exception {
    String sheet = "<?xml version=\"1.0\"?><worksheet " + ZipFixtures.NS + "><dimension ref=\"A1:XFD1048576\"/><sheetData>"
        + HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>二.(一).1</t></is></c><c r=\"B2\"><v>12</v></c></row>"
        + "</sheetData></worksheet>";
    Path f = ZipFixtures.write(dir.resolve("dim.xlsx"), ZipFixtures.basic(sheet, ZipFixtures.strings()));
    RawReturn r = ReturnReader.read(f);
    assertEquals(1, r.rows().size());
    assertEquals(12.0, r.rows().get(0).input(org.duban.model.Field.ACTUAL).number());
  }

  @Test
  void aCellFarDownTheSheetCostsOneCellNotTwoBillionRows() throws Exception {
    // Before issue 9 the reader walked every row number up to the last one present.
    String rows = HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>二.(一).1</t></is></c><c r=\"B2\"><v>12</v></c></row>"
        + "<row r=\"2000000000\"><c r=\"B2000000000\"><v>1</v></c></row>";
    Path f = ZipFixtures.write(dir.resolve("far.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(rows), ZipFixtures.strings()));
    RawReturn r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> ReturnReader.read(f));
    assertEquals("二.(一).1", r.rows().get(0).itemId());
  }

  @Test
  void sharedStringOutOfRangeIsReported() throws Exception {
    String rows = HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>7</v></c></row>";
    Path f = ZipFixtures.write(dir.resolve("sst.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(rows), ZipFixtures.strings("二.(一).1")));
    RawReturn r = ReturnReader.read(f);
    Problem p = r.readNotes().stream().filter(Problem::isError).findFirst().orElseThrow();
    assertEquals("重点任务", p.where().sheet());
    assertEquals("C2", p.where().cell());
    assertEquals("单元格引用了不存在的共享字符串（第 7 条，文件只有 1 条），内容已损坏", p.message());
    assertEquals("二.(一).1", r.rows().get(0).itemId());
  }

  @Test
  void formulasGiveCachedValuesMalformedNumbersAreText() throws Exception {
    String rows = HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>二.(一).1</t></is></c>"
        + "<c r=\"B2\"><f>[1]Sheet1!A1*2</f><v>24</v></c><c r=\"C2\" t=\"str\"><f>\"滞\"&amp;\"后\"</f><v>滞后</v></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>二.(一).2</t></is></c><c r=\"B3\"><v>1,200</v></c></row>"
        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>三.(二).1</t></is></c><c r=\"B4\"><f>SUM(B2:B3)</f></c></row>";
    Path f = ZipFixtures.write(dir.resolve("formula.xlsx"), ZipFixtures.basic(ZipFixtures.sheet(rows), ZipFixtures.strings()));
    RawReturn r = ReturnReader.read(f);
    RawRow row = r.rows().get(0);
    RawCell actual = row.input(org.duban.model.Field.ACTUAL);
    assertTrue(actual.formula(), "B2 is a formula");
    assertEquals(24.0, actual.number());
    assertEquals("滞后", row.input(org.duban.model.Field.STATUS).text());
    assertTrue(row.input(org.duban.model.Field.STATUS).formula());
    RawCell bad = r.rows().get(1).input(org.duban.model.Field.ACTUAL);
    assertEquals(RawCell.Type.TEXT, bad.type());
    assertEquals("1,200", bad.text());
    assertTrue(r.readNotes().stream().anyMatch(p -> p.where().cell().equals("B3")), r.readNotes().toString());
    RawCell uncalculated = r.rows().get(2).input(org.duban.model.Field.ACTUAL);
    assertTrue(uncalculated.formula() && uncalculated.isBlank(), "B4: a formula saved without its result");
  }

  @Test
  void xlsxRenamedToXlsIsReadByWhatItIs() throws Exception {
    Path good = dir.resolve("good.xlsx");
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, LocalDate.of(2025, 10, 10),
        Optional.empty(), good);
    Path renamed = Files.copy(good, dir.resolve("改名.xls"));
    RawReturn r = ReturnReader.read(renamed);
    assertEquals("市科技局", r.identity().unit());
    assertEquals("改名.xls", r.fileName());
  }

  @Test
  void inputIsNeverModified() throws Exception {
    Path good = dir.resolve("keep.xlsx");
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), SamplePlans.KJJ, null, Optional.empty(), good);
    Files.setLastModifiedTime(good, FileTime.fromMillis(1_600_000_000_000L));
    byte[] before = Files.readAllBytes(good);
    ReturnReader.read(good);
    assertArrayEquals(before, Files.readAllBytes(good));
    assertEquals(1_600_000_000_000L, Files.getLastModifiedTime(good).toMillis());
  }
}

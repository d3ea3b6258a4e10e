package org.duban.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** .docx test inputs built with XWPF, so each test shows what its document holds. */
final class DocxFixtures {
  private DocxFixtures() {}

  /**
   * A title, a breakdown table whose header spans two columns and whose indicator cell is merged
   * down over two rows, a table with a table nested in a cell, and a closing paragraph.
   */
  static void mergedTable(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("临湘市创新提升行动实施方案");
      XWPFTable t = doc.createTable(3, 3);
      XWPFTableRow head = t.getRow(0);
      set(head.getCell(0), "指标");
      set(head.getCell(1), "责任单位及目标");
      head.removeCell(2);
      pr(head.getCell(1)).addNewGridSpan().setVal(BigInteger.TWO);
      set(t.getRow(1).getCell(0), "新增规模工业企业");
      pr(t.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
      set(t.getRow(1).getCell(1), "临湘高新区");
      set(t.getRow(1).getCell(2), "10家");
      pr(t.getRow(2).getCell(0)).addNewVMerge(); // no val: continues the merge above
      set(t.getRow(2).getCell(1), "各镇(街道)");
      set(t.getRow(2).getCell(2), "5家");

      XWPFTable outer = doc.createTable(1, 2);
      set(outer.getRow(0).getCell(0), "外层");
      XWPFTableCell holder = outer.getRow(0).getCell(1);
      set(holder, "内含表格");
      CTTc tc = holder.getCTTc();
      CTTbl inner = tc.addNewTbl();
      CTRow r = inner.addNewTr();
      r.addNewTc().addNewP().addNewR().addNewT().setStringValue("内层甲");
      r.addNewTc().addNewP().addNewR().addNewT().setStringValue("内层乙");
      tc.addNewP(); // a cell must end with a paragraph, also after a nested table

      doc.createParagraph().createRun().setText("二、重点任务");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }

  /**
   * A task table whose section heading is one cell merged across the whole row, and a cell merged
   * across two columns in the middle of a row.
   */
  static void taskTableWithMergedRows(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("南山区2024年重点任务分解表");
      XWPFTable t = doc.createTable(4, 4);
      String[] head = {"序号", "重点任务", "牵头单位", "配合单位"};
      for (int c = 0; c < 4; c++) {
        set(t.getRow(0).getCell(c), head[c]);
      }
      XWPFTableRow section = t.getRow(1);
      set(section.getCell(0), "一、扩大有效投资");
      section.removeCell(3);
      section.removeCell(2);
      section.removeCell(1);
      pr(section.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(4));
      String[] row = {"1", "推进滨江片区开发,全年完成投资12亿元。", "区发改局", "区财政局"};
      for (int c = 0; c < 4; c++) {
        set(t.getRow(2).getCell(c), row[c]);
      }
      XWPFTableRow wide = t.getRow(3);
      set(wide.getCell(0), "2");
      set(wide.getCell(1), "开工建设城北污水处理厂。");
      set(wide.getCell(2), "区住建局、区水利局共同牵头");
      wide.removeCell(3);
      pr(wide.getCell(2)).addNewGridSpan().setVal(BigInteger.TWO);
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }

  /** Headings and items numbered by Word's automatic lists, not by typed text. */
  static void numbered(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ZERO);
      level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
      level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
      level(abs, 2, STNumberFormat.DECIMAL, "%3.");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
      BigInteger numId = numbering.addNum(absId);
      doc.createParagraph().createRun().setText("实施方案");
      item(doc, numId, 0, "总体要求");
      item(doc, numId, 1, "工作目标");
      item(doc, numId, 2, "高新技术企业突破1200家。");
      item(doc, numId, 2, "研发投入增长9%以上。");
      item(doc, numId, 1, "基本原则");
      item(doc, numId, 2, "坚持创新引领。");
      item(doc, numId, 0, "重点任务");
      item(doc, numId, 1, "赋能技术攻关");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }

  /** Headings numbered through their paragraph style ("标题 1" carries the list), as Word does. */
  static void styleNumbered(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ONE);
      level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
      level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
      abs.getLvlArray(1).addNewPStyle().setVal("Heading2");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(headingStyle("Heading1", numId, 0)));
      styles.addStyle(new XWPFStyle(headingStyle("Heading2", numId, -1)));
      styled(doc, "Heading1", "总体要求");
      styled(doc, "Heading2", "工作目标");
      styled(doc, "Heading2", "基本原则");
      styled(doc, "Heading1", "重点任务");
      doc.createParagraph().createRun().setText("正文段落。");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }

  /** A paragraph style with numbering; {@code ilvl} -1 leaves the level to the list's pStyle. */
  private static CTStyle headingStyle(String id, BigInteger numId, int ilvl) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(id);
    CTNumPr np = ct.addNewPPr().addNewNumPr();
    np.addNewNumId().setVal(numId);
    if (ilvl >= 0) {
      np.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
    }
    return ct;
  }

  private static void styled(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }

  private static void level(CTAbstractNum abs, int i, STNumberFormat.Enum fmt, String text) {
    CTLvl l = abs.addNewLvl();
    l.setIlvl(BigInteger.valueOf(i));
    l.addNewStart().setVal(BigInteger.ONE);
    l.addNewNumFmt().setVal(fmt);
    l.addNewLvlText().setVal(text);
  }

  private static void item(XWPFDocument doc, BigInteger numId, int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(level));
    p.createRun().setText(text);
  }

  /** A small .docx encrypted with a password, as Word saves it (an OLE2 container). */
  static void encrypted(Path file, String password) throws IOException, GeneralSecurityException {
    Path plain = file.resolveSibling("plain-" + file.getFileName());
    mergedTable(plain);
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
  }

  private static void set(XWPFTableCell cell, String text) {
    cell.getParagraphs().get(0).createRun().setText(text);
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    CTTc tc = cell.getCTTc();
    return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
  }
}

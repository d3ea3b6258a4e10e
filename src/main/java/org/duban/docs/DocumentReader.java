package org.duban.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.SourceLine;
import org.duban.xlsx.SafeZip;
import org.duban.xlsx.ZipLimits;

/**
 * Reads a plan document (.txt in UTF-8 or GB18030, .docx, .doc) into lines of text, each with its
 * file name and line number. The format is judged by the file's content, not its name; the file is
 * only ever read (POI works on a copy of the bytes in memory, so it cannot write back).
 */
public final class DocumentReader {
  /** Larger than any plan; a bigger file is a wrong pick, and reading it would waste memory. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The end of a fix that starts with what to open it in. */
  static final String THEN_SAVE_AS = "另存为 .docx 或 .txt 后再导入";

  static final String SAVE_AS = "请" + THEN_SAVE_AS;

  private DocumentReader() {}

  /**
   * The lines of the document, in order.
   *
   * @throws DubanException naming the file when it is missing, empty, encrypted, damaged, or in a
   *     format that is not read (PDF, image, RTF, binary)
   */
  public static List<SourceLine> read(Path file) throws DubanException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Location where = Location.ofFile(name);
    byte[] bytes = readBytes(file, where);
    String ext = extension(name);
    FileKind kind = FileKind.sniff(bytes, bytes.length);
    switch (kind) {
      case ZIP:
        return docx(file, bytes, name, where);
      case OLE2:
        return ole2(bytes, name, where);
      case PDF:
        throw DubanException.of(where, "这是 PDF 文件，不能直接读取其中的文字", SAVE_AS);
      case IMAGE:
        throw DubanException.of(where, "这是图片文件，不能直接读取其中的文字", "请找到方案原文，或先识别文字（OCR）后" + THEN_SAVE_AS);
      case RTF:
        throw DubanException.of(where, "这是 RTF 格式的文件，不能直接读取", SAVE_AS);
      default:
        break;
    }
    if (ext.equals("docx") || ext.equals("doc")) {
      throw DubanException.of(
          where,
          "文件扩展名是 ." + ext + "，但内容不是有效的 Word 文档（不是 zip 或 Word 97-2003 格式），可能已损坏或被改了扩展名",
          "请用 Word 或 WPS 打开后" + THEN_SAVE_AS);
    }
    Optional<TextDecoder.Decoded> utf16 = TextDecoder.utf16WithoutBom(bytes);
    if (utf16.isEmpty() && TextDecoder.looksBinary(bytes)) {
      throw DubanException.of(where, "无法识别的文件格式：既不是文本，也不是 Word 文档", SAVE_AS);
    }
    String text = utf16.orElseGet(() -> TextDecoder.decode(bytes)).text();
    return TextLines.of(Garbled.check(text, where), name);
  }

  private static byte[] readBytes(Path file, Location where) throws DubanException {
    if (!Files.exists(file)) {
      throw DubanException.of(where, "找不到文件", "请检查文件路径和文件名是否正确");
    }
    if (Files.isDirectory(file)) {
      throw DubanException.of(where, "这是一个文件夹，不是方案文件", "请指定文件夹中的方案文件（.docx、.doc 或 .txt）");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw DubanException.of(where, "文件是空的（0 字节）", "请确认选对了方案文件，或重新保存后再导入");
      }
      if (size > MAX_BYTES) {
        throw DubanException.of(
            where, "文件过大（" + size / (1024 * 1024) + " MB），不像是方案文件", "请确认选对了方案文件");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw DubanException.of(where, "无法读取文件：" + reason(e), "请确认文件没有被其他程序独占打开，并有读取权限");
    }
  }

  private static List<SourceLine> docx(Path file, byte[] bytes, String name, Location where)
      throws DubanException {
    Set<String> parts;
    try {
      // POI holds the whole document in memory: a bomb or a DTD is stopped before it gets there.
      parts = SafeZip.check(file, ZipLimits.OFFICE_FILES);
    } catch (SafeZip.LimitException e) {
      throw DubanException.of(where, "文件解压后异常巨大（" + e.getMessage() + "），疑似压缩炸弹，未读取",
          "请确认选对了方案文件；如是方案原件，请用 Word 或 WPS 打开后" + THEN_SAVE_AS);
    } catch (SafeZip.DoctypeException e) {
      throw DubanException.of(where, "文件内部含有 DTD/实体声明（" + e.getMessage() + "，可能是恶意构造的文件），未读取",
          "请用 Word 或 WPS 打开后" + THEN_SAVE_AS);
    } catch (IOException e) {
      throw damagedDocx(where);
    }
    if (!parts.contains("word/document.xml")) {
      if (parts.contains("xl/workbook.xml")) {
        throw DubanException.of(where, "这是 Excel 工作簿，不是 Word 文档（扩展名被改过）",
            "如果这是任务分解表或任务台账，请把扩展名改回 .xlsx 后再导入");
      }
      throw DubanException.of(where, "这是一个 zip 压缩文件，但不是 Word 文档（其中没有正文 word/document.xml）",
          "请解压后找到方案原文，或用 Word 或 WPS 打开方案后" + THEN_SAVE_AS);
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return DocxLines.of(doc, name);
    } catch (OutOfMemoryError e) {
      throw DubanException.of(where, "文件内容过多，读取时内存不足", "请确认选对了方案文件");
    } catch (IOException | RuntimeException e) {
      throw damagedDocx(where);
    }
  }

  private static DubanException damagedDocx(Location where) {
    return DubanException.of(where, "不是可读取的 Word 文档（.docx），文件可能不完整或已损坏",
        "请用 Word 或 WPS 打开后" + THEN_SAVE_AS);
  }

  private static List<SourceLine> ole2(byte[] bytes, String name, Location where)
      throws DubanException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      // An encrypted .docx is an OLE2 container holding EncryptionInfo and the encrypted package.
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        throw encrypted(where);
      }
      if (!fs.getRoot().hasEntry("WordDocument")) {
        throw DubanException.of(
            where, "这是 Office 97-2003 格式的文件，但不是 Word 文档（可能是 .xls 或 .ppt）", SAVE_AS);
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        return DocLines.of(doc, name);
      }
    } catch (EncryptedDocumentException e) {
      throw encrypted(where);
    } catch (IOException | RuntimeException e) {
      throw DubanException.of(
          where, "Word 97-2003 文档（.doc）已损坏或无法读取", "请用 Word 或 WPS 打开后" + THEN_SAVE_AS);
    }
  }

  private static DubanException encrypted(Location where) {
    return DubanException.of(where, "文件设置了打开密码，无法读取", "请在 Word 或 WPS 中取消密码后另存为 .docx 再导入");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.length() > 120 ? m.substring(0, 120) + "…" : m;
  }
}

package org.duban.fillin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.RawReturn;

/**
 * Reads a returned workbook, streaming and hardened: the real format is sniffed from the first
 * bytes (not the extension), xlsx/xlsm are read part by part with bounded unzipping and a StAX
 * parser without DTD support, .xls with HSSF from a stream. The file is only ever read.
 *
 * <p>Files it refuses, each with one error naming the file (tests pin every message):
 * <ul>
 *   <li>0 bytes: 文件是空的（0 字节），不是填报表
 *   <li>truncated or damaged zip/OLE2: 文件不完整或已损坏，无法作为 Excel 文件打开（可能下载或传输中断）
 *   <li>password-protected (OLE2 with EncryptionInfo/EncryptedPackage, or RC4 .xls): 文件已加密（设置了打开密码），无法读取
 *   <li>CSV/TXT or HTML under a workbook's name: 文件实际是文本（CSV/TXT）/网页（HTML）文件，不是 Excel 工作簿（扩展名被改过）
 *   <li>Word/PowerPoint under a workbook's name: 文件不是 Excel 工作簿（是 Word 文档被改了扩展名）
 *   <li>a PDF or a photo under a workbook's name: 文件不是 Excel 工作簿（是 PDF 文件…/是图片…）
 *   <li>zip bomb (entries, bytes per entry, total bytes, ratio): 文件解压后异常巨大，疑似压缩炸弹，已拒收：…
 *   <li>DTD or entity declarations (XXE, billion laughs): 文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收
 *   <li>a tag longer than 1 MB (a parser would hold a huge attribute whole): 文件结构异常（…），可能是恶意构造的文件，已拒收
 *   <li>more than 200 sheets, 200,000 cells in all sheets together (100,000 in an .xls, counted
 *       from its records before POI builds a usermodel), a cell of more than 100,000 characters
 *       or 10 million in all, or 50 MB: …不是本办下发的填报表
 * </ul>
 * These bounds keep two files read at once inside a 256 MB heap.
 * Read but reported in {@link RawReturn#readNotes()}: a shared-string index out of range (error
 * at the cell), a number cell that is not a number (warning), the hidden sheet come back merely
 * hidden (note), made visible (warning), missing with the properties still there (note), or
 * disagreeing with the properties (warning). An xlsx renamed .xls (or the reverse) is read as
 * what it is. Formulas give their cached value with {@code formula=true}; external links are
 * never followed. A sheet's claimed dimension is ignored.
 */
public final class ReturnReader {
  /** The fill-in format version this reader understands. */
  public static final String FORMAT_VERSION = FormFormat.VERSION;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private ReturnReader() {}

  /**
   * @throws DubanException with one error naming the file and the reason when the file cannot be
   *     read at all (encrypted, truncated, not a workbook, a zip bomb, ...)
   */
  public static RawReturn read(Path file) throws DubanException {
    return read(file, file.getFileName().toString());
  }

  /**
   * @param name the file's name as the user knows it, used in every location and message (e.g.
   *     {@code 县区/市科技局.xlsx} for a file in a subfolder of the inbox)
   */
  public static RawReturn read(Path file, String name) throws DubanException {
    try {
      return new ReturnAssembler(load(file, name), name).assemble();
    } catch (Unreadable e) {
      throw DubanException.of(Location.ofFile(name), e.getMessage(), e.fix);
    } catch (java.nio.file.FileSystemException e) {
      throw DubanException.of(Location.ofFile(name), "文件无法读取（可能已被移走、正被其他程序独占，或没有读取权限）",
          "请确认文件还在、没有被其他程序占用后重新运行");
    } catch (IOException e) {
      // Past the file system, what fails is the content: a zip stream that ends early or does not inflate.
      Unreadable t = Unreadable.truncated();
      throw DubanException.of(Location.ofFile(name), t.getMessage(), t.fix);
    } catch (RuntimeException e) {
      // One odd file is a result, not a crash: whatever a library throws becomes this file's error.
      throw DubanException.of(Location.ofFile(name), UNEXPECTED, "请在 Excel 或 WPS 中打开后重新保存，再报送");
    }
  }

  /**
   * What workbook a file really is, whatever its name: {@code .xlsx}, {@code .xlsm} or
   * {@code .xls}; empty when it is none (a PDF, a Word document, a real CSV, a damaged file).
   * For files in an inbox under another extension: an .xlsx renamed .csv is still a return.
   */
  public static java.util.Optional<String> workbookKind(Path file) {
    try {
      byte[] head = new byte[OLE2.length];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      if (startsWith(head, n, ZIP)) {
        try (org.duban.xlsx.SafeZip zip = org.duban.xlsx.SafeZip.open(file, ReadLimits.ZIP)) {
          String workbook = OoxmlParts.rels(zip, "_rels/.rels", "")
              .getOrDefault("type:officeDocument", "xl/workbook.xml");
          if (!zip.has(workbook) || !workbook.toLowerCase(java.util.Locale.ROOT).startsWith("xl/")) {
            return java.util.Optional.empty();
          }
          String dir = workbook.substring(0, workbook.lastIndexOf('/') + 1);
          return java.util.Optional.of(zip.has(dir + "vbaProject.bin") ? ".xlsm" : ".xlsx");
        }
      }
      if (startsWith(head, n, OLE2)) {
        // Read-only: POI must not write back to a file it only looks into.
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
            new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
          var root = fs.getRoot();
          boolean book = root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book");
          return book ? java.util.Optional.of(".xls") : java.util.Optional.empty();
        }
      }
    } catch (IOException | javax.xml.stream.XMLStreamException | Unreadable | RuntimeException e) {
      // Whatever it is, it cannot be read as a workbook.
    }
    return java.util.Optional.empty();
  }

  /** The last resort for a file the reader failed on in a way it does not know; the fuzzer hunts it. */
  static final String UNEXPECTED = "文件内容异常，无法读取";

  private static WorkbookData load(Path file, String name) throws IOException, Unreadable {
    long size = Files.size(file);
    if (size == 0) {
      throw Unreadable.empty();
    }
    if (size > ReadLimits.MAX_FILE_BYTES) {
      throw Unreadable.tooBig(size);
    }
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, n, ZIP)) {
      return OoxmlSource.read(file, name);
    }
    if (startsWith(head, n, OLE2)) {
      return XlsSource.read(file, name);
    }
    if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
      throw Unreadable.truncated();
    }
    if (startsWith(head, n, PDF)) {
      throw Unreadable.notWorkbook("是 PDF 文件，可能是扫描件或打印件");
    }
    if (startsWith(head, n, PNG) || startsWith(head, n, JPEG)) {
      throw Unreadable.notWorkbook("是图片，可能是表格的照片或截图");
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3).stripLeading();
    }
    boolean html = text.startsWith("<") && (text.contains("<html") || text.contains("<!doctype html") || text.contains("<table"));
    if (html) {
      throw Unreadable.text(true);
    }
    if (looksLikeText(head, n)) {
      throw Unreadable.text(false);
    }
    throw Unreadable.notWorkbook("无法识别的文件格式");
  }

  private static boolean startsWith(byte[] b, int n, byte[] magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** No NUL and few control bytes: text in any ASCII-compatible encoding (UTF-8, GB18030). */
  private static boolean looksLikeText(byte[] b, int n) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return false;
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20)) {
        control++;
      }
    }
    return control * 20 < Math.max(1, n);
  }
}

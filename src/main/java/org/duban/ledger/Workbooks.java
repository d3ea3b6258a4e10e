package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.xlsx.SafeZip;
import org.duban.xlsx.ZipLimits;

/**
 * Opens a workbook for reading only, turning every way it can fail into a message for the clerk.
 */
final class Workbooks {
  private Workbooks() {}

  /**
   * Opens .xlsx or .xls read-only: POI opens the package with PackageAccess.READ, so closing it can
   * never write back into the clerk's file.
   */
  static Workbook open(Path file) throws DubanException {
    Location where = Location.ofFile(fileName(file));
    if (!Files.isRegularFile(file)) {
      throw DubanException.of(where, "找不到文件", "请检查文件路径和文件名是否正确");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw DubanException.of(where, "文件是空的（0 字节）", "请确认选对了文件，或在 Excel/WPS 中重新保存");
      }
      if (size > MAX_BYTES) {
        throw DubanException.of(where, "文件过大（" + (size >> 20) + " MB），不像是任务台账或任务分解表",
            "请确认选对了文件");
      }
      if (isZip(file)) {
        // POI holds the whole workbook in memory: a bomb must be stopped before it gets there.
        SafeZip.check(file, ZipLimits.OFFICE_FILES);
      }
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (EncryptedDocumentException e) {
      throw DubanException.of(where, "工作簿设置了打开密码，无法读取", "请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入");
    } catch (SafeZip.LimitException e) {
      throw DubanException.of(where, "工作簿解压后异常巨大（" + e.getMessage() + "），疑似压缩炸弹或已损坏，未读取",
          "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入");
    } catch (SafeZip.DoctypeException e) {
      throw DubanException.of(where, "工作簿内部含有 DTD/实体声明（" + e.getMessage() + "，可能是恶意构造的文件），未读取",
          "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入");
    } catch (OutOfMemoryError e) {
      throw DubanException.of(where, "工作簿内容过多，读取时内存不足", "请确认选对了文件；台账确实很大时，请拆分后再导入");
    } catch (IOException | RuntimeException e) {
      throw DubanException.of(
          where, "不是可读取的 Excel 工作簿，文件可能已损坏或被改了扩展名", "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入");
    }
  }

  /** Larger than any ledger or task table. */
  static final long MAX_BYTES = 64L << 20;

  private static boolean isZip(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}

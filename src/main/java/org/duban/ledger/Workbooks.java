package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.duban.model.DubanException;
import org.duban.model.Location;

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
      if (Files.size(file) == 0) {
        throw DubanException.of(where, "文件是空的（0 字节）", "请确认选对了文件，或在 Excel/WPS 中重新保存");
      }
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (EncryptedDocumentException e) {
      throw DubanException.of(where, "工作簿设置了打开密码，无法读取", "请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入");
    } catch (IOException | RuntimeException e) {
      throw DubanException.of(
          where, "不是可读取的 Excel 工作簿，文件可能已损坏或被改了扩展名", "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入");
    }
  }

  static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}

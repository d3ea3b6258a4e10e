package org.duban.fillin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.xlsx.SafeZip;
import org.duban.xlsx.ZipLimits;

/**
 * Finds a master layout: the file given, else the project's bundled copy (packaged from the
 * top-level {@code templates/} folder), else the built-in default. Bytes are read once and kept,
 * since every unit's workbook starts from the same master.
 */
final class Masters {
  /** Where the build puts the top-level templates/ folder inside the jar. */
  static final String RESOURCE_DIR = "org/duban/templates/";

  private static final ConcurrentHashMap<String, byte[]> BUNDLED = new ConcurrentHashMap<>();

  private Masters() {}

  /** The master's bytes: {@code file} when it exists, else the bundled {@code name}. */
  static byte[] bytes(Path file, String name) throws IOException {
    if (file != null && Files.isRegularFile(file)) {
      return Files.readAllBytes(file);
    }
    return bundled(name);
  }

  /**
   * Opens a user's master layout to check it, refusing zip bombs, DTDs and files that are no
   * workbook with a message naming it; the caller closes the workbook.
   */
  static XSSFWorkbook open(Path master, Location where) throws DubanException {
    String fix = "请用 Excel 或 WPS 重新保存为 .xlsx，或删除该模板以使用默认模板";
    try {
      SafeZip.check(master, ZipLimits.OFFICE_FILES);
      XSSFWorkbook wb;
      try (InputStream in = Files.newInputStream(master)) {
        wb = new XSSFWorkbook(in);
      }
      if (hasInlinePlaceholder(wb)) {
        // The writers fill placeholders through the shared strings only; Excel, WPS and
        // LibreOffice always save those, other tools (openpyxl) may write strings inline.
        wb.close();
        throw DubanException.of(where, "模板中的占位符（如 ${单位}）以内联字符串保存，无法填写",
            "请用 Excel 或 WPS 打开该模板并重新保存，再生成填报表");
      }
      return wb;
    } catch (SafeZip.LimitException e) {
      throw DubanException.of(where, "模板文件解压后异常巨大（" + e.getMessage() + "），疑似压缩炸弹，未使用", fix);
    } catch (SafeZip.DoctypeException e) {
      throw DubanException.of(where, "模板文件内部含有 DTD/实体声明（" + e.getMessage() + "），未使用", fix);
    } catch (IOException | RuntimeException e) {
      throw DubanException.of(where, "模板文件无法打开，不是可读取的 .xlsx 工作簿", fix);
    }
  }

  private static boolean hasInlinePlaceholder(XSSFWorkbook wb) {
    for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
      for (org.apache.poi.ss.usermodel.Row row : sh) {
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell();
          if (ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR
              && c.getStringCellValue().contains("${")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static byte[] bundled(String name) {
    return BUNDLED.computeIfAbsent(name, n -> {
      try (InputStream in = Masters.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + n)) {
        if (in != null) {
          return in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n.equals(MasterLayouts.DISTRIBUTION)) {
          MasterLayouts.writeDistribution(out);
        } else {
          MasterLayouts.writeFillIn(out);
        }
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}

package org.duban.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a workspace holds besides its inputs, by meaning: 收件情况, 汇总表 and each 问题清单 as the
 * list of their cells (so a file that does not open, or opens with other cells, differs), text
 * files as their text, anything else (copies, forms, the ledger, whose bytes are stable) by its
 * SHA-256. Two runs are compared through this, never by the bytes of workbooks that carry times.
 */
final class Outputs {
  private Outputs() {}

  /** Every file under the workspace except the inboxes and the lock file, by relative path. */
  static Map<String, String> of(Path ws) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(ws)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String rel = ws.relativize(p).toString().replace('\\', '/');
        if (rel.matches("rounds/[^/]+/inbox/.*") || rel.equals(".duban.lock")) {
          continue;
        }
        out.put(rel, content(ws, rel));
      }
    }
    return out;
  }

  /** The workbooks collect and report write, whose bytes carry times: compared by their cells. */
  private static final java.util.regex.Pattern BY_CELLS =
      java.util.regex.Pattern.compile("rounds/[^/]+/(收件情况\\.xlsx|汇总表\\.xlsx|问题清单/[^/]+\\.xlsx)");

  /** A file's content: cells for the round's reports, text for text, else a hash of the bytes. */
  static String content(Path ws, String rel) throws IOException {
    Path p = ws.resolve(rel);
    String name = p.getFileName().toString();
    if (BY_CELLS.matcher(rel).matches()) {
      return cells(p);
    }
    if (name.endsWith(".tsv") || name.endsWith(".txt")) {
      return Files.readString(p, StandardCharsets.UTF_8);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A workbook as "sheet!A1 TYPE value" lines, or why it does not open. */
  static String cells(Path p) {
    // A long repeated text compresses past POI's bomb guard; Excel has none, nor has this check.
    double ratio = ZipSecureFile.getMinInflateRatio();
    ZipSecureFile.setMinInflateRatio(0);
    StringBuilder b = new StringBuilder();
    try (InputStream in = Files.newInputStream(p); Workbook wb = new XSSFWorkbook(in)) {
      for (Sheet s : wb) {
        b.append("# ").append(s.getSheetName()).append('\n');
        for (Row r : s) {
          for (Cell c : r) {
            b.append(c.getAddress()).append(' ').append(c.getCellType()).append(' ').append(c).append('\n');
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return "DOES NOT OPEN: " + e;
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
    }
    return b.toString();
  }
}

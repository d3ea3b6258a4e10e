package org.duban.fillin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.FormulaText;
import org.duban.xlsx.StableZip;

/**
 * Writes 分发清单.xlsx from its master: one row per workbook, with the unit's contact, the file
 * name and its counts, so the clerk can send and chase each file.
 */
public final class DistributionWriter {
  /** One line of the list; values by placeholder name (单位, 联系人, 文件名, 牵头任务数, ...). */
  public record Line(Map<String, Object> values) {
    public Line {
      values = Map.copyOf(values);
    }
  }

  private DistributionWriter() {}

  /**
   * Checks a user's distribution-list master before a run writes anything; a missing file is fine
   * (the bundled master is used).
   *
   * @throws DubanException naming the master when it cannot be opened
   */
  public static void checkMaster(Path master) throws DubanException {
    if (master == null || !Files.isRegularFile(master)) {
      return;
    }
    try {
      Masters.open(master, Location.ofFile("templates/" + master.getFileName())).close();
    } catch (IOException e) {
      // closing a workbook read from a stream writes nothing; it opened, which is all we asked
    }
  }

  /**
   * @param scalars 方案名称, 轮次 and the like, for placeholders outside the repeated row
   * @param master a distribution-list master, or null for the bundled one
   */
  public static void write(List<Line> lines, Map<String, String> scalars, Path master, Path out) throws IOException {
    byte[] bytes = Masters.bytes(master, MasterLayouts.DISTRIBUTION);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sh = wb.getSheetAt(0);
      int rep = -1;
      for (Row r : sh) {
        for (Cell c : r) {
          if (c.getCellType() != CellType.STRING) {
            continue;
          }
          String t = c.getStringCellValue();
          if (t.contains("${单位}") || t.contains("${文件名}")) {
            rep = r.getRowNum();
          } else if (t.contains("${")) {
            c.setCellValue(replace(t, scalars));
          }
        }
        if (rep >= 0) {
          break;
        }
      }
      if (rep >= 0) {
        Row master0 = sh.getRow(rep);
        List<String> names = new ArrayList<>();
        List<CellStyle> styles = new ArrayList<>();
        for (int c = 0; c < master0.getLastCellNum(); c++) {
          Cell cell = master0.getCell(c);
          String t = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
          Matcher m = SheetFiller.PLACEHOLDER.matcher(t.strip());
          names.add(m.matches() ? m.group(1) : null);
          styles.add(cell == null ? null : cell.getCellStyle());
        }
        Map<CellStyle, CellStyle> quoted = new java.util.IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
          Row row = i == 0 ? master0 : sh.createRow(rep + i);
          for (int c = 0; c < names.size(); c++) {
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            if (styles.get(c) != null) {
              cell.setCellStyle(styles.get(c));
            }
            Object v = names.get(c) == null ? null : lines.get(i).values().get(names.get(c));
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v != null) {
              cell.setCellValue(v.toString());
              if (FormulaText.looksLikeFormula(v.toString())) {
                // a phone typed as +86 0734… in the ledger must stay text when edited
                cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle(), st -> FormulaText.quotedTwin(wb, st)));
              }
            } else {
              cell.setBlank();
            }
          }
        }
        if (lines.isEmpty()) {
          master0.forEach(Cell::setBlank);
        }
        sh.createFreezePane(0, rep);
        sh.setRepeatingRows(new CellRangeAddress(0, rep - 1, -1, -1));
      }
      sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sh.getPrintSetup().setLandscape(true);
      sh.getPrintSetup().setFitWidth((short) 1);
      sh.getPrintSetup().setFitHeight((short) 0);
      sh.setFitToPage(true);
      AtomicFiles.write(out, o -> StableZip.write(wb::write, o));
    }
  }

  private static String replace(String text, Map<String, String> values) {
    Matcher m = SheetFiller.PLACEHOLDER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(b);
    return b.toString();
  }
}

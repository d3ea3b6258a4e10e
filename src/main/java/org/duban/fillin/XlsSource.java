package org.duban.fillin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.duban.model.RawCell;

/**
 * Reads a legacy .xls (or an OLE2 container that turns out to be an encrypted xlsx) with POI's
 * HSSF from a stream, so the file is never opened for writing. Returns are small, so the
 * usermodel is affordable here.
 */
final class XlsSource {
  private XlsSource() {}

  static WorkbookData read(Path file, String fileName) throws Unreadable, IOException {
    POIFSFileSystem fs;
    try (InputStream in = Files.newInputStream(file)) {
      fs = new POIFSFileSystem(in);
    } catch (IOException | RuntimeException e) {
      throw Unreadable.truncated();
    }
    try (fs) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw Unreadable.encrypted();
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        if (root.hasEntry("WordDocument")) {
          throw Unreadable.notWorkbook("是 Word 文档被改了扩展名");
        }
        throw Unreadable.notWorkbook("旧版 Office 文件中没有工作簿");
      }
      WorkbookData data = new WorkbookData();
      data.macroEnabled = root.hasEntry("_VBA_PROJECT_CUR");
      // Read before the workbook: HSSFWorkbook(root, false) lets go of the directory, after
      // which getDocumentSummaryInformation() finds nothing and the identity kept in the
      // properties (a form whose hidden sheet is gone) would be lost.
      customProperties(root, data);
      XlsCount.check(root);
      ReadBudget budget = new ReadBudget(ReadLimits.MAX_XLS_CELLS);
      try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
        if (wb.getNumberOfSheets() > ReadLimits.MAX_SHEETS) {
          throw Unreadable.tooManySheets(wb.getNumberOfSheets());
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          SheetVisibility v = wb.getSheetVisibility(i);
          SheetData.State state = v == SheetVisibility.VERY_HIDDEN ? SheetData.State.VERY_HIDDEN
              : v == SheetVisibility.HIDDEN ? SheetData.State.HIDDEN : SheetData.State.VISIBLE;
          SheetData sheet = new SheetData(wb.getSheetName(i), state);
          read(wb.getSheetAt(i), sheet, budget);
          data.sheets.add(sheet);
        }
      } catch (EncryptedDocumentException e) {
        throw Unreadable.encrypted();
      } catch (RuntimeException e) {
        // POI's record parser fails in many ways on a damaged file; the unit needs only this.
        throw Unreadable.damaged("旧版 .xls 文件内部结构异常");
      }
      return data;
    }
  }

  private static void customProperties(DirectoryNode root, WorkbookData data) {
    if (!root.hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
      return;
    }
    try (InputStream in = root.createDocumentInputStream(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
      if (PropertySetFactory.create(in) instanceof DocumentSummaryInformation dsi) {
        CustomProperties custom = dsi.getCustomProperties();
        if (custom != null) {
          for (Map.Entry<String, Object> e : custom.entrySet()) {
            data.customProperties.put(e.getKey(), String.valueOf(e.getValue()));
          }
        }
      }
    } catch (IOException | RuntimeException | org.apache.poi.hpsf.NoPropertySetStreamException e) {
      // Damaged properties only lose this fallback; the hidden sheet or the headers still work.
    }
  }

  private static void read(Sheet sh, SheetData out, ReadBudget budget) throws Unreadable {
    for (Row row : sh) {
      for (Cell c : row) {
        RawCell cell = cell(c);
        budget.cell(out.name);
        budget.text(cell.text().length(), cell.text().length());
        out.put(c.getRowIndex(), c.getColumnIndex(), cell);
      }
    }
  }

  private static RawCell cell(Cell c) {
    String a1 = c.getAddress().formatAsString();
    boolean formula = c.getCellType() == CellType.FORMULA;
    CellType t = formula ? c.getCachedFormulaResultType() : c.getCellType();
    switch (t) {
      case NUMERIC -> {
        double d = c.getNumericCellValue();
        if (!Double.isFinite(d)) {
          // only a damaged file holds NaN or infinity; the validator says the text is no number
          return new RawCell(a1, RawCell.Type.TEXT, RawCell.plain(d), Double.NaN, formula, false);
        }
        boolean date;
        boolean percent;
        try {
          date = DateUtil.isCellDateFormatted(c);
          percent = !date && FormatKind.of(c.getCellStyle().getDataFormat(),
              c.getCellStyle().getDataFormatString()) == FormatKind.PERCENT;
        } catch (RuntimeException e) {
          date = false; // a malformed format string must not stop the read
          percent = false;
        }
        return new RawCell(a1, RawCell.Type.NUMBER, RawCell.plain(d), d, formula, date, percent);
      }
      case STRING -> {
        String s = c.getRichStringCellValue().getString();
        return new RawCell(a1, s.isEmpty() && !formula ? RawCell.Type.BLANK : RawCell.Type.TEXT, s, Double.NaN, formula, false);
      }
      case BOOLEAN -> {
        return new RawCell(a1, RawCell.Type.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE", Double.NaN, formula, false);
      }
      case ERROR -> {
        return new RawCell(a1, RawCell.Type.ERROR, "#ERROR", Double.NaN, formula, false);
      }
      default -> {
        return new RawCell(a1, RawCell.Type.BLANK, "", Double.NaN, formula, false);
      }
    }
  }
}

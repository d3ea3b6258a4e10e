package org.duban.ledger;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the ledger, created once per workbook (Excel caps styles at 64000). */
final class LedgerStyles {
  /** Renders Chinese in Excel, WPS and LibreOffice alike, also on machines without newer fonts. */
  static final String FONT = "宋体";

  final CellStyle header;
  final CellStyle text;
  final CellStyle date;
  final CellStyle number;

  LedgerStyles(Workbook wb) {
    // The workbook's default font is what empty cells and new rows get when the clerk types.
    Font base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 11);

    Font bold = wb.createFont();
    bold.setFontName(FONT);
    bold.setFontHeightInPoints((short) 11);
    bold.setBold(true);

    header = bordered(wb.createCellStyle());
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);

    text = bordered(wb.createCellStyle());
    text.setFont(base);
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);

    date = bordered(wb.createCellStyle());
    date.setFont(base);
    date.setVerticalAlignment(VerticalAlignment.TOP);
    date.setAlignment(HorizontalAlignment.LEFT);
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

    number = bordered(wb.createCellStyle());
    number.setFont(base);
    number.setVerticalAlignment(VerticalAlignment.TOP);
    number.setDataFormat(wb.createDataFormat().getFormat("General"));
  }

  private static CellStyle bordered(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }
}

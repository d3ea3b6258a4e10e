package org.duban.fillin;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.xlsx.FormulaText;

/**
 * Derives the styles the writer needs from the master's own cell styles, so a user's fonts,
 * borders and colours carry over: only locking, the greyed "not applicable" fill and the grey
 * font of prefilled values are imposed. Each derived style is created once per workbook.
 */
final class StyleVariants {
  enum Variant {
    /** Locked, whatever the master said: nothing outside input cells may be edited. */
    LOCKED,
    /** Unlocked input cell. */
    INPUT,
    /** An input column that does not apply to this row: locked and grey. */
    NOT_APPLICABLE,
    /** An input cell prefilled with last round's value: unlocked, grey italic font. */
    PREFILLED,
    /** As PREFILLED, for a text that looks like a formula: with the quote prefix. */
    PREFILLED_TEXT;

    /** The variant for an input cell holding last round's {@code value}, or none. */
    static Variant input(Object value) {
      if (value == null) {
        return INPUT;
      }
      return value instanceof String t && FormulaText.looksLikeFormula(t) ? PREFILLED_TEXT : PREFILLED;
    }
  }

  private static final byte[] GREY_FILL = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  private final XSSFWorkbook wb;
  private final Map<String, XSSFCellStyle> cache = new HashMap<>();
  private XSSFFont prefillFont;

  StyleVariants(XSSFWorkbook wb) {
    this.wb = wb;
  }

  CellStyle get(CellStyle base, Variant v) {
    XSSFCellStyle src = (XSSFCellStyle) base;
    boolean wantLocked = v == Variant.LOCKED || v == Variant.NOT_APPLICABLE;
    if (v == Variant.LOCKED && src.getLocked() || v == Variant.INPUT && !src.getLocked()) {
      return src;
    }
    String key = src.getIndex() + ":" + v;
    XSSFCellStyle s = cache.get(key);
    if (s == null) {
      s = wb.createCellStyle();
      s.cloneStyleFrom(src);
      s.setLocked(wantLocked);
      if (v == Variant.NOT_APPLICABLE) {
        s.setFillForegroundColor(new XSSFColor(GREY_FILL));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      } else if (v == Variant.PREFILLED || v == Variant.PREFILLED_TEXT) {
        s.setFont(prefillFont(src.getFont()));
        s.setQuotePrefixed(v == Variant.PREFILLED_TEXT);
      }
      cache.put(key, s);
    }
    return s;
  }

  private XSSFFont prefillFont(XSSFFont like) {
    if (prefillFont == null) {
      prefillFont = wb.createFont();
      prefillFont.setFontName(like.getFontName());
      prefillFont.setFontHeight(like.getFontHeight());
      prefillFont.setItalic(true);
      prefillFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }
    return prefillFont;
  }
}

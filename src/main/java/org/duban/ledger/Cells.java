package org.duban.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads cell values the way a clerk typed them in Excel or WPS: text, numbers, real dates or dates
 * typed as text, formulas by their cached value (never recalculated).
 */
final class Cells {
  private static final Pattern DATE_TEXT =
      Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

  private Cells() {}

  /** The text the cell shows, stripped; empty for a blank or missing cell. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString().strip();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)
            && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return plain(BigDecimal.valueOf(cell.getNumericCellValue()));
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default:
        return "";
    }
  }

  /** A number cell, or text that reads as a number ("1,200", "１２００"); empty when blank. */
  static Optional<BigDecimal> decimal(Cell cell) throws NumberFormatException {
    if (cell == null) {
      return Optional.empty();
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return Optional.of(canonical(BigDecimal.valueOf(cell.getNumericCellValue())));
    }
    String t = Normalizer.normalize(text(cell), Normalizer.Form.NFKC).replace(",", "").strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(canonical(new BigDecimal(t)));
  }

  /**
   * A real date cell, or text such as 2025-01-01, 2025/1/1, 2025.1.1 or 2025年1月1日.
   *
   * @throws DateTimeParseException when the cell holds something else
   */
  static Optional<LocalDate> date(Cell cell) {
    if (cell == null) {
      return Optional.empty();
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return Optional.of(numericDate(cell));
    }
    String t = Normalizer.normalize(text(cell), Normalizer.Form.NFKC).strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE_TEXT.matcher(t);
    if (!m.matches()) {
      throw new DateTimeParseException("not a date", t, 0);
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      throw new DateTimeParseException("no such day", t, 0);
    }
  }

  private static LocalDate numericDate(Cell cell) {
    double v = cell.getNumericCellValue();
    String shown = plain(BigDecimal.valueOf(v));
    if (v == Math.rint(v) && v >= 19000101 && v <= 29991231) {
      // 20250101 typed as a number: read the digits, not day 20,250,101 after 1900.
      String d = Long.toString((long) v);
      try {
        return LocalDate.of(
            Integer.parseInt(d.substring(0, 4)),
            Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6, 8)));
      } catch (java.time.DateTimeException e) {
        throw new DateTimeParseException("no such day", shown, 0);
      }
    }
    // A real date, or a date typed into a General cell, which holds the serial number. A plan
    // runs in this era: a bare year such as 2025 would be a day in 1905 and is refused.
    if (DateUtil.isValidExcelDate(v)) {
      LocalDate d = DateUtil.getLocalDateTime(v).toLocalDate();
      if (d.getYear() >= 1990 && d.getYear() <= 2100) {
        return d;
      }
    }
    throw new DateTimeParseException("not a date", shown, 0);
  }

  /**
   * The one form a number takes in the model, whichever way it arrived: no trailing zeros and no
   * exponent, the form {@link org.duban.model.Target#notation()} writes (1200, 1.8, 0.5).
   */
  static BigDecimal canonical(BigDecimal v) {
    return new BigDecimal(v.stripTrailingZeros().toPlainString());
  }

  static String plain(BigDecimal v) {
    return canonical(v).toPlainString();
  }
}

package org.duban.model;

/**
 * A cell as a return file holds it, before any validation.
 *
 * @param ref A1 reference
 * @param type what the file says the cell is
 * @param text the text shown (for a number, its plain digits; for a formula, the cached value)
 * @param number the numeric value for NUMBER cells, else NaN
 * @param formula true when the cell held a formula (only its cached value is used)
 * @param dateStyled true when a number carries a date format (Excel stores dates as numbers)
 * @param percentStyled true when a number carries a percent format: Excel stores a typed "100%"
 *     as 1, so the number shown is 100 times the one stored
 */
public record RawCell(String ref, Type type, String text, double number, boolean formula, boolean dateStyled,
    boolean percentStyled) {
  /** Cell kinds as stored in the file. */
  public enum Type {
    BLANK,
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR
  }

  public RawCell {
    ref = ref == null ? "" : ref;
    if (dateStyled && percentStyled) {
      throw new IllegalArgumentException("a cell is styled as a date or as a percentage, not both: " + ref);
    }
    type = type == null ? Type.BLANK : type;
    text = text == null ? "" : text;
  }

  /** A cell without a percent format. */
  public RawCell(String ref, Type type, String text, double number, boolean formula, boolean dateStyled) {
    this(ref, type, text, number, formula, dateStyled, false);
  }

  public static RawCell text(String ref, String text) {
    return new RawCell(ref, Type.TEXT, text, Double.NaN, false, false);
  }

  public static RawCell number(String ref, double value) {
    return new RawCell(ref, Type.NUMBER, plain(value), value, false, false);
  }

  public static RawCell blank(String ref) {
    return new RawCell(ref, Type.BLANK, "", Double.NaN, false, false);
  }

  /** The same cell under another reference, e.g. qualified with its sheet ({@code 重点任务!E2}). */
  public RawCell withRef(String newRef) {
    return new RawCell(newRef, type, text, number, formula, dateStyled, percentStyled);
  }

  public boolean isBlank() {
    return type == Type.BLANK || (type == Type.TEXT && text.isBlank());
  }

  /** 1200.0 -> "1200", 0.5 -> "0.5", without exponent notation. */
  public static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}

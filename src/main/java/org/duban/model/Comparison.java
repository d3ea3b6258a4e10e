package org.duban.model;

/** How a target's value binds: at least (突破, 以上, 不少于), at most (以内, 不超过), about (左右). */
public enum Comparison {
  AT_LEAST("≥"),
  AT_MOST("≤"),
  ABOUT("≈"),
  EQUAL("=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Reads the symbol written in the ledger's 比较 column; blank means at least. */
  public static Comparison fromSymbol(String s) {
    if (s == null || s.isBlank()) {
      return AT_LEAST;
    }
    String t = s.strip();
    for (Comparison c : values()) {
      if (c.symbol.equals(t) || c.name().equalsIgnoreCase(t)) {
        return c;
      }
    }
    switch (t) {
      case ">=":
      case "不低于":
      case "以上":
        return AT_LEAST;
      case "<=":
      case "不超过":
      case "以内":
        return AT_MOST;
      case "~":
      case "约":
      case "左右":
        return ABOUT;
      default:
        throw new IllegalArgumentException("比较 must be one of ≥ ≤ ≈ =, found: " + s);
    }
  }
}

package org.duban.ledger;

import java.text.Normalizer;

/** Header and label text as compared: a clerk's "（完成时限）" or "完成 时限" still finds 完成时限. */
final class Headers {
  private Headers() {}

  /**
   * Full-width forms folded to half width (NFKC), spaces and line breaks removed, a leading
   * required-field star dropped, brackets unified.
   */
  static String normalize(String header) {
    if (header == null) {
      return "";
    }
    String t = Normalizer.normalize(header, Normalizer.Form.NFKC);
    t = t.replaceAll("[\\s\\u00a0\\u3000]+", "");
    while (t.startsWith("*") || t.startsWith("★")) {
      t = t.substring(1);
    }
    return t;
  }

  /** True when the two headers read the same after {@link #normalize}. */
  static boolean same(String a, String b) {
    return normalize(a).equals(normalize(b));
  }
}

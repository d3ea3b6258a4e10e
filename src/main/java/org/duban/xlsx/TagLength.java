package org.duban.xlsx;

/**
 * Watches the bytes of an XML part for a tag longer than a bound, attribute values included
 * (quotes respected, so a {@code >} inside a value does not end the tag). Text between tags
 * is not limited here: parsers hand it over in pieces.
 */
final class TagLength {
  private final int max;
  private boolean inTag;
  private byte quote;
  private int length;

  TagLength(int max) {
    this.max = max;
  }

  /** False once a tag has grown past the bound. */
  boolean accept(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (!accept(b[i])) {
        return false;
      }
    }
    return true;
  }

  boolean accept(byte b) {
    if (!inTag) {
      if (b == '<') {
        inTag = true;
        length = 0;
      }
      return true;
    }
    if (quote != 0) {
      if (b == quote) {
        quote = 0;
      }
    } else if (b == '"' || b == '\'') {
      quote = b;
    } else if (b == '>') {
      inTag = false;
      return true;
    }
    return ++length <= max;
  }
}

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
    // One tight loop with the state in locals: this runs over every byte of every part read.
    boolean in = inTag;
    byte q = quote;
    int n = length;
    int end = off + len;
    for (int i = off; i < end; i++) {
      byte c = b[i];
      if (!in) {
        if (c == '<') {
          in = true;
          n = 0;
        }
        continue;
      }
      if (q != 0) {
        if (c == q) {
          q = 0;
        }
      } else if (c == '"' || c == '\'') {
        q = c;
      } else if (c == '>') {
        in = false;
        continue;
      }
      if (++n > max) {
        inTag = in;
        quote = q;
        length = n;
        return false;
      }
    }
    inTag = in;
    quote = q;
    length = n;
    return true;
  }

  /** The same for one byte (parsers read in blocks; this is the rare single-byte read). */
  boolean accept(byte b) {
    return accept(new byte[] {b}, 0, 1);
  }
}

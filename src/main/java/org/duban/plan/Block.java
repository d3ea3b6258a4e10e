package org.duban.plan;

/**
 * A stretch of the document that starts with a numbering marker (or a plain paragraph, marker
 * null), in both the document's script and the normalised form.
 *
 * @param marker the numbering it starts with, or null
 * @param rawMarker the marker as written (after OCR repair): （一）
 * @param orig text after the marker, as written
 * @param norm the same text normalised
 * @param line the line it starts on
 * @param offset where its text starts in the stream
 */
record Block(Marker marker, String rawMarker, String orig, String norm, int line, int offset) {
  /** A heading: short, one phrase, no sentences inside it. */
  boolean looksLikeHeading() {
    String t = norm.strip();
    if (t.endsWith("。")) {
      t = t.substring(0, t.length() - 1);
    }
    return !t.isEmpty() && t.length() <= 40 && !t.matches(".*[。;,:：!?].*") && !t.endsWith(")");
  }
}

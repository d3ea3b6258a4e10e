package org.duban.docs;

import java.util.ArrayList;
import java.util.List;
import org.duban.model.Location;
import org.duban.model.SourceLine;

/** Splits decoded text into numbered lines (CRLF, LF or CR). */
final class TextLines {
  private TextLines() {}

  static List<SourceLine> of(String text, String name) {
    List<SourceLine> lines = new ArrayList<>();
    String[] parts = text.split("\r\n|\n|\r", -1);
    int n = parts.length;
    if (n > 0 && parts[n - 1].isEmpty()) {
      n--; // the newline that ends the last line does not start another
    }
    for (int i = 0; i < n; i++) {
      lines.add(new SourceLine(parts[i], Location.ofLine(name, i + 1)));
    }
    return lines;
  }
}

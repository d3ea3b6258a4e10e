package org.duban.docs;

import java.nio.file.Path;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.SourceLine;

/** txt/docx/doc to lines of text. STUB: replaced by the docs work. */
public final class DocumentReader {
  private DocumentReader() {}

  public static List<SourceLine> read(Path file) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

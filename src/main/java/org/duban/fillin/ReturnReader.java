package org.duban.fillin;

import java.nio.file.Path;
import org.duban.model.DubanException;
import org.duban.model.RawReturn;

/** Reads a returned workbook, streaming, hardened. STUB: replaced by the fill-in work. */
public final class ReturnReader {
  private ReturnReader() {}

  /**
   * @throws DubanException with one error naming the file and the reason when the file cannot be
   *     read at all (encrypted, truncated, not a workbook, a zip bomb, ...)
   */
  public static RawReturn read(Path file) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

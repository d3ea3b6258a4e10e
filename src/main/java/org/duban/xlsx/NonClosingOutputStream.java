package org.duban.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through but only flushes on close: a zip stream closed inside a writer must not
 * close the caller's stream, which {@link AtomicFiles} still has to finish and move.
 */
public final class NonClosingOutputStream extends FilterOutputStream {
  public NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  // FilterOutputStream writes byte by byte; pass whole blocks through.
  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}

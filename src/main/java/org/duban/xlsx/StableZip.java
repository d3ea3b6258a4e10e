package org.duban.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a freshly written workbook with fixed zip entry times: POI stamps every entry with
 * the current time, which would make the same inputs give different bytes on every run.
 */
public final class StableZip {
  /** 2020-01-01T00:00:00Z, any fixed instant after the DOS epoch does. */
  private static final long FIXED_TIME = 1577836800000L;

  private StableZip() {}

  /** Writes what {@code content} produces to {@code out}, entry times fixed. */
  public static void write(AtomicFiles.Content content, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(32 * 1024);
    content.writeTo(raw);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zout = new ZipOutputStream(new NonClosingOutputStream(out))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        zout.putNextEntry(copy);
        in.transferTo(zout);
        zout.closeEntry();
      }
    }
  }
}

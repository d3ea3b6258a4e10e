package org.duban.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.duban.intake.Validation;
import org.duban.model.UnitReturn;

/**
 * The values of accepted returns, parked in a temporary file of the round's state folder while
 * collect reads the other files, so that memory does not grow with the number of returns (2,000
 * returns with their progress texts are over 100 MB as objects, more than collect's heap can
 * spare). A parked return stays in memory with its unit, filer and findings but no values; its
 * values are kept as the merged data's own lines, which saving the round copies as they are.
 */
final class ReturnSpool implements Closeable {
  private static final String PREFIX = ".values.";
  private static final String SUFFIX = ".tmp";

  private final Path path;
  // Not a FileChannel: a reader thread interrupted for taking too long would close a channel
  // for every thread; RandomAccessFile's reads and writes are not interruptible.
  private final RandomAccessFile file;
  private final Map<UnitReturn, long[]> parked = new IdentityHashMap<>();
  private long end;

  private ReturnSpool(Path path, RandomAccessFile file) {
    this.path = path;
    this.file = file;
  }

  /** A new spool in {@code dir}; spools a crashed run left there are removed first. */
  static ReturnSpool in(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
      for (Path p : old) {
        Files.deleteIfExists(p); // the workspace is locked: no other run is using it
      }
    }
    Path p = Files.createTempFile(dir, PREFIX, SUFFIX);
    return new ReturnSpool(p, new RandomAccessFile(p.toFile(), "rw"));
  }

  /**
   * The read with its return's values parked; the read itself when it has none or the spool
   * cannot be written (the values then simply stay in memory).
   */
  CollectMerge.Read park(CollectMerge.Read r) {
    Validation v = r.validation();
    UnitReturn u = v.unitReturn();
    if (u == null || u.values().isEmpty()) {
      return r;
    }
    StringWriter lines = new StringWriter();
    try {
      MergedTsv.writeValues(u, lines);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    UnitReturn slim = new UnitReturn(u.unit(), u.round(), u.fileName(), u.filer(), List.of(), u.problems());
    synchronized (this) {
      try {
        file.seek(end);
        file.write(bytes);
      } catch (IOException e) {
        return r;
      }
      parked.put(slim, new long[] {end, bytes.length});
      end += bytes.length;
    }
    return new CollectMerge.Read(r.file(),
        new Validation(v.fileName(), v.unit(), v.verdict(), slim, v.problems()), r.fileTime());
  }

  /** True when {@code r} is a parked return (its values are here, not in it). */
  synchronized boolean has(UnitReturn r) {
    return parked.containsKey(r);
  }

  /** Writes the value lines parked for {@code r}, UTF-8, as the merged data holds them. */
  synchronized void copyValues(UnitReturn r, OutputStream out) throws IOException {
    long[] at = parked.get(r);
    byte[] bytes = new byte[(int) at[1]];
    file.seek(at[0]);
    file.readFully(bytes);
    out.write(bytes);
  }

  @Override
  public void close() throws IOException {
    try {
      file.close();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}

package org.duban.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader, or a crash, only ever sees the old file or the whole new one:
 * the content goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
  /** Writes the content of one file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically, creating its folder when needed.
   *
   * @throws IOException a {@link FileSystemException} naming the file or folder that could not
   *     be written (a failing stream says only "File too large" or "No space left on device")
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Same folder, so the move is a rename on the same file system; the leading dot and the
    // .tmp ending keep it out of inbox scans and away from office lock-file patterns.
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TMP);
    } catch (IOException e) {
      throw named(target, e);
    }
    try {
      shareable(tmp);
      // Buffered: a ZipOutputStream writes each header field separately, and unbuffered that is
      // one system call per field (thousands per workbook, most of the cost of writing a form).
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      move(tmp, target);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw named(target, e);
    } catch (RuntimeException | Error e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static final String TMP = ".tmp";

  /** A temporary file of {@link #write}: ".汇总表.xlsx.8234723493.tmp". */
  private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern.compile("\\..+\\.[0-9]+\\.tmp");

  /**
   * Deletes the temporary files that a run killed in the middle of a write left in {@code dir}
   * (a missing folder is fine). Only while holding the workspace lock: then no other duban is
   * writing there.
   *
   * @return how many were deleted
   */
  public static int sweep(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int n = 0;
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + TMP)) {
      for (Path p : files) {
        if (TEMP.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
          Files.deleteIfExists(p);
          n++;
        }
      }
    }
    return n;
  }

  /** The failure as a {@link FileSystemException} that names the file. */
  private static IOException named(Path target, IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return e;
    }
    FileSystemException n = new FileSystemException(target.toString(), null, e.getMessage());
    n.initCause(e);
    return n;
  }

  /** Copies {@code source} to {@code target} atomically; the source is only read. */
  public static void copy(Path source, Path target) throws IOException {
    write(target, out -> Files.copy(source, out));
  }

  /** Writes text as UTF-8 atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Temp files are created owner-only; outputs are documents meant to be shared (rw-r--r--). */
  private static void shareable(Path tmp) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the default ACL already fits
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package org.duban.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip opened read-only with limits: entry count, bytes per entry, total bytes and compression
 * ratio are checked while inflating, never trusted from the headers (a bomb lies in them).
 */
public final class SafeZip implements Closeable {
  /** Thrown when a limit is passed; the message says which. */
  public static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean size;

    LimitException(String message) {
      this(message, true);
    }

    LimitException(String message, boolean size) {
      super(message);
      this.size = size;
    }

    /** True when the limit passed was one of size (a zip bomb), false for a malformed part. */
    public boolean size() {
      return size;
    }
  }

  /** Thrown when a part declares a DTD: no genuine Office part does, a hostile one (XXE) might. */
  public static final class DoctypeException extends IOException {
    private static final long serialVersionUID = 1L;

    DoctypeException(String part) {
      super(part);
    }
  }

  /** How far into a part a DTD is looked for: it can only follow the XML declaration. */
  private static final int PROLOG = 4096;

  private final ZipFile zip;
  private final ZipLimits limits;
  private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
  private long total;

  private SafeZip(ZipFile zip, ZipLimits limits) {
    this.zip = zip;
    this.limits = limits;
  }

  /**
   * Opens the file's central directory; a truncated or damaged zip fails here with a
   * {@link ZipException}, too many entries with a {@link LimitException}.
   */
  public static SafeZip open(Path file, ZipLimits limits) throws IOException {
    ZipFile z = new ZipFile(file.toFile());
    SafeZip s = new SafeZip(z, limits);
    try {
      if (z.size() > limits.maxEntries()) {
        throw new LimitException("压缩包内有 " + z.size() + " 个条目，超过上限 " + limits.maxEntries());
      }
      Enumeration<? extends ZipEntry> e = z.entries();
      while (e.hasMoreElements()) {
        ZipEntry entry = e.nextElement();
        // Part names are case-insensitive in OPC; a leading slash is tolerated by some writers.
        String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
        s.entries.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), entry);
      }
    } catch (IOException | RuntimeException ex) {
      z.close();
      throw ex;
    }
    return s;
  }

  /**
   * Inflates every entry once under the limits and looks for DTDs, so that a package is known to
   * be harmless before it goes to a library that trusts it (POI builds whole trees in memory).
   *
   * @return the entry names (lower case)
   * @throws java.util.zip.ZipException when the zip is damaged
   * @throws LimitException past a limit
   * @throws DoctypeException when an XML part declares a DTD
   */
  public static java.util.Set<String> check(Path file, ZipLimits limits) throws IOException {
    try (SafeZip zip = open(file, limits)) {
      byte[] buf = new byte[64 * 1024];
      for (String name : zip.names()) {
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        try (InputStream in = zip.stream(name)) {
          byte[] head = in.readNBytes(xml ? PROLOG : 0);
          if (xml && declaresDtd(head)) {
            throw new DoctypeException(name);
          }
          while (in.read(buf) >= 0) {
            // counting only: the stream throws past a limit
          }
        }
      }
      return java.util.Set.copyOf(zip.names());
    }
  }

  private static boolean declaresDtd(byte[] head) {
    String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT);
    return s.contains("<!DOCTYPE") || s.contains("<!ENTITY");
  }

  public boolean has(String name) {
    return entries.containsKey(norm(name));
  }

  /** All entry names (lower case). */
  public java.util.Set<String> names() {
    return entries.keySet();
  }

  /** A stream over one entry that stops with a {@link LimitException} past a limit. */
  public InputStream stream(String name) throws IOException {
    ZipEntry e = entries.get(norm(name));
    if (e == null) {
      throw new java.io.FileNotFoundException(name);
    }
    String lower = norm(name);
    boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    // A part no longer than the tag bound cannot hold a longer tag: skip the byte scan, and hold
    // the part to its declared size instead (a part that inflates past it is refused as damaged).
    boolean small = e.getSize() >= 0 && e.getSize() <= limits.maxTagBytes();
    TagLength tags = xml && !small ? new TagLength(limits.maxTagBytes()) : null;
    return new Bounded(zip.getInputStream(e), e.getCompressedSize(), small ? e.getSize() : -1, name, tags);
  }

  /**
   * The entry's CRC-32 and uncompressed size as one key, or -1 when absent: lets a reader reuse
   * what it made of identical parts (the styles of forms generated from one template). Only a
   * deliberately forged file could pair another part with the same CRC and size, and all it
   * would get is the template's number formats.
   */
  public long fingerprint(String name) {
    ZipEntry e = entries.get(norm(name));
    if (e == null || e.getCrc() < 0 || e.getSize() < 0) {
      return -1;
    }
    return (e.getSize() << 32) ^ e.getCrc();
  }

  /** One entry's bytes, bounded. */
  public byte[] bytes(String name) throws IOException {
    try (InputStream in = stream(name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static String norm(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    return n.toLowerCase(java.util.Locale.ROOT);
  }

  private final class Bounded extends InputStream {
    private final InputStream in;
    private final long compressed;
    private final String name;
    private final TagLength tags;
    private long read;

    /** The size the zip declares, held to when the tag scan is skipped; -1 for no check. */
    private final long declared;

    Bounded(InputStream in, long compressed, long declared, String name, TagLength tags) {
      this.in = in;
      this.compressed = compressed;
      this.declared = declared;
      this.name = name;
      this.tags = tags;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
        if (tags != null && !tags.accept((byte) b)) {
          throw tagTooLong();
        }
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        count(n);
        if (tags != null && !tags.accept(buf, off, n)) {
          throw tagTooLong();
        }
      }
      return n;
    }

    private LimitException tagTooLong() {
      return new LimitException(name + " 中有一个标记长度超过 " + (limits.maxTagBytes() >> 10) + " KB", false);
    }

    private void count(int n) throws IOException {
      read += n;
      total += n;
      if (declared >= 0 && read > declared) {
        throw new java.util.zip.ZipException(name + " 解压后比声明的大小长，文件已损坏");
      }
      if (read > limits.maxEntryBytes()) {
        throw new LimitException(name + " 解压后超过 " + (limits.maxEntryBytes() >> 20) + " MB");
      }
      if (total > limits.maxTotalBytes()) {
        throw new LimitException("解压后总大小超过 " + (limits.maxTotalBytes() >> 20) + " MB");
      }
      if (read > (1 << 20) && compressed > 0 && read / compressed > limits.maxRatio()) {
        throw new LimitException(name + " 的压缩比超过 " + limits.maxRatio() + " 倍");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

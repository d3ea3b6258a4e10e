package org.duban.fillin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a master layout: the file given, else the project's bundled copy (packaged from the
 * top-level {@code templates/} folder), else the built-in default. Bytes are read once and kept,
 * since every unit's workbook starts from the same master.
 */
final class Masters {
  /** Where the build puts the top-level templates/ folder inside the jar. */
  static final String RESOURCE_DIR = "org/duban/templates/";

  private static final ConcurrentHashMap<String, byte[]> BUNDLED = new ConcurrentHashMap<>();

  private Masters() {}

  /** The master's bytes: {@code file} when it exists, else the bundled {@code name}. */
  static byte[] bytes(Path file, String name) throws IOException {
    if (file != null && Files.isRegularFile(file)) {
      return Files.readAllBytes(file);
    }
    return bundled(name);
  }

  static byte[] bundled(String name) {
    return BUNDLED.computeIfAbsent(name, n -> {
      try (InputStream in = Masters.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + n)) {
        if (in != null) {
          return in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n.equals(MasterLayouts.DISTRIBUTION)) {
          MasterLayouts.writeDistribution(out);
        } else {
          MasterLayouts.writeFillIn(out);
        }
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}

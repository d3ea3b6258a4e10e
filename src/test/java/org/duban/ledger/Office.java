package org.duban.ledger;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds LibreOffice for the real-client tests: {@code soffice} on the PATH, unless told to skip.
 */
public final class Office {
  private Office() {}

  /** The soffice executable, or empty when absent or {@code -Dduban.office=skip}. */
  public static Optional<Path> soffice() {
    if ("skip".equals(System.getProperty("duban.office"))) {
      return Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "soffice");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

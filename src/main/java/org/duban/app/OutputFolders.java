package org.duban.app;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duban.xlsx.AtomicFiles;

/**
 * Checks, before a command writes anything, that its output folders can be folders and its
 * output files can be files, and clears what a killed run left there. Runs under the workspace
 * lock, so the temporary files it deletes are no other run's.
 */
final class OutputFolders {
  private OutputFolders() {}

  /** {@code dir} is a folder or can become one (not made yet); leftovers in it are deleted. */
  static void prepare(Path dir) throws IOException {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new FileAlreadyExistsException(p.toString());
      }
    }
    AtomicFiles.sweep(dir);
  }

  /** {@code file} can be written as a file: no folder of that name stands there. */
  static void requireFile(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new DirectoryNotEmptyException(file.toString());
    }
  }
}

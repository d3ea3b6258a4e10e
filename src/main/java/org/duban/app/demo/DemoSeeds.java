package org.duban.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The plan documents the demo runs on: the five bundled seeds, or every document in a folder. */
final class DemoSeeds {
  /** The seed plans packaged in the jar (see the project's seeds/README.md). */
  static final List<String> BUNDLED = List.of(
      "000_b24d0ce0b46200df.txt",
      "001_156efd065d96fdef.txt",
      "002_8195aa68cbda74f4.txt",
      "003_89217e3b1f27940f.txt",
      "004_0e85125c4322f1fb.txt");

  private DemoSeeds() {}

  /** Copies the bundled seeds into {@code dir} (read-only inputs of the demo) and lists them. */
  static List<Path> unpack(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (String name : BUNDLED) {
      Path target = dir.resolve(name);
      try (InputStream in = DemoSeeds.class.getResourceAsStream("/org/duban/seeds/" + name)) {
        if (in == null) {
          throw new IOException("duban 的程序包中缺少种子方案 " + name + "，请重新构建（mvn package）");
        }
        org.duban.xlsx.AtomicFiles.write(target, out2 -> in.transferTo(out2));
      }
      out.add(target);
    }
    return out;
  }

  /** The plan documents (.txt .docx .doc) in a folder, sorted by name. */
  static List<Path> inFolder(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(txt|docx|doc)$"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.txt"))
          .sorted()
          .toList();
    }
  }
}

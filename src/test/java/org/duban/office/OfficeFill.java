package org.duban.office;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Fills a workbook the way a unit would, through a real LibreOffice driven by
 * {@code samples/tools/office_fill.py} over UNO, so tests can read back a return that an office
 * suite (not POI) has written.
 */
public final class OfficeFill {
  /** The Debian package python3-uno only serves the system interpreter. */
  static final Path PYTHON = Path.of("/usr/bin/python3");

  static final String SCRIPT = "samples/tools/office_fill.py";
  static final String INSTALL_HINT = "install it with: apt-get install libreoffice-calc python3-uno";
  /** The script kills soffice itself after this; the Java side waits a little longer. */
  private static final int SCRIPT_TIMEOUT_SECONDS = 120;

  private static final long WAIT_SECONDS = SCRIPT_TIMEOUT_SECONDS + 30;
  private static String unavailable;

  private OfficeFill() {}

  /** Whether /usr/bin/python3 can import uno, soffice is on the PATH and the script is found. */
  public static boolean available() {
    return unavailableReason() == null;
  }

  /** Why {@link #fill} cannot run here, or null when it can. */
  public static synchronized String unavailableReason() {
    if (unavailable == null) {
      unavailable = probe();
    }
    return unavailable.isEmpty() ? null : unavailable;
  }

  /**
   * Fills {@code template} with {@code itemValues} (item id -> column header -> value) and the
   * {@code filer} fields (填报人, 联系电话, 填报日期, 审核人) and stores the result to {@code out}.
   *
   * @param format "xlsx" or "xls"
   * @throws IOException with the script's message when an id, header or label is not found, or
   *     LibreOffice fails or times out
   */
  public static void fill(
      Path template,
      Path out,
      Map<String, Map<String, Object>> itemValues,
      Map<String, Object> filer,
      String format)
      throws IOException {
    if (!"xlsx".equals(format) && !"xls".equals(format)) {
      throw new IllegalArgumentException("format must be xlsx or xls, not " + format);
    }
    String reason = unavailableReason();
    if (reason != null) {
      throw new IOException(reason);
    }
    Path values = Files.createTempFile("duban-office-values", ".json");
    Path stdout = Files.createTempFile("duban-office-out", ".txt");
    Path stderr = Files.createTempFile("duban-office-err", ".txt");
    try {
      Map<String, Object> root = new TreeMap<>();
      root.put("items", itemValues);
      root.put("filer", filer);
      Files.writeString(values, Json.encode(root), StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script().toString()));
      cmd.addAll(
          List.of(
              "--in", template.toAbsolutePath().toString(),
              "--out", out.toAbsolutePath().toString(),
              "--values", values.toString(),
              "--format", format,
              "--timeout", String.valueOf(SCRIPT_TIMEOUT_SECONDS)));
      int code = run(cmd, stdout, stderr);
      if (code != 0) {
        throw new IOException(
            "office_fill.py exited with " + code + ": " + Files.readString(stderr).strip());
      }
    } finally {
      Files.deleteIfExists(values);
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** Runs a script of samples/tools with output and errors into files; kills its tree on timeout. */
  static int run(List<String> cmd, Path stdout, Path stderr) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    // Files, not pipes: a chatty soffice must not block on a full pipe buffer.
    pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process p = pb.start();
    try {
      if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
        // soffice runs in its own process group; kill the whole tree, children first.
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IOException(cmd.get(1) + " did not finish within " + WAIT_SECONDS + " s");
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + cmd.get(1), e);
    }
  }

  /** Empty string when everything is there, else what is missing and how to install it. */
  private static String probe() {
    if (!Files.isExecutable(PYTHON)) {
      return PYTHON + " not found; " + INSTALL_HINT;
    }
    if (!onPath("soffice")) {
      return "LibreOffice (soffice) not found on the PATH; " + INSTALL_HINT;
    }
    try {
      script();
    } catch (IOException e) {
      return e.getMessage();
    }
    try {
      Process p =
          new ProcessBuilder(PYTHON.toString(), "-c", "import uno")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return PYTHON + " -c 'import uno' did not finish; " + INSTALL_HINT;
      }
      if (p.exitValue() != 0) {
        return PYTHON + " cannot import uno (python3-uno missing); " + INSTALL_HINT;
      }
    } catch (IOException e) {
      return "cannot run " + PYTHON + ": " + e.getMessage() + "; " + INSTALL_HINT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while checking " + PYTHON;
    }
    return "";
  }

  private static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /** The script, found from the working directory upwards (surefire runs in the project root). */
  static Path script() throws IOException {
    String override = System.getProperty("duban.office.script");
    if (override != null) {
      return Path.of(override).toAbsolutePath();
    }
    return script(SCRIPT);
  }

  /** A script of samples/tools ({@code samples/tools/office_inspect.py}), found as {@link #script()}. */
  static Path script(String relative) throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IOException(
        relative + " not found above " + Path.of("").toAbsolutePath()
            + "; run from the project or set -Dduban.office.script");
  }

  /** Just enough JSON for the values file; no dependency for it. */
  static final class Json {
    private Json() {}

    static String encode(Object value) {
      StringBuilder sb = new StringBuilder();
      write(sb, value);
      return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
      if (v == null) {
        sb.append("null");
      } else if (v instanceof String || v instanceof LocalDate) {
        string(sb, v.toString());
      } else if (v instanceof Integer || v instanceof Long || v instanceof Short
          || v instanceof Byte || v instanceof BigInteger || v instanceof BigDecimal) {
        sb.append(v);
      } else if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException("JSON has no " + d);
        }
        sb.append(d);
      } else if (v instanceof Map<?, ?> map) {
        sb.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : map.entrySet()) {
          sb.append(sep);
          string(sb, String.valueOf(e.getKey()));
          sb.append(':');
          write(sb, e.getValue());
          sep = ",";
        }
        sb.append('}');
      } else {
        throw new IllegalArgumentException(
            "cannot put a " + v.getClass().getName() + " into the values JSON: " + v);
      }
    }

    private static void string(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}

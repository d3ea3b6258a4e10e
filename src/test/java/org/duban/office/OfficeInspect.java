package org.duban.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What LibreOffice itself reports about workbooks (sheet protection, locked cells, validations
 * and prompts, dropdown choices, page setup, document properties), read through
 * {@code samples/tools/office_inspect.py} over UNO: the real client's view, not POI's.
 */
public final class OfficeInspect {
  static final String SCRIPT = "samples/tools/office_inspect.py";

  /** One workbook as LibreOffice sees it; every attribute map is name -> value as printed. */
  public record View(
      Path file,
      Map<String, String> document,
      Map<String, String> properties,
      Map<String, Map<String, String>> sheets,
      List<Input> inputs,
      Map<String, Map<String, String>> cells) {

    /** The sheet's attributes; fails naming the sheets there are when it is missing. */
    public Map<String, String> sheet(String name) {
      Map<String, String> s = sheets.get(name);
      if (s == null) {
        throw new AssertionError("LibreOffice shows no sheet " + name + " in " + file + "; sheets: " + sheets.keySet());
      }
      return s;
    }

    /** The attributes of a cell asked for with {@code cells}. */
    public Map<String, String> cell(String ref) {
      Map<String, String> c = cells.get(ref);
      if (c == null) {
        throw new AssertionError("cell " + ref + " was not inspected in " + file);
      }
      return c;
    }

    /** The unlocked range holding the cell ({@code 重点任务!H4}), or null when the cell is locked. */
    public Input inputAt(String ref) {
      for (Input i : inputs) {
        if (i.covers(ref)) {
          return i;
        }
      }
      return null;
    }
  }

  /** An unlocked range of uniform format, protection and validation ({@code 重点任务!G4:G32}). */
  public record Input(String sheet, int firstRow, int firstCol, int lastRow, int lastCol, Map<String, String> attributes) {
    public String get(String key) {
      return attributes.getOrDefault(key, "");
    }

    boolean covers(String ref) {
      String[] sa = ref.split("!", 2);
      int[] rc = rowCol(sa[1]);
      return sa[0].equals(sheet) && rc[0] >= firstRow && rc[0] <= lastRow && rc[1] >= firstCol && rc[1] <= lastCol;
    }

    @Override
    public String toString() {
      return sheet + "!" + (firstRow + 1) + "," + (firstCol + 1) + ":" + (lastRow + 1) + "," + (lastCol + 1) + " " + attributes;
    }
  }

  private OfficeInspect() {}

  /**
   * Opens every file in one private LibreOffice and reports what it sees.
   *
   * @param cells {@code Sheet!A1} cells to describe in {@link View#cells()} (the same for every file)
   */
  public static List<View> inspect(List<String> cells, Path... files) throws IOException {
    String reason = OfficeFill.unavailableReason();
    if (reason != null) {
      throw new IOException(reason);
    }
    Path stdout = Files.createTempFile("duban-inspect-out", ".txt");
    Path stderr = Files.createTempFile("duban-inspect-err", ".txt");
    try {
      List<String> cmd = new ArrayList<>(List.of(OfficeFill.PYTHON.toString(),
          OfficeFill.script(SCRIPT).toString(), "--cells", String.join(",", cells)));
      for (Path f : files) {
        cmd.add(f.toAbsolutePath().toString());
      }
      int code = OfficeFill.run(cmd, stdout, stderr);
      if (code != 0) {
        throw new IOException("office_inspect.py exited with " + code + ": " + Files.readString(stderr).strip());
      }
      return parse(Files.readAllLines(stdout, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  static List<View> parse(List<String> lines) {
    List<View> out = new ArrayList<>();
    Path file = null;
    Map<String, String> document = null;
    Map<String, String> properties = null;
    Map<String, Map<String, String>> sheets = null;
    List<Input> inputs = null;
    Map<String, Map<String, String>> cells = null;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = unescape(f[i]);
      }
      switch (f[0]) {
        case "file" -> {
          if (file != null) {
            out.add(new View(file, document, properties, sheets, inputs, cells));
          }
          file = Path.of(f[1]);
          document = new LinkedHashMap<>();
          properties = new LinkedHashMap<>();
          sheets = new LinkedHashMap<>();
          inputs = new ArrayList<>();
          cells = new LinkedHashMap<>();
        }
        case "document" -> document.putAll(named(f, 1));
        case "property" -> properties.put(f[1], f.length > 2 ? f[2] : "");
        case "sheet" -> sheets.put(f[1], named(f, 2));
        case "input" -> {
          String[] sa = f[1].split("!", 2);
          String[] ends = sa[1].split(":");
          int[] a = rowCol(ends[0]);
          int[] b = ends.length > 1 ? rowCol(ends[1]) : a;
          inputs.add(new Input(sa[0], a[0], a[1], b[0], b[1], named(f, 2)));
        }
        case "cell" -> cells.put(f[1], named(f, 2));
        default -> throw new IllegalStateException("unexpected line from office_inspect.py: " + line);
      }
    }
    if (file != null) {
      out.add(new View(file, document, properties, sheets, inputs, cells));
    }
    return out;
  }

  private static Map<String, String> named(String[] f, int from) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = from; i < f.length; i++) {
      int eq = f[i].indexOf('=');
      m.put(f[i].substring(0, eq), f[i].substring(eq + 1));
    }
    return m;
  }

  /** {@code G12} -> {11, 6}. */
  static int[] rowCol(String a1) {
    int col = 0;
    int i = 0;
    while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
      i++;
    }
    return new int[] {Integer.parseInt(a1.substring(i)) - 1, col - 1};
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package org.duban.fillin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made xlsx packages for the reader's hostile and broken cases, built in the test itself. */
public final class ZipFixtures {
  public static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  public static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  public static final String WB_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
          + "</Relationships>";
  public static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  private ZipFixtures() {}

  public static String workbook(String... sheetNames) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + NS + "><sheets>");
    for (int i = 0; i < sheetNames.length; i++) {
      b.append("<sheet name=\"").append(sheetNames[i]).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return b.append("</sheets></workbook>").toString();
  }

  public static String sheet(String rowsXml) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + NS + "><sheetData>" + rowsXml + "</sheetData></worksheet>";
  }

  public static String strings(String... s) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + NS + ">");
    for (String x : s) {
      b.append("<si><t>").append(x).append("</t></si>");
    }
    return b.append("</sst>").toString();
  }

  /** A minimal one-sheet package; {@code overrides} replace or add parts. */
  public static Map<String, String> basic(String sheetXml, String sharedStrings) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", ROOT_RELS);
    parts.put("xl/workbook.xml", workbook("重点任务"));
    parts.put("xl/_rels/workbook.xml.rels", WB_RELS);
    parts.put("xl/worksheets/sheet1.xml", sheetXml);
    parts.put("xl/sharedStrings.xml", sharedStrings);
    return parts;
  }

  public static Path write(Path file, Map<String, String> parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  /** Every entry of a zip, in file order. */
  public static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  /** A zip of the given entries, in order. */
  public static byte[] zip(Map<String, byte[]> entries) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * Writes {@code parts} with one part padded right after {@code marker} by {@code megabytes} MB
   * of spaces, sprinkled with {@code letters} random letters per MB to tune the compression
   * ratio: a few hundred KB on disk that inflate to the size asked for.
   */
  public static Path padded(Path out, Map<String, byte[]> parts, String part, String marker, int megabytes,
      int letters) throws IOException {
    String xml = new String(parts.get(part), StandardCharsets.UTF_8);
    int cut = xml.indexOf(marker) + marker.length();
    java.util.Random r = new java.util.Random(megabytes);
    try (OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        if (e.getKey().equals(part)) {
          continue;
        }
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
      }
      z.putNextEntry(new ZipEntry(part));
      z.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int k = 0; k < letters; k++) {
          chunk[r.nextInt(chunk.length)] = (byte) ('a' + r.nextInt(26));
        }
        z.write(chunk);
      }
      z.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** A one-sheet package whose sheet inflates to 80 MB of spaces. */
  public static Path bomb(Path out) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    basic(sheet(""), strings()).forEach((k, v) -> parts.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return padded(out, parts, "xl/worksheets/sheet1.xml", "<sheetData>", 80, 0);
  }
}

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
  static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  static final String WB_RELS =
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
}

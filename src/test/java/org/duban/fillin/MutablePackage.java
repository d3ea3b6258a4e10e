package org.duban.fillin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an xlsx as text, with the few edits the mutation fuzzer makes: find a sheet's
 * part by its name, replace a cell or a row, add a shared string. Edits are plain text
 * surgery on the XML the project's own writer produced, so a mutated file can be anything.
 */
final class MutablePackage {
  private final Map<String, byte[]> parts;

  MutablePackage(Map<String, byte[]> parts) {
    this.parts = new LinkedHashMap<>(parts);
  }

  byte[] zip() throws IOException {
    return ZipFixtures.zip(parts);
  }

  boolean has(String part) {
    return parts.containsKey(part);
  }

  String text(String part) {
    byte[] b = parts.get(part);
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  void put(String part, String text) {
    parts.put(part, text.getBytes(StandardCharsets.UTF_8));
  }

  void remove(String part) {
    parts.remove(part);
  }

  /** The worksheet part of the sheet with this name, or null. */
  String sheetPart(String sheet) {
    Matcher m = SHEET.matcher(text("xl/workbook.xml"));
    while (m.find()) {
      String el = m.group();
      if (sheet.equals(attr(el, "name"))) {
        String id = attr(el, "r:id");
        Matcher rel = RELATIONSHIP.matcher(text("xl/_rels/workbook.xml.rels"));
        while (rel.find()) {
          if (id != null && id.equals(attr(rel.group(), "Id"))) {
            String target = attr(rel.group(), "Target");
            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
          }
        }
      }
    }
    return null;
  }

  /** Replaces the {@code <sheet>} element of {@code sheet} in workbook.xml; "" removes it. */
  void replaceSheetElement(String sheet, java.util.function.UnaryOperator<String> change) {
    String wb = text("xl/workbook.xml");
    Matcher m = SHEET.matcher(wb);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String el = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(sheet.equals(attr(el, "name")) ? change.apply(el) : el));
    }
    m.appendTail(out);
    put("xl/workbook.xml", out.toString());
  }

  /** Sets cell {@code ref} of a sheet part to {@code cellXml} (built from the old cell's style). */
  void setCell(String part, String ref, java.util.function.Function<String, String> cellXml) {
    String xml = text(part);
    Matcher cell = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)(?:/>|>.*?</c>)", Pattern.DOTALL).matcher(xml);
    if (cell.find()) {
      String style = attr("<c" + cell.group(1) + ">", "s");
      put(part, xml.substring(0, cell.start()) + cellXml.apply(style) + xml.substring(cell.end()));
      return;
    }
    String row = ref.replaceAll("^[A-Z]+", "");
    Matcher r = rowMatcher(xml, row);
    String added = cellXml.apply(null);
    if (r.find()) {
      // At the end of its row, whatever the column: cells out of order are one more thing to survive.
      String el = r.group();
      String grown = el.endsWith("/>") ? el.substring(0, el.length() - 2) + ">" + added + "</row>"
          : el.substring(0, el.length() - "</row>".length()) + added + "</row>";
      put(part, xml.substring(0, r.start()) + grown + xml.substring(r.end()));
    } else if (xml.contains("</sheetData>")) {
      put(part, xml.replace("</sheetData>", "<row r=\"" + row + "\">" + added + "</row></sheetData>"));
    }
  }

  /** Applies {@code change} to row {@code row}'s element; "" removes the row. */
  void changeRow(String part, int row, java.util.function.UnaryOperator<String> change) {
    String xml = text(part);
    Matcher r = rowMatcher(xml, Integer.toString(row));
    if (r.find()) {
      put(part, xml.substring(0, r.start()) + change.apply(r.group()) + xml.substring(r.end()));
    }
  }

  /** Adds a shared string and returns its index. */
  int addSharedString(String escapedText) {
    String sst = text("xl/sharedStrings.xml");
    if (sst.isEmpty()) {
      return 0;
    }
    Matcher si = Pattern.compile("<si[ >]").matcher(sst);
    int n = 0;
    while (si.find()) {
      n++;
    }
    put("xl/sharedStrings.xml", sst.replace("</sst>", "<si><t xml:space=\"preserve\">" + escapedText + "</t></si></sst>"));
    return n;
  }

  /** The index of a cell style with a date format, or null when the workbook has none. */
  String dateStyle() {
    String styles = text("xl/styles.xml");
    Matcher xfs = Pattern.compile("<cellXfs[^>]*>(.*?)</cellXfs>", Pattern.DOTALL).matcher(styles);
    if (!xfs.find()) {
      return null;
    }
    Matcher xf = Pattern.compile("<xf\\b[^>]*>").matcher(xfs.group(1));
    for (int i = 0; xf.find(); i++) {
      String id = attr(xf.group(), "numFmtId");
      if (id != null && (id.equals("14") || styles.matches("(?s).*<numFmt numFmtId=\"" + id + "\" formatCode=\"[^\"]*yy.*"))) {
        return Integer.toString(i);
      }
    }
    return null;
  }

  private static Matcher rowMatcher(String xml, String row) {
    return Pattern.compile("<row r=\"" + row + "\"[^>]*?(?:/>|>.*?</row>)", Pattern.DOTALL).matcher(xml);
  }

  static String attr(String element, String name) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? m.group(1) : null;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*/>");
  private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*/>");
}

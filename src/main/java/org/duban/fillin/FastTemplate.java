package org.duban.fillin;

import org.duban.xlsx.NonClosingOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.fillin.SheetFiller.Slot;
import org.duban.fillin.StyleVariants.Variant;
import org.duban.xlsx.CellRef;

/**
 * The fast path of the writer: the master is turned once, with POI, into a skeleton package
 * (styles of every variant created, filer cells unlocked, validations placed on a marker row,
 * protection, print setup, hidden sheet); each unit's workbook is then that package with its
 * rows spliced into the sheet parts and its names put into the text parts. POI's usermodel
 * writes some tens of files a second; this writes hundreds.
 */
final class FastTemplate {
  /** 0-based row the skeleton's validations point at, replaced by the real rows per unit. */
  private static final int MARKER_ROW = 1048500;
  private static final long FIXED_TIME = 1577836800000L;
  private static final String TOKEN = "@@duban.";

  /** A data sheet of the skeleton: its part, repeated row and derived styles. */
  private record DataSheet(String part, String name, String kind, int firstRow, List<Slot> slots, Map<String, Integer> styles,
      float masterHeight, double fontPoints, double[] widths) {}

  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final List<DataSheet> sheets = new ArrayList<>();
  private final List<String[]> filerMeta = new ArrayList<>();
  private String metaPart;

  private FastTemplate() {}

  private static final Object LOCK = new Object();
  private static byte[] cachedMaster;
  private static FastTemplate cached;

  /** The skeleton of a master, made once per distinct master; null when the master needs the POI path. */
  static FastTemplate of(byte[] master) throws IOException {
    synchronized (LOCK) {
      if (cachedMaster == null || !Arrays.equals(cachedMaster, master)) {
        cached = prepare(master);
        cachedMaster = master;
      }
      return cached;
    }
  }

  private static FastTemplate prepare(byte[] master) throws IOException {
    FastTemplate t = new FastTemplate();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(master))) {
      if (wb.getSheetIndex(FormFormat.SHEET_META) >= 0) {
        return null;
      }
      StyleVariants styles = new StyleVariants(wb);
      Validations validations = new Validations();
      FormMeta meta = new FormMeta();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sh = wb.getSheetAt(i);
        String kind = SheetFiller.kindOf(sh);
        new SheetFiller(wb, sh, styles, validations, meta).scalars(Map.of());
        int header = -1;
        if (kind != null) {
          int rep = SheetFiller.repetitionRow(sh);
          if (rep != sh.getLastRowNum() || sh.getMergedRegions().stream().anyMatch(m -> m.getLastRow() >= rep)) {
            return null; // rows below the repeated row would need moving: the POI path does that
          }
          List<Slot> slots = SheetFiller.slots(sh.getRow(rep));
          Map<String, Integer> st = new LinkedHashMap<>();
          double font = 11;
          double[] widths = new double[slots.isEmpty() ? 0 : slots.get(slots.size() - 1).col() + 1];
          for (Slot s : slots) {
            for (Variant v : Variant.values()) {
              st.put(s.col() + ":" + v, (int) styles.get(s.style(), v).getIndex());
            }
            font = Math.max(font, wb.getFontAt(s.style().getFontIndex()).getFontHeightInPoints());
            widths[s.col()] = s.style().getWrapText() ? sh.getColumnWidth(s.col()) / 256.0 : -1;
            if (s.field() != null) {
              validations.column(sh, s.field(), MARKER_ROW, MARKER_ROW, s.col());
            }
          }
          float height = sh.getRow(rep).getHeightInPoints();
          sh.removeRow(sh.getRow(rep));
          t.sheets.add(new DataSheet(sh.getPackagePart().getPartName().getName().substring(1), sh.getSheetName(), kind, rep, slots, st,
              height, font, widths));
          header = rep - 1;
        }
        TemplateWriter.protect(sh);
        TemplateWriter.pageSetup(sh, header);
      }
      meta.rows.forEach(r -> t.filerMeta.add(r));
      XSSFSheet metaSheet = wb.createSheet(FormFormat.SHEET_META);
      metaSheet.protectSheet(FormFormat.SHEET_PASSWORD);
      wb.setSheetVisibility(wb.getSheetIndex(metaSheet), SheetVisibility.VERY_HIDDEN);
      t.metaPart = metaSheet.getPackagePart().getPartName().getName().substring(1);
      var custom = wb.getProperties().getCustomProperties();
      for (String k : List.of(FormFormat.KEY_FORMAT, FormFormat.KEY_PLAN_ID, FormFormat.KEY_FINGERPRINT,
          FormFormat.KEY_ROUND, FormFormat.KEY_UNIT)) {
        TemplateWriter.setProp(custom, k, TOKEN + k + "@@");
      }
      wb.getProperties().getCoreProperties().setTitle(TOKEN + "title@@");
      wb.getProperties().getCoreProperties().setCreator("duban");
      wb.lockStructure();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        ZipEntry e;
        while ((e = z.getNextEntry()) != null) {
          t.parts.put(e.getName(), z.readAllBytes());
        }
      }
    }
    return t;
  }

  /** Writes one unit's workbook. */
  void write(FormContext ctx, String planId, String fingerprint, OutputStream out) throws IOException {
    FormMeta meta = new FormMeta();
    meta.put(FormFormat.KEY_FORMAT, FormFormat.VERSION);
    meta.put(FormFormat.KEY_PLAN_ID, planId);
    meta.put(FormFormat.KEY_FINGERPRINT, fingerprint);
    meta.put(FormFormat.KEY_ROUND, ctx.round().toString());
    meta.put(FormFormat.KEY_UNIT, ctx.unit());
    Map<String, String> replaced = new LinkedHashMap<>();
    for (DataSheet d : sheets) {
      List<FormRow> items = d.kind.equals(FormFormat.SHEET_TASKS) ? ctx.tasks() : ctx.indicators();
      String xml = new String(parts.get(d.part), StandardCharsets.UTF_8);
      replaced.put(d.part, sheet(xml, d, items, meta));
    }
    filerMeta.forEach(meta.rows::add);
    replaced.put(metaPart, metaSheet(new String(parts.get(metaPart), StandardCharsets.UTF_8), meta));
    Map<String, String> props = Map.of(
        TOKEN + FormFormat.KEY_FORMAT + "@@", FormFormat.VERSION,
        TOKEN + FormFormat.KEY_PLAN_ID + "@@", planId,
        TOKEN + FormFormat.KEY_FINGERPRINT + "@@", fingerprint,
        TOKEN + FormFormat.KEY_ROUND + "@@", ctx.round().toString(),
        TOKEN + FormFormat.KEY_UNIT + "@@", ctx.unit(),
        TOKEN + "title@@", ctx.plan().info().name() + " " + ctx.round().label() + " " + ctx.unit());
    try (ZipOutputStream z = new ZipOutputStream(new NonClosingOutputStream(out))) {
      // Fast deflate: the parts are small and repetitive, level 1 costs a few percent in size.
      z.setLevel(java.util.zip.Deflater.BEST_SPEED);
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        String name = e.getKey();
        byte[] data = e.getValue();
        if (replaced.containsKey(name)) {
          data = replaced.get(name).getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith("sharedStrings.xml")) {
          data = scalars(new String(data, StandardCharsets.UTF_8), ctx.scalars()).getBytes(StandardCharsets.UTF_8);
        } else if (name.equals("docProps/custom.xml") || name.equals("docProps/core.xml")) {
          String s = new String(data, StandardCharsets.UTF_8);
          for (Map.Entry<String, String> p : props.entrySet()) {
            s = s.replace(p.getKey(), Xml.escape(p.getValue()));
          }
          if (name.equals("docProps/core.xml")) {
            s = s.replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                "$1" + ctx.round().start() + "T00:00:00Z$2");
          }
          data = s.getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        z.putNextEntry(entry);
        z.write(data);
        z.closeEntry();
      }
    }
  }

  private static String scalars(String xml, Map<String, String> values) {
    if (!xml.contains("${")) {
      return xml;
    }
    Matcher m = SheetFiller.PLACEHOLDER.matcher(xml);
    StringBuilder b = new StringBuilder(xml.length() + 256);
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : Xml.escape(v)));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String sheet(String xml, DataSheet d, List<FormRow> items, FormMeta meta) {
    StringBuilder rows = new StringBuilder(items.size() * 1200);
    int first = d.firstRow;
    int lastCol = d.slots.get(d.slots.size() - 1).col();
    for (Slot s : d.slots) {
      if (s.field() != null) {
        meta.column(sheetName(d), s.field().name(), CellRef.columnName(s.col()));
      }
    }
    if (items.isEmpty()) {
      rows.append("<row r=\"").append(first + 1).append("\">");
      Slot s0 = d.slots.get(0);
      rows.append("<c r=\"").append(CellRef.a1(first, s0.col())).append("\" s=\"")
          .append(d.styles.get(s0.col() + ":" + Variant.LOCKED)).append("\" t=\"inlineStr\"><is><t>")
          .append("（本单位本轮无此项填报内容）</t></is></c></row>");
    }
    for (int i = 0; i < items.size(); i++) {
      FormRow item = items.get(i);
      int r = first + i;
      StringBuilder cells = new StringBuilder(1024);
      int lines = 1;
      for (Slot s : d.slots) {
        Object value;
        Variant v;
        if (s.field() != null) {
          if (!item.inputs().contains(s.field())) {
            v = Variant.NOT_APPLICABLE;
            value = null;
          } else {
            value = item.lastRound().get(s.field());
            v = Variant.input(value);
          }
        } else {
          v = Variant.LOCKED;
          value = s.name() != null ? item.shown().get(s.name()) : s.literal();
        }
        cell(cells, CellRef.a1(r, s.col()), d.styles.get(s.col() + ":" + v), value);
        if (value instanceof String text && d.widths[s.col()] > 0) {
          lines = Math.max(lines, RowHeights.lines(text, d.widths[s.col()]));
        }
      }
      float ht = Math.max(d.masterHeight, RowHeights.points(lines, d.fontPoints));
      rows.append("<row r=\"").append(r + 1).append("\" ht=\"").append(ht).append("\" customHeight=\"1\">")
          .append(cells).append("</row>");
      meta.item(sheetName(d), r + 1, item.itemId());
    }
    String out = splice(xml, rows.toString());
    int lastRow = first + Math.max(1, items.size()) - 1;
    for (Slot s : d.slots) {
      if (s.field() != null) {
        String col = CellRef.columnName(s.col());
        out = out.replace("sqref=\"" + col + (MARKER_ROW + 1) + "\"",
            "sqref=\"" + col + (first + 1) + ":" + col + (lastRow + 1) + "\"");
      }
    }
    return out.replaceFirst("<dimension ref=\"[^\"]*\"/>",
        "<dimension ref=\"A1:" + CellRef.a1(lastRow, lastCol) + "\"/>");
  }

  private static String sheetName(DataSheet d) {
    return d.name;
  }

  private static String metaSheet(String xml, FormMeta meta) {
    StringBuilder rows = new StringBuilder(meta.rows.size() * 80);
    for (int r = 0; r < meta.rows.size(); r++) {
      rows.append("<row r=\"").append(r + 1).append("\">");
      String[] values = meta.rows.get(r);
      for (int c = 0; c < values.length; c++) {
        cell(rows, CellRef.a1(r, c), null, values[c]);
      }
      rows.append("</row>");
    }
    return splice(xml, rows.toString()).replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
  }

  /** Puts rows at the end of sheetData, whether the skeleton wrote it empty or not. */
  private static String splice(String xml, String rows) {
    int empty = xml.indexOf("<sheetData/>");
    if (empty >= 0) {
      return xml.substring(0, empty) + "<sheetData>" + rows + "</sheetData>" + xml.substring(empty + 12);
    }
    int end = xml.indexOf("</sheetData>");
    return xml.substring(0, end) + rows + xml.substring(end);
  }

  private static void cell(StringBuilder b, String ref, Integer style, Object value) {
    b.append("<c r=\"").append(ref).append('"');
    if (style != null && style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    if (value == null || "".equals(value)) {
      b.append("/>");
    } else if (value instanceof Number n) {
      String num = n instanceof BigDecimal bd ? bd.stripTrailingZeros().toPlainString()
          : BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
      b.append("><v>").append(num).append("</v></c>");
    } else {
      b.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Xml.escape(FormFormat.clip(value.toString())))
          .append("</t></is></c>");
    }
  }
}

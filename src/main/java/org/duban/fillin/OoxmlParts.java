package org.duban.fillin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.duban.xlsx.SafeXml;
import org.duban.xlsx.SafeZip;
import org.duban.xlsx.StaxEvents;
import org.duban.xlsx.XmlCursor;
import org.duban.xlsx.XmlEvents;

/**
 * Small StAX passes over the package parts around the sheets: relationships, workbook.xml,
 * shared strings, styles and custom properties. Any DTD is refused.
 */
final class OoxmlParts {
  /** A sheet as workbook.xml lists it. */
  record SheetRef(String name, String state, String relId) {}

  private OoxmlParts() {}

  /** Opens a part; {@link #next} refuses a DTD when it meets one. */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    return SafeXml.open(in);
  }

  /** Relationship id -> target, resolved against {@code baseDir} (e.g. "xl/"). */
  static Map<String, String> rels(SafeZip zip, String part, String baseDir)
      throws IOException, XMLStreamException, Unreadable {
    Map<String, String> out = new LinkedHashMap<>();
    if (!zip.has(part)) {
      return out;
    }
    try (InputStream in = zip.stream(part)) {
      XMLStreamReader r = open(in);
      while (next(r)) {
        if (r.isStartElement() && SafeXml.local(r).equals("Relationship")) {
          if ("External".equals(SafeXml.attr(r, "TargetMode"))) {
            continue; // external links are never followed
          }
          String id = SafeXml.attr(r, "Id");
          String target = SafeXml.attr(r, "Target");
          String type = SafeXml.attr(r, "Type");
          if (id != null && target != null) {
            out.put(id, resolve(baseDir, target));
            if (type != null) {
              out.putIfAbsent("type:" + type.substring(type.lastIndexOf('/') + 1), resolve(baseDir, target));
            }
          }
        }
      }
    }
    return out;
  }

  static String resolve(String baseDir, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    String path = baseDir + target;
    // Normalise "xl/worksheets/../x.xml".
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  static List<SheetRef> sheets(SafeZip zip, String part) throws IOException, XMLStreamException, Unreadable {
    List<SheetRef> out = new ArrayList<>();
    try (InputStream in = zip.stream(part)) {
      XMLStreamReader r = open(in);
      while (next(r)) {
        if (r.isStartElement() && SafeXml.local(r).equals("sheet")) {
          out.add(new SheetRef(SafeXml.attr(r, "name"), SafeXml.attr(r, "state"), SafeXml.attr(r, "id")));
          if (out.size() > ReadLimits.MAX_SHEETS) {
            int n = out.size();
            while (next(r)) {
              if (r.isStartElement() && SafeXml.local(r).equals("sheet")) {
                n++;
              }
            }
            throw Unreadable.tooManySheets(n);
          }
        }
      }
    }
    return out;
  }

  /** The shared strings, each the concatenation of its runs (phonetic runs left out). */
  static List<String> sharedStrings(SafeZip zip, String part, ReadBudget budget)
      throws IOException, XMLStreamException, Unreadable {
    List<String> out = new ArrayList<>();
    if (part == null || !zip.has(part)) {
      return out;
    }
    try (XmlEvents r = events(zip, part)) {
      StringBuilder b = null;
      int phonetic = 0;
      boolean inT = false;
      for (int e = r.next(); e != XmlEvents.END_DOCUMENT; e = r.next()) {
        if (e == XmlEvents.START) {
          if (r.nameIs("si")) {
            b = new StringBuilder();
          } else if (r.nameIs("t")) {
            inT = true;
          } else if (r.nameIs("rPh")) {
            phonetic++;
          }
        } else if (e == XmlEvents.END) {
          if (r.nameIs("si") && b != null) {
            out.add(b.toString());
            if (out.size() > ReadLimits.MAX_SHARED_STRINGS) {
              throw Unreadable.bomb("共享字符串超过 " + ReadLimits.MAX_SHARED_STRINGS + " 条");
            }
            b = null;
          } else if (r.nameIs("t")) {
            inT = false;
          } else if (r.nameIs("rPh")) {
            phonetic--;
          }
        } else if (inT && phonetic == 0 && b != null) {
          int before = b.length();
          r.appendText(b);
          budget.text(b.length() - before, b.length());
        }
      }
    }
    return out;
  }

  /**
   * The parts read in bulk (sheets, shared strings) go through {@link XmlCursor} when they are
   * UTF-8 and small enough to hold; anything else through StAX. Two reading threads hold at
   * most two such parts. A part past the bound is inflated a second time for StAX: forms are
   * tens of kilobytes, so that cost falls only on files that are not forms.
   */
  static final int CURSOR_MAX_BYTES = 4 << 20;

  static XmlEvents events(SafeZip zip, String part) throws IOException, XMLStreamException {
    try (InputStream in = zip.stream(part)) {
      byte[] b = in.readNBytes(CURSOR_MAX_BYTES + 1);
      if (b.length <= CURSOR_MAX_BYTES && XmlCursor.handles(b, b.length)) {
        return XmlCursor.over(b, b.length);
      }
    }
    return StaxEvents.over(zip.stream(part));
  }

  /** For each cellXfs index, whether its number format shows a date. */
  /**
   * Styles already read, by part fingerprint: the forms of a round come from one template and
   * mostly keep its styles.xml byte for byte, so a collect parses it a handful of times, not
   * once per return. Small and bounded; the lists are never changed once made.
   */
  private static final Map<Long, List<FormatKind>> STYLES = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, List<FormatKind>> eldest) {
      return size() > 64;
    }
  };

  static List<FormatKind> formatKinds(SafeZip zip, String part) throws IOException, XMLStreamException, Unreadable {
    if (part == null || !zip.has(part)) {
      return new ArrayList<>();
    }
    long key = zip.fingerprint(part);
    if (key != -1) {
      synchronized (STYLES) {
        List<FormatKind> known = STYLES.get(key);
        if (known != null) {
          return known;
        }
      }
    }
    List<FormatKind> out = List.copyOf(readFormatKinds(zip, part));
    if (key != -1) {
      synchronized (STYLES) {
        STYLES.put(key, out);
      }
    }
    return out;
  }

  private static List<FormatKind> readFormatKinds(SafeZip zip, String part)
      throws IOException, XMLStreamException, Unreadable {
    List<FormatKind> out = new ArrayList<>();
    Map<Integer, String> custom = new HashMap<>();
    try (InputStream in = zip.stream(part)) {
      XMLStreamReader r = open(in);
      boolean inXfs = false;
      while (next(r)) {
        if (r.isStartElement()) {
          String n = SafeXml.local(r);
          if (n.equals("numFmt")) {
            custom.put(parseInt(SafeXml.attr(r, "numFmtId")), String.valueOf(SafeXml.attr(r, "formatCode")));
          } else if (n.equals("cellXfs")) {
            inXfs = true;
          } else if (n.equals("xf") && inXfs) {
            int id = parseInt(SafeXml.attr(r, "numFmtId"));
            out.add(FormatKind.of(id, custom.get(id)));
          }
        } else if (r.isEndElement() && SafeXml.local(r).equals("cellXfs")) {
          inXfs = false;
        }
      }
    }
    return out;
  }

  /** docProps/custom.xml: property name -> its value as text, whatever its vt: type. */
  static Map<String, String> customProperties(SafeZip zip) throws IOException, XMLStreamException, Unreadable {
    Map<String, String> out = new LinkedHashMap<>();
    String part = "docProps/custom.xml";
    if (!zip.has(part)) {
      return out;
    }
    try (InputStream in = zip.stream(part)) {
      XMLStreamReader r = open(in);
      String name = null;
      StringBuilder b = new StringBuilder();
      while (next(r)) {
        if (r.isStartElement() && SafeXml.local(r).equals("property")) {
          name = SafeXml.attr(r, "name");
          b.setLength(0);
        } else if (r.isEndElement() && SafeXml.local(r).equals("property")) {
          if (name != null) {
            out.put(name, b.toString().strip());
          }
          name = null;
        } else if (name != null && isText(r.getEventType())) {
          b.append(r.getText());
        }
      }
    }
    return out;
  }

  static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** Advances; refuses DTDs and undeclared entity references met on the way. */
  static boolean next(XMLStreamReader r) throws XMLStreamException, Unreadable {
    if (!r.hasNext()) {
      return false;
    }
    int e = r.next();
    if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE
        || e == XMLStreamConstants.ENTITY_DECLARATION) {
      throw Unreadable.dtd();
    }
    return e != XMLStreamConstants.END_DOCUMENT;
  }

  static int parseInt(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

package org.duban.fillin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.duban.xlsx.SafeZip;
import org.duban.xlsx.XmlEvents;

/**
 * Reads an xlsx/xlsm by streaming its zip parts: no POI usermodel, so a return costs about one
 * unzip and one StAX pass, and nothing is ever written back to the file.
 */
final class OoxmlSource {
  private OoxmlSource() {}

  static WorkbookData read(Path file, String fileName) throws Unreadable, IOException {
    try (SafeZip zip = SafeZip.open(file, ReadLimits.ZIP)) {
      return read(zip, fileName);
    } catch (SafeZip.LimitException e) {
      throw refusal(e);
    } catch (ZipException e) {
      throw Unreadable.truncated();
    } catch (XMLStreamException e) {
      // The parser wraps the stream's own exceptions: a passed limit must still read as a bomb.
      for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
        if (t instanceof SafeZip.LimitException limit) {
          throw refusal(limit);
        }
      }
      if (e instanceof XmlEvents.EntityRefused) {
        throw Unreadable.dtd();
      }
      throw Unreadable.damaged("XML 格式错误" + position(e));
    }
  }

  private static WorkbookData read(SafeZip zip, String fileName)
      throws IOException, XMLStreamException, Unreadable {
    Map<String, String> rootRels = OoxmlParts.rels(zip, "_rels/.rels", "");
    String workbook = rootRels.getOrDefault("type:officeDocument", "xl/workbook.xml");
    if (!zip.has(workbook)) {
      if (zip.has("word/document.xml")) {
        throw Unreadable.notWorkbook("是 Word 文档被改了扩展名");
      }
      if (zip.has("ppt/presentation.xml")) {
        throw Unreadable.notWorkbook("是 PowerPoint 文档被改了扩展名");
      }
      throw Unreadable.notWorkbook("压缩包内没有工作簿内容");
    }
    String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
    String relsPart = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
    Map<String, String> rels = OoxmlParts.rels(zip, relsPart, dir);
    WorkbookData data = new WorkbookData();
    data.macroEnabled = zip.has(dir + "vbaProject.bin") || contentTypeIsMacro(zip);
    List<OoxmlParts.SheetRef> refs = OoxmlParts.sheets(zip, workbook);
    ReadBudget budget = new ReadBudget(ReadLimits.MAX_CELLS);
    List<String> strings = OoxmlParts.sharedStrings(zip, rels.get("type:sharedStrings"), budget);
    List<FormatKind> formats = OoxmlParts.formatKinds(zip, rels.get("type:styles"));
    SheetXmlReader reader = new SheetXmlReader(strings, formats, data.notes, fileName, budget);
    for (OoxmlParts.SheetRef ref : refs) {
      SheetData sheet = new SheetData(ref.name() == null ? "" : ref.name(), SheetData.State.parse(ref.state()));
      data.sheets.add(sheet);
      String part = ref.relId() == null ? null : rels.get(ref.relId());
      // Chart sheets and dialog sheets have no cells; a missing part reads as an empty sheet.
      if (part != null && zip.has(part) && part.contains("worksheets/")) {
        try (XmlEvents events = OoxmlParts.events(zip, part)) {
          reader.read(events, sheet);
        }
      }
    }
    data.customProperties.putAll(OoxmlParts.customProperties(zip));
    return data;
  }

  private static boolean contentTypeIsMacro(SafeZip zip) throws IOException {
    if (!zip.has("[Content_Types].xml")) {
      return false;
    }
    String types = new String(zip.bytes("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
    return types.contains("macroEnabled");
  }

  private static Unreadable refusal(SafeZip.LimitException e) {
    return e.size() ? Unreadable.bomb(e.getMessage()) : Unreadable.hostile(e.getMessage());
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
  }

  private static String position(XMLStreamException e) {
    return e.getLocation() == null ? "" : "，第 " + e.getLocation().getLineNumber() + " 行";
  }
}

package org.duban.fillin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Problem;

/** A workbook as either source reads it: its sheets, custom properties and reader notes. */
final class WorkbookData {
  final List<SheetData> sheets = new ArrayList<>();
  final Map<String, String> customProperties = new LinkedHashMap<>();
  final List<Problem> notes = new ArrayList<>();
  boolean macroEnabled;

  SheetData sheet(String name) {
    for (SheetData s : sheets) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    return null;
  }
}

package org.duban.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one return file, before validation: the reader's output and the
 * validator's input.
 *
 * @param fileName the file's name as the user knows it
 * @param identity what the file says it is, or null when its metadata is gone (a retyped form)
 * @param fields the filler fields by label: 填报单位, 填报人, 联系电话, 填报日期, 审核人
 * @param rows the data rows of the task and indicator sheets, in file order
 * @param sheetNames all sheet names in file order
 * @param macroEnabled true for a macro-enabled file (its macros are never run)
 * @param readNotes what the reader noticed (e.g. the identity sheet made visible, or missing)
 * @param titles the texts above the header row of each visible data sheet, in file order (a
 *     retyped form's title, such as 市科技局2025年9月工作进展, names its unit there)
 */
public record RawReturn(
    String fileName,
    ReturnIdentity identity,
    Map<String, RawCell> fields,
    List<RawRow> rows,
    List<String> sheetNames,
    boolean macroEnabled,
    List<Problem> readNotes,
    List<String> titles) {
  public RawReturn {
    fileName = fileName == null ? "" : fileName;
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
    rows = List.copyOf(rows == null ? List.of() : rows);
    sheetNames = List.copyOf(sheetNames == null ? List.of() : sheetNames);
    readNotes = List.copyOf(readNotes == null ? List.of() : readNotes);
    titles = List.copyOf(titles == null ? List.of() : titles);
  }
}

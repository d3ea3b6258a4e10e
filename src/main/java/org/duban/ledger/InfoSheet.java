package org.duban.ledger;

import static org.duban.ledger.LedgerLayout.CONTENT;
import static org.duban.ledger.LedgerLayout.END;
import static org.duban.ledger.LedgerLayout.INFO;
import static org.duban.ledger.LedgerLayout.ISSUER;
import static org.duban.ledger.LedgerLayout.ITEM;
import static org.duban.ledger.LedgerLayout.NAME;
import static org.duban.ledger.LedgerLayout.OFFICE;
import static org.duban.ledger.LedgerLayout.SOURCES;
import static org.duban.ledger.LedgerLayout.START;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Location;
import org.duban.model.PlanInfo;
import org.duban.model.Problem;

/** The 方案信息 sheet: 项目 | 内容 rows, the standard six first, then the plan's settings. */
final class InfoSheet {
  private InfoSheet() {}

  static void write(Workbook wb, LedgerStyles styles, PlanInfo info) {
    SheetWriter w = new SheetWriter(wb, styles, INFO, List.of(ITEM, CONTENT));
    w.row(SheetWriter.values(NAME, info.name()));
    w.row(SheetWriter.values(ISSUER, info.issuer()));
    w.row(SheetWriter.values(START, info.start()));
    w.row(SheetWriter.values(END, info.end()));
    w.row(SheetWriter.values(OFFICE, info.office()));
    w.row(SheetWriter.values(SOURCES, info.sources()));
    info.settings().forEach((k, v) -> w.row(SheetWriter.values(k, v)));
    w.finish(false);
  }

  /** The plan info, or null when a finding (added to {@code problems}) prevents it. */
  static PlanInfo read(SheetTable t, String file, List<Problem> problems) {
    List<Problem> missing = t.missing(List.of(ITEM, CONTENT));
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return null;
    }
    Map<String, String> texts = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    Map<String, String> settings = new LinkedHashMap<>();
    Set<String> seenDates = new HashSet<>();
    int before = problems.size();
    for (Row row : t.rows()) {
      String item = t.text(row, ITEM);
      String key = Headers.normalize(item);
      if (key.equals(START) || key.equals(END)) {
        seenDates.add(key);
        try {
          LocalDate d = t.cell(row, CONTENT).flatMap(Cells::date).orElse(null);
          if (d == null) {
            problems.add(t.error(row, CONTENT, "“" + key + "”没有填写", "请填写日期，如 2025-01-01", ""));
          } else {
            dates.put(key, d);
          }
        } catch (DateTimeParseException e) {
          problems.add(
              t.error(
                  row,
                  CONTENT,
                  "“" + key + "”应为日期，如 2025-01-01、2025/1/1 或 2025年1月1日",
                  "请改为日期（可设置为日期格式，或写成 2025-01-01）",
                  t.text(row, CONTENT)));
        }
      } else if (LedgerLayout.INFO_ITEMS.contains(key)) {
        texts.put(key, t.text(row, CONTENT));
      } else if (!item.isEmpty()) {
        settings.put(item.strip(), t.text(row, CONTENT));
      }
    }
    for (String required : List.of(NAME, START, END)) {
      boolean present =
          required.equals(NAME)
              ? !texts.getOrDefault(NAME, "").isEmpty()
              : seenDates.contains(required);
      if (!present) {
        problems.add(
            Problem.error(
                Location.ofCell(file, t.sheetName(), ""),
                "工作表“"
                    + INFO
                    + "”缺少“"
                    + required
                    + "”（“"
                    + ITEM
                    + "”列中没有这一行，或“"
                    + CONTENT
                    + "”没有填写）",
                "请在“" + ITEM + "”列加一行“" + required + "”，并在“" + CONTENT + "”列填写"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    LocalDate start = dates.get(START);
    LocalDate end = dates.get(END);
    if (end.isBefore(start)) {
      problems.add(
          Problem.error(
              Location.ofCell(file, t.sheetName(), ""),
              "工作表“" + INFO + "”的结束日期（" + end + "）早于开始日期（" + start + "）",
              "请改正开始日期或结束日期"));
      return null;
    }
    return new PlanInfo(
        texts.get(NAME),
        texts.get(ISSUER),
        start,
        end,
        texts.get(OFFICE),
        texts.get(SOURCES),
        settings);
  }
}

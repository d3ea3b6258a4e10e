package org.duban.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/** Reads the 方案信息 from the text: title, issuer, plan period, the office that runs it. */
final class PlanInfoReader {
  private static final Pattern PLAN_WORD = Pattern.compile("方案|计划|计画|规划|意见|办法|措施|行动|要点|清单|分解|分工");
  private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{4,60}?)(?:\\.(?:docx?|pdf|wps|txt))?》");
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(20\\d\\d)\\s*(?:年)?\\s*[-－—–~～至到]\\s*(20\\d\\d)\\s*年");
  private static final Pattern VALID_UNTIL =
      Pattern.compile("有效期(?:至|到)\\s*(20\\d\\d)年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
  private static final Pattern YEARS_IN_TITLE = Pattern.compile("([两二三四五])年(?:行动|工作|实施|攻坚)?(?:方案|计划|计画)");
  private static final Pattern UNTIL_YEAR = Pattern.compile("(?:到|至)(20\\d\\d)年");
  private static final Pattern FULL_DATE = Pattern.compile("(20\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern OFFICE =
      Pattern.compile("办公室设(?:在|于)?\\s*([^,，。;；、\\s]+?)\\s*(?:[,，。;；]|负责|$)");
  private static final Pattern ISSUER_LABEL = Pattern.compile("(?:发布单位|发文单位|发文机关)[:：]\\s*([^\\s,，。]+)");
  private static final Pattern SIGNATURE =
      Pattern.compile("(?m)^\\s*(\\S{4,30}(?:政府|办公室|办公厅|委员会|局|厅|委))\\s*\\n\\s*20\\d\\d年\\d{1,2}月\\d{1,2}日\\s*$");
  private static final Pattern ISSUER_NOTICE = Pattern.compile("^(.{2,30}?)关于印发");

  /** 为落实湖南省科技创新赋能攻坚行动,……结合衡阳实际,特制定本实施方案。 */
  private static final Pattern PREAMBLE = Pattern.compile(
      "^为(?:深入|全面|加快|认真)?(?:贯彻|落实|推进|实施|贯彻落实)+(.{4,40}?)[,，；;].*?"
          + "(?:结合(.{2,8}?)实际.*?)?(?:特|现)?制定本(实施方案|工作方案|行动方案|行动计划|方案|计划)");
  private static final Pattern PROVINCE_PREFIX = Pattern.compile("^(?:[\u4e00-\u9fa5]{2,3}省|省)");

  private PlanInfoReader() {}

  static String title(List<SourceLine> lines, String documentName) {
    int seen = 0;
    for (SourceLine l : lines) {
      String t = l.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (++seen > 12) {
        break;
      }
      String n = UnitNames.simplify(t);
      if (IndicatorTable.isTableLine(t) || n.contains("关于印发") || n.endsWith("通知")) {
        continue;
      }
      if (n.matches("附件\\s*\\d*[:：]?|.*\\[20\\d\\d\\]\\s*\\d+\\s*号.*")) {
        seen--;
        continue;
      }
      if (n.length() <= 50 && PLAN_WORD.matcher(n).find() && !n.matches(".*[。,;:].*")) {
        return t;
      }
    }
    seen = 0;
    for (SourceLine l : lines) {
      if (++seen > 3) {
        break;
      }
      Matcher m = BOOK_TITLE.matcher(l.text());
      if (m.find() && PLAN_WORD.matcher(UnitNames.simplify(m.group(1))).find()) {
        return m.group(1).strip();
      }
    }
    String fromPreamble = fromPreamble(lines);
    if (fromPreamble != null) {
      return fromPreamble;
    }
    String name = documentName == null ? "方案" : documentName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    return name.isBlank() ? "方案" : name;
  }

  /**
   * A plan with no title line usually names itself in its first sentence: what it carries out,
   * where, and what kind of document it is. 为落实湖南省科技创新赋能攻坚行动……结合衡阳实际,特制定本实施方案
   * gives 衡阳市科技创新赋能攻坚行动实施方案. Null when the first lines do not read like that.
   */
  static String fromPreamble(List<SourceLine> lines) {
    int seen = 0;
    for (SourceLine l : lines) {
      String t = l.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (++seen > 3) {
        break;
      }
      Matcher m = PREAMBLE.matcher(t);
      if (!m.find()) {
        continue;
      }
      String subject = PROVINCE_PREFIX.matcher(m.group(1).replaceAll("[《》“”\"]", "")).replaceFirst("");
      if (subject.length() < 4) {
        return null;
      }
      String place = m.group(2) == null ? "" : m.group(2);
      if (!place.isEmpty() && !place.matches(".*[市县区州]$")) {
        place = place + "市";
      }
      return place + subject + m.group(3);
    }
    return null;
  }

  static String issuer(TextStream s) {
    Matcher m = ISSUER_LABEL.matcher(s.norm);
    if (m.find()) {
      return s.orig.substring(m.start(1), m.end(1));
    }
    // the signature: an office on its own line above the date of issue
    Matcher sig = SIGNATURE.matcher(s.norm);
    if (sig.find()) {
      return s.orig.substring(sig.start(1), sig.end(1)).strip();
    }
    for (String line : s.norm.split("\n")) {
      Matcher n = ISSUER_NOTICE.matcher(line.strip());
      if (n.find()) {
        int at = s.norm.indexOf(line.strip());
        return s.orig.substring(at + n.start(1), at + n.end(1));
      }
    }
    return "";
  }

  static String office(TextStream s) {
    Matcher m = OFFICE.matcher(s.norm);
    return m.find() ? UnitNames.simplify(m.group(1)) : "";
  }

  /**
   * The plan period: a stated range (2021-2025年), else 有效期至 with the issue date, else the
   * years of the deadlines found, else any year named. Null when the text names no year.
   */
  private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六])五");

  static LocalDate[] period(TextStream s, String title, List<Integer> deadlineYears) {
    Matcher m = YEAR_RANGE.matcher(s.norm);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (b >= a) {
        return new LocalDate[] {LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31)};
      }
    }
    Matcher v = VALID_UNTIL.matcher(s.norm);
    if (v.find()) {
      int year = Integer.parseInt(v.group(1));
      LocalDate end =
          v.group(2) == null
              ? LocalDate.of(year, 12, 31)
              : v.group(3) == null
                  ? java.time.YearMonth.of(year, Integer.parseInt(v.group(2))).atEndOfMonth()
                  : LocalDate.of(year, Integer.parseInt(v.group(2)), Integer.parseInt(v.group(3)));
      Matcher d = FULL_DATE.matcher(s.norm);
      int startYear = year;
      while (d.find()) {
        int y = Integer.parseInt(d.group(1));
        if (y <= year && y >= year - 5) {
          startYear = Math.min(startYear, y);
          break;
        }
      }
      return new LocalDate[] {LocalDate.of(startYear, 1, 1), end};
    }
    Matcher span = YEARS_IN_TITLE.matcher(UnitNames.simplify(title));
    Matcher until = UNTIL_YEAR.matcher(s.norm);
    if (span.find() && until.find()) {
      // 三年行动方案 … 到2025年: the three years that end in 2025
      int years = ChineseNumbers.parse(span.group(1)).intValue();
      int end = Integer.parseInt(until.group(1));
      return new LocalDate[] {LocalDate.of(end - years + 1, 1, 1), LocalDate.of(end, 12, 31)};
    }
    Matcher fiveYear = FIVE_YEAR_PLAN.matcher(UnitNames.simplify(title));
    if (fiveYear.find()) {
      // “十三五”规划责任分解: the plan period is the five-year plan's, 2016-2020
      int start = 2006 + ("一二三四五六".indexOf(fiveYear.group(1))) * 5;
      return new LocalDate[] {LocalDate.of(start, 1, 1), LocalDate.of(start + 4, 12, 31)};
    }
    if (!deadlineYears.isEmpty()) {
      int a = deadlineYears.stream().min(Integer::compare).get();
      int b = deadlineYears.stream().max(Integer::compare).get();
      return new LocalDate[] {LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31)};
    }
    Matcher any = Pattern.compile("(20\\d\\d)年").matcher(s.norm);
    if (any.find()) {
      int y = Integer.parseInt(any.group(1));
      return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }
    return null;
  }

  static Map<String, String> settings() {
    return Map.of();
  }
}

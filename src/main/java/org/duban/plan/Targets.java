package org.duban.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/**
 * Reads the quantitative targets of a measure or goal: a number with a measure word and its
 * qualifiers ({@code 突破1200家}, {@code 5-6个}, {@code 15名左右}, {@code 增长9%以上}, {@code 每年不少于30个},
 * {@code 累计突破60亿元}, {@code 十五名}, {@code 破零}), each with its deadline. Numbers that are names
 * ({@code “4+4科创工程”}, {@code 十大技术攻关}, {@code 人才新政18条}, {@code 世界500强}, {@code 2025年}) are
 * left alone.
 */
final class Targets {
  private static final String CN_NUM = "[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*";
  private static final String NUM =
      "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + CN_NUM + ")";
  static final String MEASURE =
      "(?:个百分点|百分点|%|个工作日|工作日|(?:余|多)?(?:万亿|亿|万|千)?(?:余|多)?(?:元|家次|家|人次|人|个|项|名|件|篇|次|所|座|台|套|场次|场|批|条|路|户|张|"
          + "支|处|种|部|款|份|袋|千瓦|公里|亩|吨|倍|间|栋|例|株|辆|架|艘|平方米|平方公里|立方米|标准箱|头|只|羽|"
          + "公顷|兆瓦|千伏|天|小时|分钟|岁)|[微毫]克(?:/|每)立方米|(?:P|E)(?:Flops|FLOPS)?(?![A-Za-z])|(?:万亿|亿|万)(?=以上|左右|规模|人|$|[,;。、]))";
  static final Pattern TOKEN =
      Pattern.compile(
          "(?<![\\d.A-Za-z+×*])(?<!\\d,(?=\\d{3}(?!\\d)))(?<num>" + NUM + ")(?:\\s*(?:[-－—–~～至]{1,2}|到(?!20\\d\\d年))\\s*(?<up>" + NUM + "))?"
              + "\\s*(?<m>" + MEASURE + "|(?=以内|以下|以上))(?<q>及以上|以上|左右|以内|以下)?");
  private static final Pattern UNREADABLE =
      Pattern.compile("(?<![A-Za-z\\d])\\d+[A-Za-z][A-Za-z\\d]*\\s*(?:家|个|项|名|人|件|%|亿元|万元)");
  private static final Pattern GENERIC = Pattern.compile("(总)?(产值|营业收入|营收|增加值|销售收入|规模)");
  private static final Pattern TOPIC =
      Pattern.compile("\\s*([^,;:。、]{2,20}?(产业链|产业集群|集群|产业|行业|园区))");
  private static final Pattern QUOTE_VERB = Pattern.compile("(围绕|按照|对照|瞄准|锚定|实现|完成|确保|力争|的)*$");
  private static final Pattern TWIN =
      Pattern.compile("((?:数量)?(?:实现|达到|均)?)“?双(?:破|过|超|突破)([一二两三四五六七八九十百千万\\d]+)”?");
  private static final Pattern BREAK_ZERO = Pattern.compile("(?:争取|实现|力争)?破零");
  /** 实现翻一番: growth of 100%; 翻两番, of 300%. */
  private static final Pattern DOUBLING = Pattern.compile("(?:争取|实现|力争)?(?:比\\S{2,8})?翻(一|两|二)?番");
  static final Pattern DEADLINE =
      Pattern.compile(
          "(?:(?:到|至|截至|截止)?20\\d\\d年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:年底前|底前|上半年|下半年|底|末|前|内)?"
              + "|年内|年底前|全年|今年)");
  static final Pattern LEAD_NOISE =
      Pattern.compile(
          "^(?:[\\s,;:、.。]|其中|力争|争取|确保|努力|全年|年内|今年|并|同时|和|及|实现|完成|年均|年平均|"
              + "(?:到|至)?20\\d\\d年(?:\\d{1,2}月)?(?:年底前|底前|底|末|前|内)?|年底前|\\d{1,2}月底前|将|把)+");
  private static final Pattern TAIL_WORDS =
      Pattern.compile(
          "(?:[\\s,;:、]|提高到|提升到|增加到|降低到|下降到|压减到|保持|达到|达|突破|超过|超|不少于|不低于|高于|低于|不超过|控制在|稳定在|保持在|维持在|压缩至|压减至|缩短至|降至|约|同比增长|同比|增长|增速|"
              + "提高|提升|增加|下降|降低|减少|累计|各|为|至|力争|争取|实现|完成)$");
  private static final Pattern CONNECTOR = Pattern.compile("和|及|与|,");
  private static final Pattern VERB_END =
      Pattern.compile(
          "(建成|建设|布局|培育|引进|引育|新增|组建|建立|打造|申报|认定|选派|支持|遴选|推动|实施|争创|创建|获批|获得|"
              + "形成|吸纳|培养|开展|参加|组织|新建|筹建|筹备|招引|孵化|攻克|取得|产生|集聚|审定|开发|设立|推荐|"
              + "引导|带动|培训|服务|挖掘|实现|完成|突破|达到|达|超过|超|不少于|新认定|认定|牵头创建|"
              + "聚集|吸引|招聘|举办|发布|制定|出台|建立健全|争取|力争|推进|落实|扶持|奖励|资助|带动|覆盖|"
              + "上云|上平台|部署|承接|转移|入驻|引入|选育|推广|示范|创新|研发|编制)$");
  /** 1000万台(套): the second measure in brackets after the first is no part of the noun. */
  private static final Pattern AFTER_NOISE_HEAD = Pattern.compile("^(?:[\\s,;:、]|的|\\([^()]{1,3}\\))+");
  private static final Pattern AFTER_NOISE_TAIL = Pattern.compile("(?:[\\s,;:、。!?.]|和|及|与|等)+$");
  private static final Pattern GROWTH_WORDS =
      Pattern.compile("(增长|增速|提高|提升|增加|增幅)(实现|保持|保持在|为|达到|达)?$");
  private static final Pattern DECREASE_WORDS = Pattern.compile("(下降|降低|减少|压减|降幅)(实现|为|达到|达)?$");
  /** 年均11.3%的增速: the rate named before the word. */
  private static final Pattern GROWTH_AFTER = Pattern.compile("^的?(增速|增长|增幅)");
  private static final Pattern AT_MOST_WORDS =
      Pattern.compile("(不超过|控制在|(?<!不)低于|不高于|压缩至|压减至|缩短至|降至|压缩到|缩短到)$");



  private Targets() {}

  /**
   * The targets in one measure or goal text.
   *
   * @param orig the text as written
   * @param norm the same text normalised (same length)
   * @param inherited deadline text to use when a target's sentence has none (may be empty)
   */
  static List<Target> extract(String orig, String norm, String inherited) {
    boolean[] quoted = Clauses.quoted(norm);
    List<Target> out = new ArrayList<>();
    for (int[] sentence : Clauses.spans(norm, 0, norm.length(), "。!?", true)) {
      String lastSubject = "";
      for (int[] clause : Clauses.spans(norm, sentence[0], sentence[1], ",;:", false)) {
        int clauseFrom = out.size();
        for (int[] group : Clauses.groups(
            norm,
            clause[0],
            clause[1],
            p -> !tokens(norm, p[0], p[1], quoted).isEmpty()
                || BREAK_ZERO.matcher(norm).region(p[0], p[1]).find()
                || DOUBLING.matcher(norm).region(p[0], p[1]).find()
                || TWIN.matcher(norm).region(p[0], p[1]).find())) {
          int prevEnd = group[0];
          List<Matcher> tokens = tokens(norm, group[0], group[1], quoted);
          Matcher twin = TWIN.matcher(norm).region(group[0], group[1]);
          if (tokens.isEmpty() && twin.find()) {
            out.addAll(TwinTargets.read(orig, norm, twin, group, sentence, clause, inherited));
            continue;
          }
          Matcher doubling = DOUBLING.matcher(norm).region(group[0], group[1]);
          if (tokens.isEmpty() && doubling.find() && !quoted[doubling.start()]) {
            boolean twice = "两".equals(doubling.group(1)) || "二".equals(doubling.group(1));
            out.add(wordTarget(orig, norm, group, sentence[0], clause[1], doubling.start(), lastSubject,
                TargetKind.GROWTH, BigDecimal.valueOf(twice ? 300 : 100), "%", inherited));
            continue;
          }
          Matcher zero = BREAK_ZERO.matcher(norm).region(group[0], group[1]);
          if (tokens.isEmpty() && zero.find() && !quoted[zero.start()]) {
            out.add(wordTarget(orig, norm, group, sentence[0], clause[1], zero.start(), lastSubject,
                TargetKind.BINARY, BigDecimal.ONE, "", inherited));
            continue;
          }
          for (int k = 0; k < tokens.size(); k++) {
            Matcher t = tokens.get(k);
            boolean more = k + 1 < tokens.size();
            int limit = more ? tokens.get(k + 1).start() : group[1];
            int afterEnd = limit;
            int closeQuote = norm.indexOf('”', t.end());
            if (quoted[t.start()] && closeQuote >= 0 && closeQuote < afterEnd) {
              afterEnd = closeQuote;
            }
            int openQuote = norm.lastIndexOf('“', t.start());
            if (quoted[t.start()] && openQuote >= prevEnd) {
              prevEnd = openQuote + 1;
            }
            if (more) {
              Matcher conn = CONNECTOR.matcher(norm).region(t.end(), limit);
              if (conn.find()) {
                afterEnd = conn.start();
              }
            }
            boolean useAfter = takesNounAfter(norm, prevEnd, t.start());
            Target target =
                build(orig, norm, t, prevEnd, useAfter ? afterEnd : t.end(), group, sentence, clause, inherited);
            if (quoted[t.start()] && openQuote >= clause[0]) {
              // 箱包皮具产业链围绕“链上企业达250家…”: the words before the quote say whose target
              String owner = quoteOwner(orig, norm, clause[0], openQuote);
              if (!owner.isEmpty() && !target.subject().startsWith(owner)) {
                target = withSubject(target, owner + target.subject());
              }
            }
            if (GENERIC.matcher(target.subject()).matches()) {
              // 新能源及其装备产业链加快…,努力实现产值增长15%: 产值 of the part the sentence is about
              String topic = topic(orig, norm, sentence[0], t.start());
              if (!topic.isEmpty()) {
                target = withSubject(target, topic + target.subject());
              }
            }
            if (target.subject().isEmpty() && !lastSubject.isEmpty()) {
              target = withSubject(target, lastSubject);
            } else if (target.subject().isEmpty()) {
              // 培育一批系统解决方案服务商,到2026年达到50家左右: the clause before names what is counted
              target = withSubject(target, previousClause(orig, norm, sentence[0], clause[0]));
            } else if (target.subject().startsWith("占") && !lastSubject.isEmpty()) {
              // 服务业增加值突破800亿元,占地区生产总值比重58%: the share of the amount just named
              target = withSubject(target, lastSubject + target.subject());
            }
            Target before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && target.kind() == TargetKind.SHARE && before.measure().equals(target.measure())
                && (before.kind() == TargetKind.GROWTH || before.kind() == TargetKind.DECREASE)
                && norm.substring(prevEnd, t.start()).replaceAll("[\\s、,和及]", "").isEmpty()
                && prevEnd > clause[0]) {
              // 分别下降24%、25%以上: a bare rate listed after a growth or a decrease is one too
              target = new Target(target.subject(), before.kind(), target.comparison(), target.value(),
                  target.upper(), target.measure(), target.deadline(), target.text());
            }
            lastSubject = target.subject();
            out.add(target);
            prevEnd = useAfter ? afterEnd : t.end();
          }
        }
        distribute(out, clauseFrom);
      }
    }
    return out;
  }

  /** A target written as a word (破零, 翻一番) at {@code at}: at least the value, about what comes before. */
  private static Target wordTarget(String orig, String norm, int[] group, int sentenceStart, int clauseEnd, int at,
      String lastSubject, TargetKind kind, BigDecimal value, String measure, String inherited) {
    String subject = subject(orig, norm, group[0], at, at, at);
    return new Target(
        subject.isEmpty() ? lastSubject : subject,
        kind,
        Comparison.AT_LEAST,
        value,
        null,
        measure,
        deadline(orig, norm, sentenceStart, at, clauseEnd, inherited),
        orig.substring(group[0], group[1]).strip());
  }

  /** 分别增长5.2%、8%左右: the qualifier after the last of numbers listed with 、 counts for each. */
  private static String sharedQualifier(String norm, int at) {
    Matcher sep = LIST_JOIN.matcher(norm).region(at, norm.length());
    if (!sep.lookingAt()) {
      return "";
    }
    Matcher next = TOKEN.matcher(norm).region(sep.end(), norm.length());
    next.useTransparentBounds(true);
    if (!next.lookingAt()) {
      return "";
    }
    return next.group("q") != null ? next.group("q") : sharedQualifier(norm, next.end());
  }

  private static final Pattern LIST_JOIN = Pattern.compile("\\s*[、和及与]\\s*");

  /**
   * 城镇、农村常住居民人均可支配收入分别增长5.2%、8%: one subject per number. The first names are
   * as long as each other, so the last one's first characters are its own and the rest is shared.
   */
  private static void distribute(List<Target> out, int from) {
    List<Target> each = out.subList(from, out.size());
    if (each.isEmpty() || !each.get(0).subject().endsWith("分别")) {
      return;
    }
    String whole = each.get(0).subject();
    String bare = whole.substring(0, whole.length() - 2).strip();
    String[] parts = bare.split("、");
    boolean alike = each.stream().allMatch(x -> x.subject().equals(whole));
    int len = parts[0].length();
    boolean split = alike && parts.length == each.size() && parts.length > 1
        && java.util.Arrays.stream(parts, 0, parts.length - 1).allMatch(x -> x.length() == len);
    String last = parts[parts.length - 1];
    String shared;
    if (split && len <= 4 && last.length() > len) {
      // 城镇、农村常住居民人均可支配收入: short qualifiers before one shared name
      shared = last.substring(len);
    } else if (split && len > 4) {
      // 万元GDP用水量、万元工业增加值用水量比2021年: whole names, the baseline after the last shared
      shared = last.contains("比") ? last.substring(last.lastIndexOf('比')) : "";
    } else {
      split = false;
      shared = "";
    }
    for (int i = 0; i < each.size(); i++) {
      if (each.get(i).subject().equals(whole)) {
        each.set(i, withSubject(each.get(i), split ? (i < parts.length - 1 ? parts[i] + shared : last) : bare));
      }
    }
  }

  /** The clause before {@code clauseStart} in its sentence, without 一批 and the opening words; or "". */
  private static String previousClause(String orig, String norm, int sentenceStart, int clauseStart) {
    int end = clauseStart - 1;
    if (end <= sentenceStart) {
      return "";
    }
    int start = end;
    while (start > sentenceStart && ",;:".indexOf(norm.charAt(start - 1)) < 0) {
      start--;
    }
    Matcher lead = LEAD_NOISE.matcher(norm).region(start, end);
    if (lead.lookingAt()) {
      start = lead.end();
    }
    String words = orig.substring(start, end).replaceAll("一大批|一批|一系列|若干", "").strip();
    return words.length() >= 2 && words.length() <= 30 && !words.matches(".*\\d.*") ? words : "";
  }

  /**
   * What the part of the sentence before {@code at} (from its last ; on) is about, when it opens
   * with a named industry, chain, cluster or park: 新能源及其装备产业链; else empty.
   */
  private static String topic(String orig, String norm, int sentenceStart, int at) {
    int from = Math.max(sentenceStart, norm.lastIndexOf(';', at) + 1);
    Matcher m = TOPIC.matcher(norm).region(from, Math.min(at, from + 24));
    return m.lookingAt() ? orig.substring(m.start(1), m.end(1)).strip() : "";
  }

  /** The owner named before a quoted goal, without the verb that introduces the quote. */
  private static String quoteOwner(String orig, String norm, int from, int openQuote) {
    int a = from;
    Matcher lead = LEAD_NOISE.matcher(norm).region(a, openQuote);
    if (lead.lookingAt()) {
      a = lead.end();
    }
    Matcher verb = QUOTE_VERB.matcher(norm).region(a, openQuote);
    int b = verb.find() ? verb.start() : openQuote;
    return orig.substring(a, Math.max(a, b)).strip();
  }

  /**
   * Whether the counted noun follows the number ({@code 布局10个市重大科技计划项目}) rather than
   * preceding it ({@code 高新技术企业突破1200家}): nothing but a verb stands before the number.
   */
  private static boolean takesNounAfter(String norm, int from, int numStart) {
    String pre = norm.substring(from, numStart);
    Matcher lead = LEAD_NOISE.matcher(pre);
    if (lead.lookingAt()) {
      pre = pre.substring(lead.end());
    }
    String stripped = pre;
    String prev;
    do {
      prev = stripped;
      stripped = TAIL_WORDS.matcher(stripped).replaceFirst("");
    } while (!stripped.equals(prev) && !stripped.isEmpty());
    return stripped.isEmpty() || VERB_END.matcher(pre).find();
  }

  private static Target build(
      String orig,
      String norm,
      Matcher t,
      int prevEnd,
      int afterEnd,
      int[] group,
      int[] sentence,
      int[] clause,
      String inherited) {
    String pre = norm.substring(prevEnd, t.start());
    String clauseText = norm.substring(group[0], group[1]);
    // 500余亩, 1000多人: at least the number; the word is no part of the measure
    String measure = t.group("m").replaceAll("余|多", "");
    String q = t.group("q") == null ? sharedQualifier(norm, t.end()) : t.group("q");
    BigDecimal value = ChineseNumbers.parse(t.group("num"));
    BigDecimal upper = t.group("up") == null ? null : ChineseNumbers.parse(t.group("up"));
    if (upper != null && upper.compareTo(value) < 0) {
      upper = null;
    }
    boolean percent = measure.equals("%") || measure.endsWith("百分点");
    String preTrim = pre.strip();
    TargetKind kind;
    String rest = norm.substring(t.end(), Math.min(norm.length(), t.end() + 4));
    if (percent && (GROWTH_WORDS.matcher(preTrim).find() || GROWTH_AFTER.matcher(rest).find())) {
      kind = TargetKind.GROWTH;
    } else if (percent && DECREASE_WORDS.matcher(preTrim).find()) {
      kind = TargetKind.DECREASE;
    } else if (percent) {
      kind = TargetKind.SHARE;
    } else if (clauseText.contains("每年")) {
      kind = TargetKind.ANNUAL;
    } else if (pre.contains("累计")) {
      kind = TargetKind.CUMULATIVE;
    } else if (upper != null) {
      kind = TargetKind.RANGE;
    } else if (q.equals("左右") || preTrim.endsWith("约")) {
      kind = TargetKind.APPROXIMATE;
    } else if (value.compareTo(BigDecimal.ONE) == 0 && (clauseText.contains("争创") || preTrim.endsWith("各"))) {
      kind = TargetKind.BINARY;
    } else {
      kind = TargetKind.AMOUNT;
    }
    Comparison cmp = Comparison.AT_LEAST;
    if (q.equals("左右") || preTrim.endsWith("约")) {
      cmp = Comparison.ABOUT;
    } else if (q.equals("以内") || q.equals("以下") || AT_MOST_WORDS.matcher(preTrim).find()) {
      cmp = Comparison.AT_MOST;
    }
    String subject = subject(orig, norm, prevEnd, t.start(), t.end(), afterEnd);
    if (kind == TargetKind.SHARE) {
      // the kind word is shown again in the notation: 研发活动企业 占比≥15%
      subject = subject.replaceFirst("(占比|佔比)$", "").strip();
    }
    if (kind == TargetKind.ANNUAL) {
      subject = subject.replaceFirst("^每年", "");
    } else if (kind == TargetKind.CUMULATIVE) {
      subject = subject.replaceFirst("(累计|累計)", "");
    }
    return new Target(
        subject,
        kind,
        cmp,
        value,
        upper,
        measure,
        deadline(orig, norm, sentence[0], t.start(), clause[1], inherited),
        orig.substring(group[0], group[1]).strip());
  }

  private static Target withSubject(Target t, String subject) {
    return new Target(
        subject, t.kind(), t.comparison(), t.value(), t.upper(), t.measure(), t.deadline(), t.text());
  }

  /** The words before the number (cleaned) and the noun after it, as written. */
  private static String subject(String orig, String norm, int from, int numStart, int numEnd, int to) {
    int a = from;
    int b = numStart;
    Matcher lead = LEAD_NOISE.matcher(norm).region(a, b);
    if (lead.lookingAt()) {
      a = lead.end();
    }
    boolean changed = true;
    while (changed && b > a) {
      changed = false;
      Matcher tail = TAIL_WORDS.matcher(norm).region(a, b);
      if (tail.find()) {
        b = tail.start();
        changed = true;
      }
    }
    String before = orig.substring(a, Math.max(a, b));
    int c = numEnd;
    int d = to;
    Matcher head = AFTER_NOISE_HEAD.matcher(norm).region(c, d);
    if (head.lookingAt()) {
      c = head.end();
    }
    Matcher tail = AFTER_NOISE_TAIL.matcher(norm).region(c, d);
    if (tail.find()) {
      d = tail.start();
    }
    String after = c < d ? orig.substring(c, d) : "";
    return (before + after).strip();
  }

  static Deadline deadline(
      String orig, String norm, int sentenceStart, int at, int clauseEnd, String inherited) {
    Matcher m = DEADLINE.matcher(norm).region(sentenceStart, at);
    String found = null;
    while (m.find()) {
      if (!isBaseYear(norm, m.start())) {
        found = orig.substring(m.start(), m.end());
      }
    }
    if (found == null) {
      Matcher after = DEADLINE.matcher(norm).region(at, clauseEnd);
      while (after.find()) {
        if (!isBaseYear(norm, after.start())) {
          found = orig.substring(after.start(), after.end());
          break;
        }
      }
    }
    if (found == null) {
      found = inherited == null ? "" : inherited;
    }
    return found.isEmpty() ? Deadline.NONE : Deadlines.parse(found, null);
  }

  /** 比2021年, 较2012年: the year a change is measured from, not the one it is due by. */
  private static boolean isBaseYear(String norm, int at) {
    return at > 0 && "比较同".indexOf(norm.charAt(at - 1)) >= 0;
  }

  /** The number tokens of a group that are targets, not names. */
  private static List<Matcher> tokens(String norm, int from, int to, boolean[] quoted) {
    List<Matcher> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (NamedNumbers.isTarget(norm, m, quoted)) {
        Matcher copy = TOKEN.matcher(norm).region(m.start(), to);
        copy.useTransparentBounds(true);
        copy.lookingAt();
        out.add(copy);
      }
    }
    // 收入10万元以上的村达到60个: a number that qualifies the noun of a later number is part of
    // that target's subject, not a target (建成3个以上的示范基地, with no number after, still is)
    for (int k = out.size() - 2; k >= 0; k--) {
      Matcher t = out.get(k);
      if (t.end() < to && norm.charAt(t.end()) == '的' && t.group("q") != null) {
        out.remove(k);
      }
    }
    return out;
  }

  /** Digits mixed with letters before a measure word ({@code 3S0家}): a number OCR spoiled. */
  static List<String> unreadable(String norm) {
    List<String> out = new ArrayList<>();
    Matcher m = UNREADABLE.matcher(norm);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}

package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.names.UnitNames;

/**
 * Finds the bracketed lists of responsible units in a measure and reads who leads:
 * {@code (A、B牵头,C、D等按职责分工负责)}, {@code (责任单位:A、B)}, {@code [A(科室)、B等按职责分工负责]},
 * {@code (A牵头负责)}, {@code (A、B分别牵头)}; with no lead marker every unit leads, unless the
 * document said the first one listed leads.
 */
final class UnitLists {
  private static final Pattern SIGNAL = Pattern.compile("牵头|负责|责任单位|责任部门|责任科室|责任处室|配合|协办|协作单位|协同单位|协同责任单位|参与单位");
  /** A role label: 牵头单位, 配合单位, and the longer 牵头责任单位 / 主要协作单位. */
  private static final String ROLE_LABEL = "(?:主要)?(?:牵头|配合|责任|协办|参与|协作|协同){1,2}(?:单位|部门)";
  private static final String COOP_LABEL = "(?:主要)?(?:配合|协同|协办|参与|协作)(?:责任)?(?:单位|部门)";
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:牵头(?:责任)?(?:单位|部门))[:：]?(.*?)(?:[;；,，。]|\\s)\\s*(?:" + COOP_LABEL + "|(?:主要)?责任(?:单位|部门))[:：]?(.*)$");
  /** 责任单位:A 配合单位:B — the responsible units lead when helpers are listed after them. */
  private static final Pattern LABELLED_RESPONSIBLE =
      Pattern.compile("(?:主要)?责任(?:单位|部门)[:：]?(.*?)(?:[;；,，。]|\\s)\\s*" + COOP_LABEL + "[:：]?(.*)$");
  private static final Pattern LABEL_SENTENCE =
      Pattern.compile("(?:^|[。;\\s])((?:牵头责任单位|牵头单位|责任单位|责任部门|责任科室|责任处室|牵头部门|" + COOP_LABEL + ")\\s*[:：])");
  /** 列第一位的为牵头单位, 第一责任单位为牵头单位, 排在首位的为牵头部门: the document's rule, not a unit. */
  static final String FIRST_LEADS_RULE =
      "(?:(?:列|排)(?:在|名)?)?(?:第一|首)(?:位|个)?(?:的|者)?(?:责任)?(?:单位|部门)?为牵头(?:单位|部门)?";
  private static final Pattern RULE_REMARK = Pattern.compile("[(\\[][^()\\[\\]]*" + FIRST_LEADS_RULE + "[^()\\[\\]]*[)\\]]\\s*$");
  private static final Pattern RULE = Pattern.compile("[。;,(\\[]?\\s*" + FIRST_LEADS_RULE + ".*$");
  /** 责任领导:杜新国; 牵头负责领导:金力; 牵头责任人:张三,具体责任人:李四: the people in charge, not units. */
  private static final Pattern PERSON_LABEL =
      Pattern.compile("(?:责任|牵头|分管|联系|包联)(?:负责)?(?:市|县|区)?领导(?:同志)?\\s*[:：][^;；]*[;；]?\\s*|(?:牵头|具体|主要|第一|直接)?责任人\\s*[:：][^;；]*?(?:[;；]|[,，](?=\\s*(?:牵头|具体|主要|第一|直接)?责任人)|$)\\s*");
  /** 牵头负责领导, 分管市领导, 责任领导: the label before the name of the leader in charge. */
  static final String LEADER_LABEL = "(?:牵头|分管|联系)?(?:负责|责任)?(?:市|县|区)?领导";
  /** 6月底完成, 2022年底前, 持续推进: a deadline written inside the list. */
  private static final Pattern TIME_PIECE =
      Pattern.compile("^(?:(?:20\\d\\d年)?(?:\\d{1,2}月|年|季度|上半年|下半年)[底末中]?(?:前|以前)?(?:完成|启动|见效)?|全年|年内|持续推进|长期(?:坚持|推进)?|(?:完成时限|完成时间|时限要求|时间节点|完成|时限)[:：].*)$");
  /** A label that is not a unit label ends an unbracketed list: 时限要求:持续推进. */
  private static final Pattern OTHER_LABEL =
      Pattern.compile("\\s(?!" + ROLE_LABEL + ")(?:[^\\s:：,，、;；。]\\s?){2,6}[:：]");
  private static final Pattern SENTENCE_AFTER =
      Pattern.compile("。(?!\\s*" + ROLE_LABEL + ")(?=.)");
  private static final Pattern SHARED_EACH = Pattern.compile("^(?:街道办事处|街道办|街道|社区|居委会|村委会)$");
  private static final Pattern BARE_LEVELS = Pattern.compile("^各?(?:有关|相关)?(?:县|市|区|乡|镇|街道|州)+$");
  private static final Pattern GLUED = Pattern.compile("(局|委|办|厅|政府|中心|管委会)(?=(?:省|市|区|县|州|国家)[^局委办厅]{1,12}(?:局|委|办|厅|政府|中心|管委会))");
  private static final Pattern CELL_ROLE =
      Pattern.compile("(?:分别|共同|联合)?(?:牵头|配合|协助)(?:负责|落实|实施)?\\s*$");
  private static final Pattern OWN_BODY = Pattern.compile("各|^(?:市|县|区|镇|乡)(?:直|级)(?:各|有关|相关|部门|单位|机关)");
  private static final Pattern JOIN = Pattern.compile("及|和|与|以及");
  private static final Pattern UNIT_END = Pattern.compile("(局|委|办|府|区|部|厅|院|校|行|中心|会|室|所|县|市|门|位|处|团|司|关)$");
  /** The lead marked in brackets after one unit's name, as {@link #read} takes it apart. */
  private static final Pattern ROLE_MARK = Pattern.compile("\\s*牵头\\s*");
  /** 协同责任单位:, 配合单位: a list of cooperators only, on a line of its own. */
  private static final Pattern COOP_PREFIX = Pattern.compile("^" + COOP_LABEL + "[:：]\\s*");
  private static final Pattern PREFIX = Pattern.compile("^(?:牵头责任单位|责任单位|责任部门|责任科室|责任处室|牵头单位|牵头部门|单位)[:：]\\s*");
  /** 市科技局负责,市财政局、市教育局按职责分工落实: the unit before 负责 leads. */
  private static final Pattern DUTY_SPLIT = Pattern.compile("^([^,，;；]+?)(?:具体)?负责[,，;；]\\s*(.+)$");
  private static final Pattern BARE_ROLE_LABEL = Pattern.compile("\\s*" + ROLE_LABEL + "\\s*");
  private static final Pattern BRACKETED_LABEL = Pattern.compile("\\[\\s*" + ROLE_LABEL + "\\s*\\]");
  private static final Pattern ROLE_SENTENCE =
      Pattern.compile("(?:^|[。;；])\\s*由?([^。;；()\\[\\]]{2,80}?(?:分别|共同)?牵头(?:负责)?[,，]"
          + "[^。;；()\\[\\]]{2,160}?(?:配合|参与|协助|协同|协办)(?:实施|落实|推进)?"
          + "|[^。;；()\\[\\]]{2,160}?(?:按职责分工|按照职责分工|按职责|根据职责分工)(?:负责|落实|推进))"
          + "\\s*[。;；]?\\s*$");
  private static final Pattern LEAD_SPLIT = Pattern.compile("^(.*?)(?:分别|共同|联合)?牵头(?:负责|督导|抓总)?[,，;；、]?(.*)$");
  /** 自然资源局参与,各县区政府负责落实: the role word after a cooperator is not part of its name. */
  private static final Pattern NAME_ROLE = Pattern.compile("(?:参与|配合|协助|协办|协同)(?:实施|落实)?$");
  private static final Pattern TAIL =
      Pattern.compile("(?:等(?:相关单位|有关单位)?)?(?:按职责分工|按照职责分工|按职责|根据职责|分工)?(?:负责|配合|参与|落实|实施)?$");

  private UnitLists() {}

  /** Every unit list in the text, in order. {@code firstLeads}: the document's own rule. */
  static List<UnitList> find(String norm, String orig, boolean firstLeads) {
    List<UnitList> out = new ArrayList<>();
    int i = 0;
    while (i < norm.length()) {
      char c = norm.charAt(i);
      if (c == '(' || c == '[') {
        int close = closing(norm, i);
        if (close < 0) {
          break;
        }
        Text inner = new Text(norm.substring(i + 1, close), orig.substring(i + 1, close));
        if (BARE_ROLE_LABEL.matcher(inner.n).matches()) {
          // 【责任单位】市科技局、市财政局: the label in brackets, the list after it to the full stop
          int end = norm.indexOf('。', close);
          end = end < 0 ? norm.length() : end;
          UnitList l = read(bracketLabels(new Text(norm.substring(i, end), orig.substring(i, end))), i, end, firstLeads);
          if (l != null) {
            out.add(l);
          }
          i = end;
          continue;
        }
        if (ROLE_MARK.matcher(inner.n).matches()) {
          // 责任单位:县委组织部(牵头)、县财政局: the mark belongs to the name before it, not a list
          i = close + 1;
          continue;
        }
        boolean atEnd = norm.substring(close + 1).replaceAll("[\\s。;.]", "").isEmpty();
        // 各县(市、区)政府(管委会): brackets right after a name are part of it, not a list
        boolean afterName = UNIT_END.matcher(norm.substring(Math.max(0, i - 4), i)).find();
        if (SIGNAL.matcher(inner.n).find() || (atEnd && !afterName && allUnits(inner))) {
          UnitList l = read(inner, i, close + 1, firstLeads);
          if (l != null) {
            out.add(l);
          }
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    if (out.isEmpty()) {
      UnitList labelled = unbracketed(norm, orig, firstLeads);
      if (labelled == null) {
        labelled = roleSentence(norm, orig, firstLeads);
      }
      if (labelled != null) {
        out.add(labelled);
      }
    }
    return out;
  }

  /** [责任单位]A、B [配合单位]C as 责任单位:A、B 配合单位:C, offsets kept. */
  private static Text bracketLabels(Text t) {
    StringBuilder n = new StringBuilder(t.n);
    StringBuilder o = new StringBuilder(t.o);
    Matcher m = BRACKETED_LABEL.matcher(t.n);
    while (m.find()) {
      n.setCharAt(m.start(), ' ');
      o.setCharAt(m.start(), ' ');
      n.setCharAt(m.end() - 1, ':');
      o.setCharAt(m.end() - 1, ':');
    }
    return new Text(n.toString(), o.toString()).strip();
  }

  /**
   * 由市科技局牵头,市财政局、市教育局配合。 / 市科技局、市人才办按职责分工负责。: a sentence that
   * is nothing but who leads and who helps,
   * without brackets or labels; only when every name in it reads as a unit's.
   */
  private static UnitList roleSentence(String norm, String orig, boolean firstLeads) {
    Matcher m = ROLE_SENTENCE.matcher(norm);
    if (!m.find()) {
      return null;
    }
    UnitList l = read(new Text(norm.substring(m.start(1), m.end(1)), orig.substring(m.start(1), m.end(1))),
        m.start(1), m.end(1), firstLeads);
    if (l == null || l.leads().isEmpty() || !l.doubtful().isEmpty()) {
      return null;
    }
    // 各地各部门要按职责分工负责: a call to everyone, not a list (no name ends as a body's does)
    boolean named = Stream.concat(l.leads().stream(), l.cooperators().stream())
        .allMatch(u -> UNIT_END.matcher(UnitNames.simplify(u)).find());
    return named ? l : null;
  }

  /**
   * A list written as a sentence of its own after the measure, without brackets:
   * {@code 。责任单位:市科技局、市财政局} or {@code 牵头单位:A;配合单位:B}.
   */
  private static UnitList unbracketed(String norm, String orig, boolean firstLeads) {
    Matcher m = LABEL_SENTENCE.matcher(norm);
    if (!m.find()) {
      return null;
    }
    int start = m.start(1);
    int end = norm.length();
    String rest = norm.substring(start);
    // Only the label sentences: stop at a sentence that is not a unit label.
    Matcher stop = Pattern.compile("。(?!\\s*" + ROLE_LABEL + ")").matcher(rest);
    if (stop.find()) {
      end = start + stop.start();
    }
    Matcher other = OTHER_LABEL.matcher(norm.substring(start + 5, end));
    if (other.find()) {
      end = start + 5 + other.start();
    }
    Text inner = new Text(norm.substring(start, end), orig.substring(start, end));
    return read(inner, start, end, firstLeads);
  }

  /** Normalised text and the document's own text, of equal length. */
  private record Text(String n, String o) {
    Text sub(int from, int to) {
      return new Text(n.substring(from, to), o.substring(from, to));
    }

    Text strip() {
      int a = 0;
      int b = n.length();
      while (a < b && Character.isWhitespace(n.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(n.charAt(b - 1))) {
        b--;
      }
      return sub(a, b);
    }
  }

  private static boolean allUnits(Text inner) {
    List<String> parts = names(inner);
    if (parts.isEmpty()) {
      return false;
    }
    for (String p : parts) {
      if (!UnitNames.looksLikeUnit(p)) {
        return false;
      }
    }
    return true;
  }

  private static UnitList read(Text inner, int start, int end, boolean firstLeads) {
    Text s = inner.strip();
    // 〔责任单位:A、B按职责分工负责。具体任务均涉及…,下同。〕: the sentence after the list is a remark
    Matcher stop = SENTENCE_AFTER.matcher(s.n);
    if (stop.find()) {
      s = s.sub(0, stop.start()).strip();
    }
    Matcher person = PERSON_LABEL.matcher(s.n);
    while (person.find()) {
      // blank the person's label out, keeping offsets: 责任领导:杜新国;牵头单位:区发改局
      s = new Text(
          s.n.substring(0, person.start()) + " ".repeat(person.end() - person.start()) + s.n.substring(person.end()),
          s.o.substring(0, person.start()) + " ".repeat(person.end() - person.start()) + s.o.substring(person.end()));
      s = s.strip();
      person = PERSON_LABEL.matcher(s.n);
    }
    Matcher remark = RULE_REMARK.matcher(s.n);
    while (remark.find()) {
      // 市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同): a remark after the last name
      s = s.sub(0, remark.start()).strip();
      firstLeads = true;
      remark = RULE_REMARK.matcher(s.n);
    }
    Matcher rule = RULE.matcher(s.n);
    boolean ruleOnly = false;
    if (rule.find()) {
      // (责任单位:A、B。列第一位的为牵头单位,下同): the rule is not a unit
      s = s.sub(0, rule.start()).strip();
      firstLeads = true;
      // (除标注“分别牵头”外,列第一位为牵头单位): nothing but the rule and its exception
      ruleOnly = s.n.isEmpty() || s.n.startsWith("除");
    }
    List<String> leads;
    List<String> coops;
    Matcher lab = LABELLED.matcher(s.n);
    boolean labelled = lab.find();
    if (!labelled) {
      lab = LABELLED_RESPONSIBLE.matcher(s.n);
      labelled = lab.find();
    }
    if (labelled) {
      leads = names(s.sub(lab.start(1), lab.end(1)));
      coops = names(stripTail(s.sub(lab.start(2), lab.end(2))));
    } else {
      Matcher pre = PREFIX.matcher(s.n);
      Matcher coopsOnly = COOP_PREFIX.matcher(s.n);
      if (pre.find()) {
        s = s.sub(pre.end(), s.n.length());
      }
      Matcher m = LEAD_SPLIT.matcher(s.n);
      Matcher duty;
      if (coopsOnly.find()) {
        leads = List.of();
        coops = names(stripTail(s.sub(coopsOnly.end(), s.n.length())));
      } else if (s.n.contains("(牵头)")) {
        // 市科技局(牵头)、市财政局: the lead marked after its name
        leads = new ArrayList<>();
        coops = new ArrayList<>();
        for (String u : names(stripTail(s))) {
          String bare = u.replaceFirst("\\s*[(（](牵头|牽頭)[)）]$", "");
          (bare.equals(u) ? coops : leads).add(bare);
        }
        if (leads.isEmpty()) {
          leads = coops;
          coops = List.of();
        }
      } else if (m.matches() && !m.group(1).isBlank()) {
        leads = names(s.sub(m.start(1), m.end(1)));
        coops = names(stripTail(s.sub(m.start(2), m.end(2))));
      } else if ((duty = dutyLead(s)) != null) {
        leads = names(s.sub(duty.start(1), duty.end(1)));
        coops = names(stripTail(s.sub(duty.start(2), duty.end(2))));
      } else {
        List<String> all = names(stripTail(s));
        if (firstLeads && !all.isEmpty()) {
          leads = all.subList(0, 1);
          coops = all.subList(1, all.size());
        } else {
          leads = all;
          coops = List.of();
        }
      }
    }
    if (leads.isEmpty() && coops.isEmpty() || ruleOnly) {
      return null;
    }
    List<String> doubtful = new ArrayList<>();
    for (String u : leads) {
      if (!UnitNames.looksLikeUnit(u)) {
        doubtful.add(u);
      }
    }
    for (String u : coops) {
      if (!UnitNames.looksLikeUnit(u)) {
        doubtful.add(u);
      }
    }
    return new UnitList(start, end, leads, coops, doubtful, deadlineIn(s));
  }

  /** (责任单位:市科技局;完成时限:2025年12月底): the deadline piece of a list, its label dropped. */
  private static String deadlineIn(Text s) {
    int from = 0;
    for (int i = 0; i <= s.n.length(); i++) {
      if (i == s.n.length() || ";；,，".indexOf(s.n.charAt(i)) >= 0) {
        Text piece = s.sub(from, i).strip();
        from = i + 1;
        if (!piece.n.isEmpty() && TIME_PIECE.matcher(piece.n).matches() && piece.n.matches(".*\\d.*")) {
          return piece.o.replaceFirst("^[^:：]*[:：]\\s*", "").replaceFirst("完成$", "").strip();
        }
      }
    }
    return "";
  }

  /**
   * True if the text is a list of unit names and nothing else ({@code 区政府有关部门,各乡镇人民政府。}):
   * every name reads as a unit's or ends as a body's name does.
   */
  static boolean isUnitList(String written) {
    List<String> names = namesOf(written);
    return !names.isEmpty() && names.stream().allMatch(u -> UnitNames.looksLikeUnit(u)
        || u.length() <= 20 && UNIT_END.matcher(UnitNames.simplify(u)).find());
  }

  /** The 负责 split of a list, when what stands before 负责 are unit names; else null. */
  private static Matcher dutyLead(Text s) {
    Matcher d = DUTY_SPLIT.matcher(s.n);
    if (!d.matches()) {
      return null;
    }
    List<String> before = names(s.sub(d.start(1), d.end(1)));
    return !before.isEmpty() && before.stream().allMatch(UnitNames::looksLikeUnit) ? d : null;
  }

  private static Text stripTail(Text s) {
    Text t = s.strip();
    Text prev;
    do {
      prev = t;
      Matcher m = TAIL.matcher(t.n);
      if (m.find() && m.start() < t.n.length()) {
        t = t.sub(0, m.start()).strip();
      }
      int b = t.n.length();
      while (b > 0 && ",，、;；".indexOf(t.n.charAt(b - 1)) >= 0) {
        b--;
      }
      t = t.sub(0, b);
    } while (!t.n.equals(prev.n) && !t.n.isEmpty());
    return t;
  }

  /** A unit list written in a table cell: {@code 市发改委牵头,市财政局配合}. */
  static UnitList ofCell(String written, boolean firstLeads) {
    String norm =
        TextStream.normalize(written);
    return read(new Text(norm, written), 0, written.length(), firstLeads);
  }

  /**
   * The names in a plain list such as a table cell: {@code 市科工局、市统计局}; a role word closing
   * the cell ({@code 区住建局、区水利局共同牵头}, {@code …配合}) is not part of the last name.
   */
  static List<String> namesOf(String written) {
    Text t = new Text(TextStream.normalize(written), written);
    Matcher role = CELL_ROLE.matcher(t.n);
    if (role.find() && role.start() > 0) {
      t = t.sub(0, role.start());
    }
    // 区发改委、区市场监管局。: a cell written as a sentence ends with its full stop
    int end = t.n.length();
    while (end > 0 && "。．.;；".indexOf(t.n.charAt(end - 1)) >= 0) {
      end--;
    }
    return names(t.sub(0, end));
  }

  /** Splits a list on 、 , ; outside brackets, as written; drops the stray 等 and empty pieces. */
  private static List<String> names(Text s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    Text levels = null;
    for (int i = 0; i <= s.n.length(); i++) {
      char c = i < s.n.length() ? s.n.charAt(i) : '、';
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      if ((depth == 0 || i == s.n.length()) && "、,，;；".indexOf(c) >= 0) {
        Text piece = s.sub(from, i).strip();
        from = i + 1;
        if (c == '、' && i < s.n.length() && BARE_LEVELS.matcher(piece.n).matches() && !ownBody(s.n, i + 1)) {
          // 各县市、区政府: the levels listed before the body they name are one unit
          levels = levels == null ? piece : new Text(levels.n + piece.n, levels.o + piece.o);
          continue;
        }
        if (levels != null) {
          piece = new Text(levels.n + piece.n, levels.o + piece.o);
          levels = null;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).startsWith("各") && SHARED_EACH.matcher(piece.n).matches()) {
          // 各乡镇人民政府、街道办事处: the 各 before the first body counts for the second as well
          piece = new Text("各" + piece.n, "各" + piece.o);
        }
        addName(out, piece);
      }
    }
    return out;
  }

  /**
   * Whether the piece from {@code from} names units of its own rather than the body the levels
   * before it belong to: 各街道、区直各部门 is two units, 各县市、区政府 one.
   */
  private static boolean ownBody(String n, int from) {
    int to = from;
    int depth = 0;
    while (to < n.length() && (depth > 0 || "、,，;；".indexOf(n.charAt(to)) < 0)) {
      char c = n.charAt(to);
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      to++;
    }
    return OWN_BODY.matcher(n.substring(from, to)).find();
  }

  private static void addName(List<String> out, Text piece) {
    Text p = piece.strip();
    Matcher head = Pattern.compile("^(和|及|以及)").matcher(p.n);
    if (head.find()) {
      p = p.sub(head.end(), p.n.length()).strip();
    }
    Matcher tail = Pattern.compile("等(?:有关|相关|其他|其它)?(?:部门|单位)?$").matcher(p.n);
    if (tail.find()) {
      p = p.sub(0, tail.start()).strip();
    }
    Matcher role = NAME_ROLE.matcher(p.n);
    if (role.find() && role.start() > 0 && UnitNames.looksLikeUnit(p.n.substring(0, role.start()))) {
      p = p.sub(0, role.start()).strip();
    }
    if (p.n.isEmpty() || TIME_PIECE.matcher(p.n).matches()) {
      return;
    }
    // 市级各有关部门及各县市区政府: two units joined by 及/和/与, each a unit name on its own
    Matcher join = JOIN.matcher(p.n);
    while (join.find()) {
      String left = p.n.substring(0, join.start());
      String right = p.n.substring(join.end());
      if (UnitNames.looksLikeUnit(left) && UnitNames.looksLikeUnit(right) && UNIT_END.matcher(left).find()) {
        addName(out, p.sub(0, join.start()));
        addName(out, p.sub(join.end(), p.n.length()));
        return;
      }
    }
    // 市行政审批局市司法局: two names a table cell held on two lines, run together when copied
    Matcher glued = GLUED.matcher(p.n);
    while (glued.find()) {
      int cut = glued.end(1);
      String left = p.n.substring(0, cut);
      String right = p.n.substring(cut);
      if (left.length() >= 3 && right.length() >= 3 && UnitNames.looksLikeUnit(left) && UnitNames.looksLikeUnit(right)) {
        out.add(p.o.substring(0, cut).strip());
        addName(out, p.sub(cut, p.n.length()));
        return;
      }
    }
    out.add(p.o);
  }

  /** Index of the bracket closing the one at {@code open}, or -1. */
  static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}

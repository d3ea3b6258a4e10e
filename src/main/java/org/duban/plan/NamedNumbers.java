package org.duban.plan;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which numbers of a text are targets: a number with a measure word is not one when it names
 * something (“4+4科创工程”, 第29次, 世界500强), sets the terms of a policy (给予每个最高5000元补贴),
 * sizes a set or a class (全国168个重点城市, 五亿元以上企业) or describes a noun (15分钟生活圈).
 */
final class NamedNumbers {
  private static final Pattern QUOTED_GOAL =
      Pattern.compile("(达到|达|突破|超过|超|不少于|不低于)\\s*\\d");
  private static final Pattern SCOPE_VERB = Pattern.compile("(加大|加强|围绕|聚焦|依托|针对|对接|瞄准|按照|覆盖全市)$");
  private static final Pattern PAYMENT =
      Pattern.compile(
          "(给予|奖励|补贴|补助|资助|奖补)(?:每[个家户人项台])?(?:一次性)?(?:最高|最多|不超过|不高于)?(?:奖励|补贴|补助)?$");
  /** 减按25%, 加计扣除比例提高至100%, 补贴标准为50%: the rate of a tax rule or a subsidy. */
  private static final Pattern RATE =
      Pattern.compile("(减按|按照|按|(?:扣除|补贴|奖励|贴息|报销|资助|补助|奖补)(?:比例|标准)(?:提高至|提高到|为|达到)?)$");
  private static final Pattern BRACKET = Pattern.compile("(?:以下|以内)?(?:的)?部分");
  private static final Pattern QUALIFIES =
      Pattern.compile("[^,;。]{0,4}的[^,;。]{0,10}(给予|奖励|补贴|补助|资助|奖补|予以)");
  private static final Pattern UPPER_END =
      Pattern.compile("\\d" + Targets.MEASURE + "\\s*[-－—–~～至]{1,2}\\s*$");
  private static final Pattern RATE_BEFORE =
      Pattern.compile("(率|比例|比重|系数|指数|能耗|强度|占比|密度|值|PUE)(控制在|保持在|降至|降低到|下降到|不高于|不超过|低于|小于|达到|不低于|高于)$");
  private static final Pattern SET_SCOPE = Pattern.compile("全(国|省|市|区|县|球)$");
  private static final Pattern CLASS_NOUN =
      Pattern.compile("(?:的)?[\\u4e00-\\u9fff]{0,2}?(企业|项目|单位|园区|景区|集群|产业链|产业|工程|基地|商户|市场主体)");
  /** A size class is one of money or area: 亿元以上项目, 1万平方米以上厂房. */
  private static final Pattern SIZE_MEASURE = Pattern.compile("元|平方米|亩");

  private NamedNumbers() {}

  /**
   * A quoted goal such as {@code 围绕“链上企业达250家、规模企业60家”的年度目标} holds targets; a quoted
   * name such as {@code “4+4科创工程”} does not. Told apart by a comparator word inside the quotes.
   */
  private static boolean quotedGoal(String norm, int at) {
    int open = norm.lastIndexOf('“', at);
    int close = norm.indexOf('”', at);
    if (open < 0 || close < 0) {
      return false;
    }
    return QUOTED_GOAL.matcher(norm.substring(open + 1, close)).find();
  }

  /** Whether the number a {@code Targets.TOKEN} match found at {@code m} is a target. */
  static boolean isTarget(String norm, Matcher m, boolean[] quoted) {
    int s = m.start();
    if (quoted[s] && !quotedGoal(norm, s)) {
      return false;
    }
    if (isPolicyTerm(norm, s, m.end())) {
      return false;
    }
    // 24小时应急值守, 15分钟健身圈: a span of time that describes the noun after it
    if (m.group("q") == null && m.group("m").matches("小时|分钟|天") && m.end() < norm.length()
        && Character.UnicodeScript.of(norm.charAt(m.end())) == Character.UnicodeScript.HAN
        && "内以之左".indexOf(norm.charAt(m.end())) < 0) {
      return false;
    }
    // 死亡率控制在0.011以内: a rate without a measure word counts only after a rate and its bound
    if (m.group("m").isEmpty() && !RATE_BEFORE.matcher(norm.substring(Math.max(0, s - 8), s)).find()) {
      return false;
    }
    // 3万元-5万元: the upper end of a range written with its measure twice; the lower end is the bar
    if (UPPER_END.matcher(norm.substring(Math.max(0, s - 12), s)).find()) {
      return false;
    }
    // 退出全国168个重点城市后20位: the size of the set a rank is taken in, not a result
    if (SET_SCOPE.matcher(norm.substring(Math.max(0, s - 2), s)).find()) {
      return false;
    }
    if (m.group("q") != null && m.group("q").endsWith("以上") && SIZE_MEASURE.matcher(m.group("m")).find()
        && isSizeClass(norm, m.end())) {
      return false;
    }
    // 培育25个社零额超过200亿元的消费强县: the amount says which counties the 25个 are
    if (m.end() < norm.length() && norm.charAt(m.end()) == '的' && SIZE_MEASURE.matcher(m.group("m")).find()
        && countedBefore(norm, s)) {
      return false;
    }
    char before = s > 0 ? norm.charAt(s - 1) : ' ';
    // 第29次, 前50强, 每万人, 新9条, 人才新政18条, 5+10
    if ("第前每新政+×xX*/".indexOf(before) >= 0) {
      return false;
    }
    int e = m.end();
    char next = e < norm.length() ? norm.charAt(e) : '。';
    if ("+×".indexOf(next) >= 0) {
      return false;
    }
    String measure = m.group("m");
    // 百亿级, 千亿级企业: a class of size, not a count
    if (next == '级' && (measure.startsWith("亿") || measure.startsWith("万"))) {
      return false;
    }
    // 加大4个产业集群培育力度, 围绕7大产业链: the number names the scope, not a result
    int from = Math.max(0, s - 6);
    if (SCOPE_VERB.matcher(norm.substring(from, s)).find()) {
      return false;
    }
    String num = m.group("num");
    if (!Character.isDigit(num.charAt(0))) {
      BigDecimal v = ChineseNumbers.parse(num);
      if (v == null || v.compareTo(BigDecimal.ONE) <= 0) {
        return false;
      }
      // 三个重点, 三条细分产业链: a Chinese numeral counts only where the clause ends or qualifies it
      // 超过五千亿规模: a bare magnitude is a measure only before 规模/以上/左右 or a clause end
      boolean qualified = m.group("q") != null || measure.matches("万亿|亿|万");
      if (!qualified && ",;:。、)".indexOf(next) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number that sets the terms of a policy rather than a result to reach: who qualifies
   * ({@code 对年营业收入首次突破1亿元的企业给予奖励}), how much is paid ({@code 给予每个最高5000元补贴}),
   * a rate or a bracket of a tax rule ({@code 减按25%计入}, {@code 不超过200万元部分减半征收}).
   */
  private static boolean isPolicyTerm(String norm, int s, int e) {
    int sentence = Math.max(norm.lastIndexOf('。', s), norm.lastIndexOf(';', s)) + 1;
    String before = norm.substring(Math.max(sentence, s - 12), s);
    if (PAYMENT.matcher(before).find() || RATE.matcher(before).find()) {
      return true;
    }
    String after = norm.substring(e, Math.min(norm.length(), e + 16));
    if (BRACKET.matcher(after).lookingAt()) {
      return true;
    }
    int of = norm.lastIndexOf('对', s);
    if (of >= sentence) {
      Matcher q = QUALIFIES.matcher(after);
      return q.lookingAt() && !norm.substring(of, s).contains(",");
    }
    return false;
  }

  /**
   * {@code 十亿元以上企业30家}: an amount with 以上 naming a class of enterprises or projects that
   * another number in the same clause then counts.
   */
  private static boolean isSizeClass(String norm, int e) {
    Matcher noun = CLASS_NOUN.matcher(norm).region(e, Math.min(norm.length(), e + 10));
    if (!noun.lookingAt()) {
      return false;
    }
    for (int i = noun.end(); i < norm.length() && i < noun.end() + 12; i++) {
      char c = norm.charAt(i);
      if (",;。、".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isDigit(c) || "一二两三四五六七八九十".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a count (25个) stands earlier in the same clause. */
  private static boolean countedBefore(String norm, int s) {
    int from = s;
    while (from > 0 && ",;。、".indexOf(norm.charAt(from - 1)) < 0) {
      from--;
    }
    Matcher m = Targets.TOKEN.matcher(norm).region(from, s);
    while (m.find()) {
      if (!SIZE_MEASURE.matcher(m.group("m")).find()) {
        return true;
      }
    }
    return false;
  }
}

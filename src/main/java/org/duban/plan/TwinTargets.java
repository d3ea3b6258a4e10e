package org.duban.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.duban.model.Comparison;
import org.duban.model.Target;
import org.duban.model.TargetKind;

/** The slogan form of two targets at once: {@code A和B数量实现“双破万”}. */
final class TwinTargets {
  private TwinTargets() {}

  /**
   * {@code 高新技术企业和科技型中小企业数量实现“双破万”}: each of the two named counts passes the
   * number in the slogan.
   */
  static List<Target> read(
      String orig, String norm, Matcher twin, int[] group, int[] sentence, int[] clause, String inherited) {
    List<Target> out = new ArrayList<>();
    String num = twin.group(2);
    BigDecimal value = ChineseNumbers.parse("一二两三四五六七八九".indexOf(num.charAt(0)) >= 0 || Character.isDigit(num.charAt(0)) ? num : "一" + num);
    if (value == null || value.signum() <= 0) {
      return out;
    }
    int from = group[0];
    Matcher lead = Targets.LEAD_NOISE.matcher(norm).region(from, twin.start(1));
    if (lead.lookingAt()) {
      from = lead.end();
    }
    String subjects = orig.substring(from, twin.start(1));
    String subjectsNorm = norm.substring(from, twin.start(1));
    String suffix = twin.group(1).startsWith("数量") ? orig.substring(twin.start(1), twin.start(1) + 2) : "";
    int start = 0;
    for (int i = 0; i <= subjectsNorm.length(); i++) {
      if (i == subjectsNorm.length() || "和与及、".indexOf(subjectsNorm.charAt(i)) >= 0) {
        String subject = subjects.substring(start, i).strip();
        String subjectNorm = subjectsNorm.substring(start, i).strip();
        if (!subject.isEmpty()) {
          out.add(
              new Target(
                  subject + suffix,
                  TargetKind.AMOUNT,
                  Comparison.AT_LEAST,
                  value,
                  null,
                  subjectNorm.endsWith("企业") ? "家" : "",
                  Targets.deadline(orig, norm, sentence[0], twin.start(), clause[1], inherited),
                  orig.substring(group[0], group[1]).strip()));
        }
        start = i + 1;
      }
    }
    return out.size() == 2 ? out : List.of();
  }

}

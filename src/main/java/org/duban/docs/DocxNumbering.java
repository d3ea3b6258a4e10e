package org.duban.docs;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Word's automatic list numbers, which are not in a paragraph's text: a heading typed as "总体要求"
 * with numbering "%1、" in chineseCounting reads 一、总体要求 on screen, and the plan parser needs that 一、
 * to see the structure. Counters run as Word runs them: per abstract list, deeper levels restarting
 * when a higher level advances.
 */
final class DocxNumbering {
  private static final int LEVELS = 9;
  private static final String TIAN_GAN = "甲乙丙丁戊己庚辛壬癸";
  private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";

  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private final Set<BigInteger> numsSeen = new HashSet<>();

  DocxNumbering(XWPFNumbering numbering, XWPFStyles styles) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /** The list number shown before the paragraph ("一、", "（二）", "3."), or empty. */
  String label(XWPFParagraph p) {
    if (numbering == null) {
      return "";
    }
    try {
      BigInteger numId = p.getNumID();
      BigInteger ilvl = p.getNumIlvl();
      if (numId == null) {
        // Headings usually get their numbers from the paragraph style, not the paragraph.
        CTNumPr fromStyle = styleNumbering(p.getStyleID());
        if (fromStyle == null || fromStyle.getNumId() == null) {
          return "";
        }
        numId = fromStyle.getNumId().getVal();
        ilvl = fromStyle.getIlvl() == null ? null : fromStyle.getIlvl().getVal();
      }
      if (numId == null || numId.signum() == 0) {
        return ""; // numId 0 switches numbering off
      }
      return labelOf(numId, ilvl == null ? -1 : ilvl.intValue(), p.getStyleID());
    } catch (RuntimeException e) {
      return ""; // a broken numbering part must not lose the paragraph's own text
    }
  }

  private CTNumPr styleNumbering(String styleId) {
    String id = styleId;
    for (int depth = 0; styles != null && id != null && depth < 10; depth++) {
      XWPFStyle style = styles.getStyle(id);
      if (style == null) {
        return null;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.getPPr() != null && ct.getPPr().getNumPr() != null) {
        return ct.getPPr().getNumPr();
      }
      id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
    }
    return null;
  }

  /**
   * @param level the list level, or -1 when only the style says it (the level whose pStyle is the
   *     paragraph's style, else the first)
   */
  private String labelOf(BigInteger numId, int level, String styleId) {
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null || level >= LEVELS) {
      return "";
    }
    BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
    XWPFAbstractNum abs = numbering.getAbstractNum(absId);
    if (abs == null) {
      return "";
    }
    CTLvl[] lvls = new CTLvl[LEVELS];
    for (CTLvl l : abs.getCTAbstractNum().getLvlList()) {
      int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        lvls[i] = l;
      }
    }
    if (level < 0) {
      level = 0;
      for (int i = 0; i < LEVELS; i++) {
        if (lvls[i] != null
            && lvls[i].getPStyle() != null
            && lvls[i].getPStyle().getVal().equals(styleId)) {
          level = i;
        }
      }
    }
    int[] count = counters.computeIfAbsent(absId, k -> initial(lvls));
    if (numsSeen.add(numId)) {
      // A list instance that overrides its start restarts the counting ("1." again in part two).
      for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
        if (o.getStartOverride() != null
            && o.getIlvl() != null
            && o.getIlvl().intValue() < LEVELS) {
          count[o.getIlvl().intValue()] = o.getStartOverride().getVal().intValue() - 1;
        }
      }
    }
    count[level]++;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      count[deeper] = start(lvls[deeper]) - 1;
    }
    CTLvl lvl = lvls[level];
    if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
      return "";
    }
    if (format(lvl).equals("bullet") || format(lvl).equals("none")) {
      return "";
    }
    String text = lvl.getLvlText().getVal();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int k = text.charAt(i + 1) - '1';
        b.append(render(Math.max(1, count[k]), lvls[k] == null ? "decimal" : format(lvls[k])));
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int[] initial(CTLvl[] lvls) {
    int[] c = new int[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      c[i] = start(lvls[i]) - 1;
    }
    return c;
  }

  private static int start(CTLvl lvl) {
    return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
  }

  private static String format(CTLvl lvl) {
    return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
        ? "decimal"
        : lvl.getNumFmt().getVal().toString();
  }

  static String render(int n, String format) {
    switch (format) {
      case "chineseCounting":
      case "chineseCountingThousand":
      case "japaneseCounting":
      case "taiwaneseCounting":
      case "taiwaneseCountingThousand":
        return chinese(n);
      case "ideographDigital":
      case "taiwaneseDigital":
        return digits(n, DIGITS);
      case "chineseLegalSimplified":
        return digits(n, LEGAL);
      case "ideographTraditional":
        return cycle(n, TIAN_GAN);
      case "ideographZodiac":
        return cycle(n, DIZHI);
      case "decimalEnclosedCircle":
      case "decimalEnclosedCircleChinese":
        return n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen":
        return n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
      case "decimalFullWidth":
      case "decimalFullWidth2":
        StringBuilder w = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> w.append((char) (c - '0' + '０')));
        return w.toString();
      case "decimalZero":
        return n < 10 ? "0" + n : Integer.toString(n);
      case "lowerLetter":
        return letters(n).toLowerCase(java.util.Locale.ROOT);
      case "upperLetter":
        return letters(n);
      case "lowerRoman":
        return roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman":
        return roman(n);
      default:
        return Integer.toString(n);
    }
  }

  /** 1..99 as 一, 十, 十一, 二十, 二十一; larger numbers as digits. */
  static String chinese(int n) {
    if (n <= 0 || n >= 100) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }

  private static String digits(int n, String set) {
    StringBuilder b = new StringBuilder();
    Integer.toString(n).chars().forEach(c -> b.append(set.charAt(c - '0')));
    return b.toString();
  }

  private static String cycle(int n, String set) {
    return String.valueOf(set.charAt((n - 1) % set.length()));
  }

  private static String letters(int n) {
    char c = (char) ('A' + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length && n > 0; i++) {
      while (n >= v[i]) {
        b.append(s[i]);
        n -= v[i];
      }
    }
    return b.toString();
  }
}

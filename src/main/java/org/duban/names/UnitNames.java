package org.duban.names;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.UnitKind;

/**
 * The rules for reading a unit name: script and width folding, the matching key with its
 * synonyms, bracketed sub-offices and the kind of body a name stands for.
 */
public final class UnitNames {
  /** Long form to short form, applied in order to a matching key only, never to a shown name. */
  private static final List<String[]> SYNONYMS =
      List.of(
          new String[] {"中国人民银行", "人民银行"},
          new String[] {"监督管理", "监管"},
          new String[] {"委员会", "委"},
          new String[] {"办公室", "办"},
          new String[] {"办公厅", "办"},
          new String[] {"国有资产监管委", "国资委"},
          new String[] {"发展和改革", "发改"},
          new String[] {"发展改革", "发改"},
          new String[] {"人力资源和社会保障", "人社"},
          new String[] {"人力资源社会保障", "人社"},
          new String[] {"卫生和健康", "卫健"},
          new String[] {"卫生健康", "卫健"},
          new String[] {"工业和信息化", "工信"},
          new String[] {"住房和城乡建设", "住建"},
          new String[] {"住房城乡建设", "住建"},
          new String[] {"自然资源和规划", "自然资源规划"},
          new String[] {"科学技术", "科技"},
          new String[] {"文化旅游广电体育", "文旅广体"},
          new String[] {"教育和体育", "教体"},
          new String[] {"农业和农村", "农业农村"},
          new String[] {"人民政府", "政府"});

  private static final Pattern SUB_OFFICE = Pattern.compile("^(.{2,}?)\\((.{1,12}(?:科|处|室|股|组|队))\\)$");
  /** 市市场监督管理局(市知识产权局): one body under two names; its kind is the first name's. */
  private static final Pattern SECOND_NAME = Pattern.compile("^(.{2,}?)\\((.{2,20})\\)$");
  private static final Pattern COLLECTIVE =
      Pattern.compile(
          "^((市级|省级|县级|区级|市直|省直|县直)?各.*|在.{1,3}(高校|高等院校|院校|科研院所).*|"
              + ".*(有关|相关)(部门|单位|县市区|区县)|(市直|省直)?(有关|相关).*(部门|单位)|"
              + ".*[二三四五六七八九十两\\d]+(市|县|区|州)(人民)?政府|.*等单位|.*成员单位|.{1,8}各(部门|单位|直属机构))$");
  /** 市人行 is the city's branch of the central bank, as plans abbreviate it. */
  private static final Pattern FINANCIAL = Pattern.compile(".*(银行|人行(?!道)|金融监管|金融监督管理|证监局|银保监|保险).*");
  /** 市地方金融监管局 is a bureau of the city government, not a regulator's branch. */
  private static final Pattern LOCAL_FINANCE_BUREAU = Pattern.compile(".*地方金融.*(局|办)$");
  private static final Pattern GOVERNMENT = Pattern.compile(".*(政府|镇|乡|街道|街道办事处)$");
  private static final Pattern UNIVERSITY =
      Pattern.compile(".*(大学|学院|高校|科学院|研究院|研究所|科研院所|实验室)$");
  private static final Pattern PARK =
      Pattern.compile(".*(高新区|经开区|开发区|园区|新区|产业园|示范区|工业园|管委会)$");
  private static final Pattern ENTERPRISE = Pattern.compile(".*(公司|集团|运营商|企业)$");
  private static final Pattern DEPARTMENT =
      Pattern.compile(".*(局|委|办|办公室|厅|部|中心|科协|联|会|署|所|站|队|处|科|供销社|合作社|法院|检察院|医院)$");

  private UnitNames() {}

  /**
   * The simplified, half-width, single-spaced form of a name: traditional characters become
   * simplified ones, full-width letters, digits and brackets become half-width.
   */
  public static String simplify(String s) {
    if (s == null) {
      return "";
    }
    return foldWidth(Scripts.toSimplified(s)).replaceAll("\\s+", " ").strip();
  }

  /** Traditional to simplified script only, keeping the length: offsets stay valid. */
  public static String toSimplifiedSameLength(String s) {
    return Scripts.toSimplified(s);
  }

  /** Full-width ASCII forms and the ideographic space to their half-width forms. */
  public static String foldWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        b.append((char) (c - 0xFEE0));
      } else if (c == 0x3000 || c == 0x00A0) {
        b.append(' ');
      } else if (c == '〔' || c == '【') {
        b.append('[');
      } else if (c == '〕' || c == '】') {
        b.append(']');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The key two spellings of one unit share: simplified, no spaces or quotes, long forms
   * shortened (市市场监督管理局 and 市市场监管局 give the same key).
   */
  public static String key(String name) {
    String k = simplify(name).replaceAll("[\\s“”\"'‘’·・]", "");
    for (String[] syn : SYNONYMS) {
      k = k.replace(syn[0], syn[1]);
    }
    return k;
  }

  /**
   * The unit a bracketed sub-office belongs to: {@code 市政府办(金融工作科)} is {@code 市政府办};
   * null when the brackets are part of the name, as in {@code 各镇(街道)}.
   */
  public static String parentOfSubOffice(String name) {
    Matcher m = SUB_OFFICE.matcher(simplify(name));
    return m.matches() ? m.group(1).strip() : null;
  }

  /** What sort of body the name stands for, judged from its simplified form. */
  public static UnitKind kindOf(String name) {
    String n = simplify(name).replace(" ", "");
    String base = parentOfSubOffice(n);
    if (base != null) {
      n = base;
    }
    Matcher second = SECOND_NAME.matcher(n);
    if (second.matches() && kindOf(second.group(2)) != UnitKind.OTHER) {
      n = second.group(1);
    }
    if (n.isEmpty()) {
      return UnitKind.OTHER;
    }
    if (COLLECTIVE.matcher(n).matches()) {
      return UnitKind.COLLECTIVE;
    }
    if (FINANCIAL.matcher(n).matches() && !LOCAL_FINANCE_BUREAU.matcher(n).matches()) {
      return UnitKind.FINANCIAL;
    }
    if (GOVERNMENT.matcher(n).matches()) {
      return UnitKind.GOVERNMENT;
    }
    if (PARK.matcher(n).matches()) {
      return UnitKind.PARK;
    }
    if (UNIVERSITY.matcher(n).matches()) {
      return UnitKind.UNIVERSITY;
    }
    if (ENTERPRISE.matcher(n).matches()) {
      return UnitKind.ENTERPRISE;
    }
    if (DEPARTMENT.matcher(n).matches()) {
      return UnitKind.DEPARTMENT;
    }
    return UnitKind.OTHER;
  }

  /** True if the text reads like the name of a body (ends as unit names end), for list checks. */
  public static boolean looksLikeUnit(String name) {
    String n = simplify(name).replace(" ", "");
    if (n.length() < 2 || n.length() > 40 || n.matches(".*[。;；,，:：].*")) {
      return false;
    }
    return kindOf(n) != UnitKind.OTHER;
  }
}

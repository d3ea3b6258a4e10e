import java.util.List;
import java.util.Random;

/**
 * What units write in the text columns, in their register and at their length: a progress
 * paragraph of two to four clauses (about 40 to 150 characters), a problem, a next step.
 */
final class Phrases {
  private Phrases() {}

  private static final List<String> OPENINGS = List.of(
      "今年以来，我单位高度重视，成立了由主要负责同志任组长的工作专班，",
      "按照县委县政府统一部署，",
      "围绕年度目标任务，",
      "对照任务清单，",
      "本月，");
  private static final List<String> DONE = List.of(
      "已全面完成年度目标任务，相关佐证材料已整理归档备查。",
      "任务已提前完成，经专班调度核实，成效明显，正在总结经验做法形成典型案例。",
      "已完成全部建设内容并通过验收，群众满意度较高。");
  private static final List<String> ON_TRACK = List.of(
      "已召开专题调度会%d次，制定工作清单，逐项明确责任人和时间节点，各项工作按计划有序推进。",
      "已梳理重点项目%d个，其中已开工建设%d个，正在加快推进前期手续办理。",
      "已完成前期调研和方案编制，组织对接企业%d家，签订合作协议%d份。",
      "累计投入资金%d万元，完成年度计划的七成以上，下阶段将集中力量攻坚。",
      "已开展专项督导%d次，发现问题%d个，已整改到位。");
  private static final List<String> BEHIND = List.of(
      "受项目审批周期和资金到位影响，进度滞后于计划，已约谈相关责任单位%d次，督促加快进度。",
      "部分企业申报积极性不高，目前储备项目%d个，与年度目标仍有较大差距。",
      "因用地指标尚未落实，项目开工推迟，已向上级部门专题汇报%d次。");
  private static final List<String> NOT_STARTED = List.of("前期准备工作正在进行中，尚未正式启动。");
  private static final List<String> ISSUES = List.of(
      "专项资金到位较慢，项目推进受到一定影响。", "企业投入意愿不强，统计口径尚需与上级部门对接。",
      "专业技术人才不足，项目储备不够。", "部分基层单位重视程度不够，工作推进不平衡。",
      "用地、用能等要素保障压力较大。", "");
  private static final List<String> NEXT = List.of(
      "下一步将加强调度，实行周调度、月通报，确保按期完成年度目标。",
      "下一步将加大政策宣传和上门服务力度，做好跟踪服务，推动项目早落地早见效。",
      "下一步将会同相关单位逐项销号管理，确保任务落地见效。",
      "下一步将积极争取上级资金和政策支持，加快补齐短板。");
  private static final List<String> COOPERATE = List.of(
      "积极配合牵头单位开展工作，已按要求报送相关材料和数据。",
      "按照职责分工，配合做好政策落实、数据报送和督促检查工作。",
      "已安排专人对接，配合牵头单位完成现场核查%d次。");

  static String status(double progress, double schedule) {
    if (progress >= 1) {
      return "已完成";
    }
    if (progress <= 0.01) {
      return "未启动";
    }
    return progress >= schedule - 0.15 ? "序时推进" : "滞后";
  }

  static String progress(double progress, double schedule, Random r) {
    String status = status(progress, schedule);
    List<String> pool = switch (status) {
      case "已完成" -> DONE;
      case "序时推进" -> ON_TRACK;
      case "滞后" -> BEHIND;
      default -> NOT_STARTED;
    };
    StringBuilder b = new StringBuilder(OPENINGS.get(r.nextInt(OPENINGS.size())));
    b.append(format(pool.get(r.nextInt(pool.size())), r));
    if (r.nextBoolean() && pool != NOT_STARTED) {
      b.append(format(ON_TRACK.get(r.nextInt(ON_TRACK.size())), r));
    }
    return b.toString();
  }

  static String issues(Random r) {
    return ISSUES.get(r.nextInt(ISSUES.size()));
  }

  static String nextSteps(Random r) {
    return NEXT.get(r.nextInt(NEXT.size()));
  }

  static String cooperating(Random r) {
    return format(COOPERATE.get(r.nextInt(COOPERATE.size())), r);
  }

  private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

  static String person(Random r) {
    return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()))
        + (r.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))));
  }

  private static String format(String pattern, Random r) {
    return String.format(pattern, 2 + r.nextInt(20), 1 + r.nextInt(10));
  }
}

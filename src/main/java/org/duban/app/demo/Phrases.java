package org.duban.app.demo;

import java.util.List;
import java.util.Random;
import org.duban.model.Status;

/** Progress texts in the register units really write, picked deterministically. */
final class Phrases {
  private static final List<String> DONE = List.of(
      "已全面完成年度目标任务，相关佐证材料已归档备查。",
      "任务已完成，经专班调度核实，成效明显。",
      "已提前完成目标，正在总结经验做法，形成典型案例。");
  private static final List<String> ON_TRACK = List.of(
      "已召开专题调度会%d次，制定工作清单，各项工作按计划推进。",
      "围绕年度目标，已梳理重点项目%d个，逐项明确责任人和时间节点，进展顺利。",
      "已完成前期调研和方案编制，组织对接企业%d家，正在加快推进。");
  private static final List<String> BEHIND = List.of(
      "受项目审批周期影响，进度滞后于计划，已约谈相关责任单位%d次。",
      "部分企业申报积极性不高，目前储备项目%d个，与目标仍有差距。");
  private static final List<String> NOT_STARTED = List.of("前期准备中，尚未正式启动。");
  private static final List<String> ISSUES = List.of(
      "专项资金到位较慢。", "企业研发投入意愿不强，统计口径尚需对接。", "专业人才不足，项目储备不够。", "");
  private static final List<String> NEXT = List.of(
      "下一步将加强调度，确保按期完成年度目标。",
      "下一步将加大政策宣传和上门服务力度，做好跟踪服务。",
      "下一步将会同相关单位逐项销号，确保任务落地见效。");
  private static final List<String> COOPERATE = List.of(
      "积极配合牵头单位开展工作，已报送相关材料。",
      "按照职责分工，配合做好政策落实和数据报送工作。");

  private Phrases() {}

  static String progress(Status status, Random random) {
    List<String> pool = switch (status) {
      case DONE -> DONE;
      case ON_TRACK -> ON_TRACK;
      case BEHIND -> BEHIND;
      case NOT_STARTED -> NOT_STARTED;
    };
    return String.format(pool.get(random.nextInt(pool.size())), 2 + random.nextInt(9));
  }

  static String issues(Random random) {
    return ISSUES.get(random.nextInt(ISSUES.size()));
  }

  static String nextSteps(Random random) {
    return NEXT.get(random.nextInt(NEXT.size()));
  }

  static String cooperating(Random random) {
    return COOPERATE.get(random.nextInt(COOPERATE.size()));
  }

  private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

  static String person(Random random) {
    return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
        + GIVEN.charAt(random.nextInt(GIVEN.length()))
        + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
  }
}

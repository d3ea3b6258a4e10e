package org.duban.plan;

import java.util.regex.Pattern;

/** What a part of the plan holds: goal indicators, tasks, or something that is neither. */
enum SectionKind {
  GOAL,
  TASK,
  /** 指导思想, 推进机制, 保障措施, commentary: no tasks or goals are read from it. */
  OTHER,
  /** Says nothing by itself; takes its parent's kind. */
  NEUTRAL;

  private static final Pattern OTHER_WORDS =
      Pattern.compile(
          "^.{0,4}(总则|附则|指导思想|基本原则|总体要求|总体思路|推进机制|工作机制|保障措施|组织保障|组织领导|组织实施|"
              + "实施步骤|进度安排|工作要求|出台背景|起草背景|制定背景|编制依据|重要意义|发展现状|发展基础|面临形势|"
              + "适用范围|主承办单位|承办单位|组织机构|工作机构|重点考虑|主要内容|政策解读|附件|附则|保障机制|"
              + "基本情况|战略方向|发展方向|战略定位|功能定位|发展定位|总体定位|工作原则|背景|意义|"
              + "工作步骤|时间安排|阶段安排|步骤安排)");
  private static final Pattern GOAL_WORDS =
      Pattern.compile("^(?:主要|工作|攻坚|行动|总体|发展|具体|预期|年度|阶段|量化|主要|核心)?(?:目标|指标)(?!任务|考核|管理|责任)");
  /** 2023年全区经济社会发展主要预期目标: a short heading that ends with the word. */
  private static final Pattern GOAL_END = Pattern.compile("^[^。;,]{0,30}(?:目标|指标)[。.]?$");
  private static final Pattern TASK_WORDS =
      Pattern.compile("^.{0,4}(任务|举措|主要措施|工作措施|重点工作|主要工作|工作重点|行动内容)");

  /**
   * Whether numbered measures here are tasks. A part that names no kind holds tasks too: most
   * plans head their parts by topic (一、推进简政放权), not by the word 任务.
   */
  boolean holdsTasks() {
    return this == TASK || this == NEUTRAL;
  }

  /** 到2027年, 力争经过5年努力: an opening paragraph that sets goals, not one that says why. */
  private static final Pattern GOAL_CUE = Pattern.compile("(?:到|至)20\\d\\d年|经过.{1,6}努力");

  private static final Pattern OVERALL = Pattern.compile("^.{0,4}(总体要求|总体思路|总的要求)");

  /** 总体要求 and its kin: a part that is neither goal nor task, but may state the goals in passing. */
  static boolean overall(String headingNorm) {
    return OVERALL.matcher(headingNorm.strip()).find();
  }

  static boolean statesGoals(String norm) {
    return GOAL_CUE.matcher(norm).find();
  }

  /** The kind a heading names by its first words (normalised text). */
  static SectionKind of(String norm) {
    String t = norm.strip();
    if (OTHER_WORDS.matcher(t).find()) {
      return OTHER;
    }
    if (GOAL_WORDS.matcher(t).find() || GOAL_END.matcher(t).find()) {
      return GOAL;
    }
    if (TASK_WORDS.matcher(t).find()) {
      return TASK;
    }
    return NEUTRAL;
  }

  /**
   * A part inherits a definite kind from its parent; under a neutral parent it speaks for itself,
   * and under a part that is neither goal nor task it may still name goals or tasks.
   */
  static SectionKind within(SectionKind parent, String norm) {
    SectionKind own = of(norm);
    if (parent == NEUTRAL) {
      return own;
    }
    // 一、总体要求 (二)工作目标: a goal or task heading inside a part that is neither.
    if (parent == OTHER && (own == GOAL || own == TASK)) {
      return own;
    }
    return parent;
  }
}

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
          "^.{0,4}(指导思想|基本原则|总体要求|总体思路|推进机制|工作机制|保障措施|组织保障|组织领导|组织实施|"
              + "实施步骤|进度安排|工作要求|出台背景|重点考虑|主要内容|政策解读|附件|附则|保障机制)");
  private static final Pattern GOAL_WORDS =
      Pattern.compile("^.{0,6}(目标|指标)(?!任务)");
  private static final Pattern TASK_WORDS =
      Pattern.compile("^.{0,6}(任务|举措|措施|重点工作|主要工作|工作重点|行动内容)");

  /** The kind a heading names by its first words (normalised text). */
  static SectionKind of(String norm) {
    String t = norm.strip();
    if (OTHER_WORDS.matcher(t).find()) {
      return OTHER;
    }
    if (GOAL_WORDS.matcher(t).find()) {
      return GOAL;
    }
    if (TASK_WORDS.matcher(t).find()) {
      return TASK;
    }
    return NEUTRAL;
  }

  /** A part inherits a definite kind from its parent; only under a neutral parent it speaks. */
  static SectionKind within(SectionKind parent, String norm) {
    return parent == NEUTRAL ? of(norm) : parent;
  }
}

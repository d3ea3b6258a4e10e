package org.duban.ledger;

import java.util.List;

/** The fixed sheet and header names of plan.xlsx (SPEC §3); column order is free on reading. */
final class LedgerLayout {
  static final String INFO = "方案信息";
  static final String GOALS = "目标指标";
  static final String TASKS = "重点任务";
  static final String BREAKDOWNS = "指标分解";
  static final String UNITS = "责任单位";
  static final String REPORT = "解析报告";

  static final String ITEM = "项目";
  static final String CONTENT = "内容";
  static final String NAME = "方案名称";
  static final String ISSUER = "发文单位";
  static final String START = "开始日期";
  static final String END = "结束日期";
  static final String OFFICE = "牵头办公室";
  static final String SOURCES = "来源文件";
  static final List<String> INFO_ITEMS = List.of(NAME, ISSUER, START, END, OFFICE, SOURCES);

  static final String ID = "编号";
  static final String GOAL_NAME = "指标名称";
  static final String COMPARISON = "比较";
  static final String VALUE = "目标值";
  static final String UPPER = "目标上限";
  static final String MEASURE = "计量单位";
  static final String KIND = "类型";
  static final String DEADLINE = "完成时限";
  static final String RESPONSIBLE = "责任单位";
  static final String TEXT = "原文";
  static final List<String> GOAL_HEADERS =
      List.of(ID, GOAL_NAME, COMPARISON, VALUE, UPPER, MEASURE, KIND, DEADLINE, RESPONSIBLE, TEXT);

  static final String SECTION = "所属部分";
  static final String TITLE = "任务名称";
  static final String TASK_CONTENT = "任务内容";
  static final String LEADS = "牵头单位";
  static final String COOPERATORS = "配合单位";
  static final String TARGETS = "量化目标";
  static final String SOURCE = "来源";
  static final List<String> TASK_HEADERS =
      List.of(ID, SECTION, TITLE, TASK_CONTENT, LEADS, COOPERATORS, DEADLINE, TARGETS, SOURCE);

  static final String GOAL_ID = "指标编号";
  static final String SUB_VALUE = "分解目标值";
  static final List<String> BREAKDOWN_HEADERS =
      List.of(GOAL_ID, GOAL_NAME, RESPONSIBLE, SUB_VALUE, MEASURE);

  static final String UNIT_NAME = "单位名称";
  static final String ALIASES = "别名";
  static final String UNIT_KIND = "类别";
  static final String MEMBERS = "包含单位";
  static final String CONTACT = "联系人";
  static final String PHONE = "联系电话";
  static final List<String> UNIT_HEADERS =
      List.of(UNIT_NAME, ALIASES, UNIT_KIND, MEMBERS, CONTACT, PHONE);

  static final List<String> REPORT_HEADERS = List.of("位置", "级别", "问题", "处理建议", "原值");

  private LedgerLayout() {}
}

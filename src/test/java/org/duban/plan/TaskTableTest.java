package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.duban.model.Severity;
import org.duban.model.Task;
import org.junit.jupiter.api.Test;

/** Tables of a docx, a row per line: task breakdown tables, indicator tables with year columns. */
class TaskTableTest {
  @Test
  void taskBreakdownTableRowsBecomeTasks() {
    PlanParse p =
        OutlineTest.parse(
            "某某工作方案任务分解表",
            "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
            "一、科技创新 |  |  |  | ",
            "1 | 建设重点实验室。新建省级重点实验室3家以上。 | 市科技局 | 市财政局、市教育局 | 2025年6月底前",
            "2 | 培育高新技术企业。 | 市科技局、市税务局 |  | 年内",
            "3 | 推进数字化转型。 |  |  | ");
    List<Task> tasks = p.plan().tasks();
    assertEquals(3, tasks.size());
    Task t = tasks.get(0);
    assertEquals("1", t.id());
    assertEquals("一、科技创新", t.section());
    assertEquals("建设重点实验室", t.title());
    assertEquals(List.of("市科技局"), t.leads());
    assertEquals(List.of("市财政局", "市教育局"), t.cooperators());
    assertEquals(LocalDate.of(2025, 6, 30), t.deadline().date());
    assertEquals("新建省级重点实验室 ≥3家（2025年6月底前）", t.targets().get(0).notation());
    assertEquals(List.of("市科技局", "市税务局"), tasks.get(1).leads());
    assertTrue(
        p.problems().stream().anyMatch(x -> x.message().equals("任务 3 没有写明责任单位") && x.where().line() == 6),
        p.problems().toString());
  }

  @Test
  void responsibleUnitColumnWithLeadMarker() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 工作任务 | 责任单位",
            "1 | 推进平台建设。 | 市发改委牵头,市财政局、各县市区人民政府配合");
    Task t = p.plan().tasks().get(0);
    assertEquals(List.of("市发改委"), t.leads());
    assertEquals(List.of("市财政局", "各县市区人民政府"), t.cooperators());
  }

  @Test
  void leadColumnMakesTheResponsibleColumnCooperators() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 目标任务 | 责任领导 | 牵头单位 | 责任单位",
            "1 | 地区生产总值增长6%左右。 | 张三 | 市发改委 | 市统计局、各县市区人民政府");
    Task t = p.plan().tasks().get(0);
    assertEquals("地区生产总值增长6%左右", t.title());
    assertEquals(List.of("市发改委"), t.leads());
    assertEquals(List.of("市统计局", "各县市区人民政府"), t.cooperators());
    assertEquals("地区生产总值 增长≈6%", t.targets().get(0).notation());
    assertEquals(java.util.Map.of("责任领导", "张三"), t.extras(), "the leader is kept beside the task");
  }

  @Test
  void indicatorTableWithYearAndMeasureColumns() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 指标名称 | 单位 | 2023年基数 | 2025年目标 | 责任单位",
            "1 | 高新技术企业数量 | 家 | 200 | 300 | 市科技局",
            "2 | 研发经费投入强度 | % | 1.5 | 1.8 | 市科技局、市统计局");
    assertEquals(2, p.plan().goals().size());
    assertEquals("高新技术企业数量 ≥300家（2025年）", p.plan().goals().get(0).target().notation());
    assertEquals("研发经费投入强度 占比≥1.8%（2025年）", p.plan().goals().get(1).target().notation());
    assertEquals(List.of("市科技局", "市统计局"), p.plan().goals().get(1).units());
  }

  @Test
  void otherTablesAreSkippedWithANote() {
    PlanParse p =
        OutlineTest.parse(
            "一、重点任务",
            "1.推进建设。(市科技局牵头)",
            "姓名 | 职务 | 电话",
            "张三 | 科长 | 12345");
    assertEquals(1, p.plan().tasks().size());
    assertTrue(
        p.problems().stream().anyMatch(x -> x.severity() == Severity.NOTE && x.where().line() == 3),
        p.problems().toString());
  }

  @Test
  void spacedRowsWithHeadingsAndCellsGoingOnOverLines() {
    PlanParse p =
        OutlineTest.parse(
            "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
            "一、主要预期目标",
            "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。 12月底前",
            "2 一般公共预算收入增长5%左右。 区财政局",
            "区税务局",
            "区政府有关部门。 12月底前",
            "二、重点任务",
            "3 新建5G基站200个。 区数据资源局 区工信局。 6月底前",
            "三、保障措施",
            "各单位要加强领导。");
    List<Task> tasks = p.plan().tasks();
    assertEquals(List.of("1", "2", "3"), tasks.stream().map(Task::id).toList());
    assertEquals("一、主要预期目标", tasks.get(0).section());
    assertEquals(List.of("区发改委"), tasks.get(0).leads());
    assertEquals(List.of("区政府各部门", "各乡镇人民政府", "各街道办事处"), tasks.get(0).cooperators());
    assertEquals(List.of("区财政局", "区税务局"), tasks.get(1).leads());
    assertEquals(List.of("区政府有关部门"), tasks.get(1).cooperators());
    assertEquals("12月底前", tasks.get(1).deadline().text());
    assertEquals("二、重点任务", tasks.get(2).section());
    assertEquals("新建5G基站 ≥200个（6月底前）", tasks.get(2).targets().get(0).notation());
  }

  @Test
  void categoryColumnMergedDownIsTheSection() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 任务类别 | 工作举措 | 责任单位 | 完成时限",
            "1 | 政务服务 | 推行“一件事一次办”。 | 区政务服务中心 | 2025年12月",
            "2 |  | 压缩企业开办时间至1个工作日以内。 | 区市场监管局 | 2025年6月",
            "3 | 要素保障 | 新增普惠小微贷款10亿元。 | 区金融工作局 | 2025年12月");
    List<Task> tasks = p.plan().tasks();
    assertEquals(List.of("政务服务", "政务服务", "要素保障"), tasks.stream().map(Task::section).toList());
  }

  @Test
  void twoLevelHeaderOfADocumentTable() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 重点任务 | 责任单位 |  | 完成时限",
            "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
            "1 | 新建高标准农田2万亩。 | 县农业农村局 | 县财政局、县自然资源局 | 2025年10月底");
    List<Task> tasks = p.plan().tasks();
    assertEquals(1, tasks.size(), "the lower header row is no task");
    assertEquals(List.of("县农业农村局"), tasks.get(0).leads());
    assertEquals(List.of("县财政局", "县自然资源局"), tasks.get(0).cooperators());
  }

  @Test
  void indicatorAttributeIsKeptBesideTheGoal() {
    PlanParse p =
        OutlineTest.parse(
            "序号 | 指标 | 单位 | 2020年 | 2025年 | 指标属性",
            "1 | 全社会研发经费投入强度 | % | 2.1 | 2.8 | 预期性",
            "2 | 单位地区生产总值能耗降低 | % | | 14 | 约束性");
    assertEquals(java.util.Map.of("指标属性", "预期性"), p.plan().goals().get(0).extras());
    assertEquals(java.util.Map.of("指标属性", "约束性"), p.plan().goals().get(1).extras());
  }
}

package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.Breakdown;
import org.duban.model.Goal;
import org.duban.model.PlanInfo;
import org.junit.jupiter.api.Test;

class PlanInfoAndTableTest {
  @Test
  void statedRangeIsThePlanPeriodEvenWithLaterDeadlines() {
    PlanInfo info =
        OutlineTest.parse(
                "《建设科技强市三年工作方案.docx》由会员分享。",
                "根据三年行动方案(2021-2025年),制定本方案。",
                "一、重点任务",
                "1.建设平台。到2030年,建成平台3个。(市科技局牵头)")
            .plan()
            .info();
    assertEquals("建设科技强市三年工作方案", info.name());
    assertEquals(LocalDate.of(2021, 1, 1), info.start());
    assertEquals(LocalDate.of(2025, 12, 31), info.end());
  }

  @Test
  void goalsWithTheirOwnUnitLists() {
    PlanParse p =
        OutlineTest.parse(
            "二、主要指标",
            "到2025年,全市经济社会发展主要指标如下:",
            "1.地区生产总值(GDP)总量力争突破3000亿元,年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市统计局、各县市区)");
    List<Goal> goals = p.plan().goals();
    assertEquals(2, goals.size());
    assertEquals("地区生产总值(GDP)总量 ≥3000亿元（到2025年）", goals.get(0).target().notation());
    assertEquals("地区生产总值(GDP)总量 增长≥7%（到2025年）", goals.get(1).target().notation());
    assertEquals(List.of("市发改委", "市统计局", "各县市区"), goals.get(0).units());
  }

  @Test
  void aGoalsUnitListOnALineOfItsOwn() {
    PlanParse p =
        OutlineTest.parse(
            "一、2024年全区经济社会发展主要预期目标",
            "(一)地区生产总值增长6%以上",
            "责任单位:区发展和改革局",
            "(二)城镇调查失业率控制在5.5%以内",
            "责任单位:区人社局、区统计局");
    List<Goal> goals = p.plan().goals();
    assertEquals(2, goals.size(), goals.toString());
    assertEquals(List.of("区发展和改革局"), goals.get(0).units());
    assertEquals(List.of("区人社局", "区统计局"), goals.get(1).units());
  }

  @Test
  void threeYearPlanEndingInTheYearItNames() {
    PlanInfo info =
        OutlineTest.parse("附件1", "某政办发〔2023〕5号", "某市科技创新三年行动方案", "一、主要目标", "到2025年,高新技术企业达300家。")
            .plan()
            .info();
    assertEquals("某市科技创新三年行动方案", info.name());
    assertEquals(LocalDate.of(2023, 1, 1), info.start());
    assertEquals(LocalDate.of(2025, 12, 31), info.end());
  }

  @Test
  void validUntilWithIssueDate() {
    PlanInfo info =
        OutlineTest.parse(
                "某某行动计划",
                "發布單位:湖南省人民政府辦公廳",
                "湖南省人民政府辦公廳",
                "2024年2月2日",
                "一、行動舉措",
                "1. 推進建設。(責任單位:省科技廳)",
                "本行動計畫自公布之日起實施,有效期至2025年12月31日。")
            .plan()
            .info();
    assertEquals("湖南省人民政府辦公廳", info.issuer());
    assertEquals(LocalDate.of(2024, 1, 1), info.start());
    assertEquals(LocalDate.of(2025, 12, 31), info.end());
  }

  @Test
  void periodFromDeadlinesAndOfficeFromTheMechanism() {
    PlanParse p =
        OutlineTest.parse(
            "一、工作目标",
            "力争2024年全社会研发投入增长18.1%。",
            "二、工作任务",
            "(一)产业创新。力争年内竣工投产企业达20家以上。(临湘高新区牵头)",
            "三、推进机制",
            "成立工作专班,专班办公室设市科工局,负责日常工作调度。");
    PlanInfo info = p.plan().info();
    assertEquals(LocalDate.of(2024, 1, 1), info.start());
    assertEquals(LocalDate.of(2024, 12, 31), info.end());
    assertEquals("市科工局", info.office());
    assertEquals("方案", info.name());
    // 年内 takes its date from the plan's end
    assertEquals(LocalDate.of(2024, 12, 31), p.plan().tasks().get(0).targets().get(0).deadline().date());
  }

  @Test
  void docxTableRowsAndCellPerLineTablesReadAlike() {
    List<String> perRow =
        List.of(
            "一、工作目标",
            "全市新增规模工业企业45家。",
            "指标名称 | 目标任务 | 责任单位",
            "新增规模工业企业 | 45家 | 临湘高新区10家",
            " |  | 市科工局35家",
            "地方财政科技支出 | 2亿元 | 市财政局",
            "全社会研发投入 | 同比增长18.1% | 市科工局、市统计局");
    List<String> perCell =
        List.of(
            "一、工作目标",
            "全市新增规模工业企业45家。",
            "指标名称 |",
            "目标任务 |",
            "责任单位 |",
            "新增规模工业企业 |",
            "45家 |",
            "临湘高新区10家 |",
            "市科工局35家 |",
            "||",
            "地方财政科技支出 |",
            "2亿元 |",
            "市财政局 |",
            "全社会研发投入 |",
            "同比增长18.1% |",
            "市科工局、市统计局 |");
    for (List<String> lines : List.of(perRow, perCell)) {
      PlanParse p = OutlineTest.parse(lines.toArray(new String[0]));
      List<String> goals = new ArrayList<>();
      for (Goal g : p.plan().goals()) {
        goals.add(g.id() + " " + g.name() + " " + g.target().notation() + " " + g.units());
      }
      assertEquals(
          List.of(
              "指标1 新增规模工业企业 全市新增规模工业企业 ≥45家 [临湘高新区, 市科工局]",
              "指标2 地方财政科技支出 地方财政科技支出 ≥2亿元 [市财政局]",
              "指标3 全社会研发投入 全社会研发投入 增长≥18.1% [市科工局, 市统计局]"),
          goals,
          String.join("\n", lines));
      List<Breakdown> b = p.plan().breakdowns();
      assertEquals(2, b.size());
      assertEquals("指标1@临湘高新区", b.get(0).itemId());
      assertEquals(0, new BigDecimal("35").compareTo(b.get(1).value()));
      assertEquals("家", b.get(1).measure());
    }
  }
}

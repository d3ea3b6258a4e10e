package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.duban.model.Comparison;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.names.UnitNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetsTest {
  static List<Target> read(String text) {
    return Targets.extract(text, UnitNames.foldWidth(UnitNames.toSimplifiedSameLength(text)), "");
  }

  static Target one(String text) {
    List<Target> all = read(text);
    assertEquals(1, all.size(), "one target expected in " + text + ", found " + all);
    return all.get(0);
  }

  private static void check(Target t, TargetKind kind, Comparison cmp, String value, String measure) {
    assertEquals(kind, t.kind(), t.toString());
    assertEquals(cmp, t.comparison(), t.toString());
    assertEquals(0, new BigDecimal(value).compareTo(t.value()), t.toString());
    assertEquals(measure, t.measure(), t.toString());
  }

  @Test
  void amounts() {
    Target t = one("高新技术企业数量达300家");
    check(t, TargetKind.AMOUNT, Comparison.AT_LEAST, "300", "家");
    assertEquals("高新技术企业数量", t.subject());
    assertEquals("高新技术企业 ≥1200家", one("力争高新技术企业突破1200家。").notation());
    check(one("新增发明专利10项以上"), TargetKind.AMOUNT, Comparison.AT_LEAST, "10", "项");
    check(one("自创区技工贸总收入超3万亿元"), TargetKind.AMOUNT, Comparison.AT_LEAST, "3", "万亿元");
  }

  @Test
  void theCountedNounMayFollowTheNumber() {
    assertEquals("统筹布局市重大科技计划项目 ≥10个", one("统筹布局10个市重大科技计划项目。").notation());
    List<Target> two = read("建成5个农业科技园区和15个以上星创天地。");
    assertEquals("建成农业科技园区 ≥5个", two.get(0).notation());
    assertEquals("星创天地 ≥15个", two.get(1).notation());
  }

  @Test
  void ranges() {
    Target t = one("培育水稻、大豆新品种5-6个参加区域试验");
    check(t, TargetKind.RANGE, Comparison.AT_LEAST, "5", "个");
    assertEquals(0, new BigDecimal("6").compareTo(t.upper()));
    Target dash = one("筹建2—3家概念验证中心");
    assertEquals(TargetKind.RANGE, dash.kind());
    assertEquals(0, new BigDecimal("3").compareTo(dash.upper()));
    Target spoken = one("建成省级以上创新平台1到2个");
    check(spoken, TargetKind.RANGE, Comparison.AT_LEAST, "1", "个");
    assertEquals(0, new BigDecimal("2").compareTo(spoken.upper()));
    assertEquals("建成省级以上创新平台", spoken.subject());
  }

  @Test
  void toBeforeAYearIsADeadlineNotARange() {
    Target t = one("新建孵化器3个到2026年底");
    check(t, TargetKind.AMOUNT, Comparison.AT_LEAST, "3", "个");
    assertNull(t.upper());
  }

  @Test
  void approximate() {
    check(one("引进高层次人才15名左右"), TargetKind.APPROXIMATE, Comparison.ABOUT, "15", "名");
  }

  @Test
  void growthShareDecrease() {
    Target g = one("力争全社会研发经费投入增长9%以上");
    check(g, TargetKind.GROWTH, Comparison.AT_LEAST, "9", "%");
    assertEquals("全社会研发经费投入 增长≥9%", g.notation());
    check(one("高新技术产业增加值占比22%以上"), TargetKind.SHARE, Comparison.AT_LEAST, "22", "%");
    check(one("全社会研究与试验发展经费投入强度达到1.8%"), TargetKind.SHARE, Comparison.AT_LEAST, "1.8", "%");
    check(one("单位地区生产总值能耗下降3%"), TargetKind.DECREASE, Comparison.AT_LEAST, "3", "%");
    check(one("技术合同成交额增长15%左右"), TargetKind.GROWTH, Comparison.ABOUT, "15", "%");
  }

  @Test
  void binary() {
    Target zero = one("新增2家科创企业挂牌,其中科创专版争取破零".split(",")[1]);
    assertEquals(TargetKind.BINARY, zero.kind());
    assertEquals("科创专版", zero.subject());
    Target each = one("争创国家级专精特新小巨人企业、单项产品冠军企业各1家。");
    check(each, TargetKind.BINARY, Comparison.AT_LEAST, "1", "家");
    assertTrue(each.subject().startsWith("争创国家级专精特新小巨人企业、单项产品冠军企业"), each.subject());
  }

  @Test
  void annualAndCumulative() {
    Target a = one("加大基础研究财政投入,每年支持不少于30个基础研究项目。");
    check(a, TargetKind.ANNUAL, Comparison.AT_LEAST, "30", "个");
    assertEquals("支持基础研究项目 每年≥30个", a.notation());
    Target c = one("技术合同成交额总额累计突破60亿元");
    check(c, TargetKind.CUMULATIVE, Comparison.AT_LEAST, "60", "亿元");
    assertEquals("技术合同成交额总额 累计≥60亿元", c.notation());
  }

  @Test
  void deadlines() {
    Target y = one("到2025年,全市建成各类国家级别创新平台50个。");
    assertEquals("到2025年", y.deadline().text());
    assertEquals(LocalDate.of(2025, 12, 31), y.deadline().date());
    Target m = one("2025年6月底前完成备案3件");
    assertEquals(LocalDate.of(2025, 6, 30), m.deadline().date());
    Target in = one("力争年内竣工投产企业达20家以上");
    assertEquals("年内", in.deadline().text());
    assertNull(in.deadline().date(), "年内 takes the plan's end, unknown here");
    assertEquals("", one("培育申报省级重点研发项目5项").deadline().text());
  }

  @Test
  void chineseNumerals() {
    check(one("引进高层次人才十五名"), TargetKind.AMOUNT, Comparison.AT_LEAST, "15", "名");
    check(one("争创省级示范基地两家"), TargetKind.AMOUNT, Comparison.AT_LEAST, "2", "家");
    check(one("新增二十个以上示范点"), TargetKind.AMOUNT, Comparison.AT_LEAST, "20", "个");
    assertEquals(0, new BigDecimal("120").compareTo(ChineseNumbers.parse("一百二十")));
    assertEquals(0, new BigDecimal("30000").compareTo(ChineseNumbers.parse("三万")));
  }

  @Test
  void qualifiersSeenInPlansOfOtherProvinces() {
    check(one("改造提升500余亩核桃产业园"), TargetKind.AMOUNT, Comparison.AT_LEAST, "500", "亩");
    check(one("发展食用菌1000多万袋"), TargetKind.AMOUNT, Comparison.AT_LEAST, "1000", "万袋");
    check(one("每千人口床位数达到6.8张"), TargetKind.AMOUNT, Comparison.AT_LEAST, "6.8", "张");
    check(one("PM2.5浓度低于43微克/立方米"), TargetKind.AMOUNT, Comparison.AT_MOST, "43", "微克/立方米");
    check(one("规模猪场不低于5个"), TargetKind.AMOUNT, Comparison.AT_LEAST, "5", "个");
    check(one("亿元GDP生产安全事故死亡率控制在0.011以内"), TargetKind.AMOUNT, Comparison.AT_MOST, "0.011", "");
    check(one("力争2021年增速实现15%"), TargetKind.GROWTH, Comparison.AT_LEAST, "15", "%");
    List<Target> two = read("用水量比2021年分别下降16%、18%以上");
    assertEquals(2, two.size(), two.toString());
    check(two.get(1), TargetKind.DECREASE, Comparison.AT_LEAST, "18", "%");
    assertEquals("", two.get(0).deadline().text(), "比2021年 is the base year, not a deadline");
    List<Target> classed = read("营业收入亿元以上企业达到40家,其中五亿元以上企业12家");
    assertEquals(2, classed.size(), classed.toString());
    check(classed.get(1), TargetKind.AMOUNT, Comparison.AT_LEAST, "12", "家");
    check(one("培育25个社零额超过200亿元的消费强县"), TargetKind.AMOUNT, Comparison.AT_LEAST, "25", "个");
  }

  @Test
  void traditionalScriptKeepsTheDocumentsWords() {
    Target t = one("力爭每年新增認定3—5家國家企業技術中心");
    assertEquals(TargetKind.ANNUAL, t.kind());
    assertEquals(0, new BigDecimal("5").compareTo(t.upper()));
    assertEquals("新增認定國家企業技術中心", t.subject());
  }

  @Test
  void aQuotedGoalHoldsTargetsButAQuotedNameDoesNot() {
    List<Target> goal = read("箱包皮具产业链围绕“链上企业达250家、规模企业60家”的年度目标推进工作。");
    assertEquals(2, goal.size(), goal.toString());
    assertEquals("箱包皮具产业链链上企业 ≥250家", goal.get(0).notation());
    assertEquals("箱包皮具产业链规模企业 ≥60家", goal.get(1).notation());
    assertEquals(List.of(), read("实施“十大科技创新项目”“4+4科创工程”"));
  }

  @Test
  void aBareOutputWordTakesTheIndustryTheSentenceIsAbout() {
    List<Target> t =
        read("推进项目建设;新能源及其装备产业链加快补强三条细分产业链,推动储能产业发展,努力实现产值增长15%。");
    assertEquals(1, t.size(), t.toString());
    assertEquals("新能源及其装备产业链产值 增长≥15%", t.get(0).notation());
  }

  @Test
  void upperLimits() {
    Target t = one("企业开办时间压缩至2个工作日以内");
    check(t, TargetKind.AMOUNT, Comparison.AT_MOST, "2", "个工作日");
    assertEquals("企业开办时间 ≤2个工作日", t.notation());
    check(one("综合能耗控制在5%以内"), TargetKind.SHARE, Comparison.AT_MOST, "5", "%");
  }

  @Test
  void thousandsSeparatorsAndSpoiledNumbers() {
    List<Target> two = read("培训技术人员1,200人以上,建设平台5个");
    assertEquals(2, two.size());
    check(two.get(0), TargetKind.AMOUNT, Comparison.AT_LEAST, "1200", "人");
    assertEquals(List.of("3S0家"), Targets.unreadable("遴选3S0家重点企业"));
    assertEquals(List.of(), Targets.unreadable("推进5G网络建设,建设平台5个"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "大力实施“4+4科创工程”。",
        "构建“5+10”现代化产业体系",
        "做好省十大技术攻关项目的推进实施",
        "大力落实临湘市人才新政18条、新9条措施",
        "引育世界500强企业研发中心",
        "2025年,全面完成",
        "经省政府第29次常务会议审议通过",
        "突出“特色、产业链、升级”三个重点",
        "加大4个初赛胜出产业集群培育力度",
        "培育百亿级企业标志性工程",
        "一个副市长联系一个县",
        "实施“十大科技创新项目”",
        "落实“十四五”规划纲要,十四五期间稳步推进",
        "对标《“健康中国2030”规划纲要》和健康长春2030规划",
        "依据《优化营商环境条例》(国令第722号)第三十二条",
        "研发费用税前加计扣除比例提高至100%",
        "小微企业减按25%计入应纳税所得额",
        "对年营业收入首次突破1亿元的企业给予奖励",
        "给予3万元-5万元的资金支持",
        "形成24小时应急值守,社区15分钟健身圈实现全覆盖",
        "综合指数稳定退出全国168个重点城市后20位"
      })
  void numbersThatAreNamesAreNotTargets(String text) {
    assertEquals(List.of(), read(text), text);
  }

  @Test
  void agesConcentrationsAndBareMagnitudes() {
    assertEquals("人均寿命 ≥80.5岁", one("人均寿命达80.5岁。").notation());
    assertEquals("细颗粒物浓度 ≤31微克每立方米", one("细颗粒物浓度控制在31微克每立方米以下。").notation());
    assertEquals("免费体检人数 ≥500万", one("免费体检人数达500万以上。").notation());
    assertEquals("重点产业总量规模 ≥3000亿", one("重点产业总量超过三千亿规模。").notation());
  }

  @Test
  void valuesWithoutAMeasureWordAfterAValueNoun() {
    Target pue = one("数据中心PUE值控制在1.3以内");
    check(pue, TargetKind.AMOUNT, Comparison.AT_MOST, "1.3", "");
    assertEquals("数据中心PUE值", pue.subject());
    check(one("接入视频监控点位2000路以上"), TargetKind.AMOUNT, Comparison.AT_LEAST, "2000", "路");
  }

  @Test
  void theVerbBeforeTheValueIsNotPartOfTheName() {
    assertEquals("数字经济核心产业增加值占地区生产总值比重", one("数字经济核心产业增加值占地区生产总值比重提高到10%").subject());
    assertEquals("政务服务事项网上可办率", one("政务服务事项网上可办率保持100%").subject());
  }

  @Test
  void countedNounInTheClauseBeforeAndASecondMeasureInBrackets() {
    Target t = one("培育一批系统解决方案服务商，到2026年达到50家左右");
    assertEquals("培育系统解决方案服务商", t.subject());
    assertEquals("工业互联网平台连接设备", one("工业互联网平台连接设备超过1000万台（套）").subject());
  }

  @Test
  void numbersListedWithFenbieShareTheQualifierAndSplitTheSubject() {
    List<Target> both = read("城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右");
    assertEquals(2, both.size(), both.toString());
    assertEquals("城镇常住居民人均可支配收入 增长≈5.2%", both.get(0).notation());
    assertEquals("农村常住居民人均可支配收入 增长≈8%", both.get(1).notation());
    List<Target> same = read("城乡居民人均可支配收入分别增长6%、7%以上");
    assertEquals("城乡居民人均可支配收入 增长≥6%", same.get(0).notation());
    assertEquals("城乡居民人均可支配收入 增长≥7%", same.get(1).notation());
  }

  @Test
  void aShareOfTheAmountJustNamed() {
    List<Target> two = read("全区服务业增加值突破800亿元，占地区生产总值比重提高到58%左右");
    assertEquals("全区服务业增加值占地区生产总值比重 占比≈58%", two.get(1).notation());
  }

  @Test
  void computingPowerInPetaflops() {
    check(one("建设算力中心，新增算力规模500P"), TargetKind.AMOUNT, Comparison.AT_LEAST, "500", "P");
    assertTrue(read("建设5G基站").isEmpty());
  }

  @Test
  void doublingIsGrowthOfAHundredPercent() {
    Target t = one("到2025年，高新技术企业数量实现翻一番");
    check(t, TargetKind.GROWTH, Comparison.AT_LEAST, "100", "%");
    assertEquals("高新技术企业数量", t.subject());
    check(one("地区生产总值比2010年翻两番"), TargetKind.GROWTH, Comparison.AT_LEAST, "300", "%");
  }
}

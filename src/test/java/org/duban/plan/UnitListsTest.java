package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duban.names.UnitNames;
import org.junit.jupiter.api.Test;

class UnitListsTest {
  private static List<UnitList> find(String text, boolean firstLeads) {
    return UnitLists.find(UnitNames.foldWidth(UnitNames.toSimplifiedSameLength(text)), text, firstLeads);
  }

  private static UnitList one(String text) {
    List<UnitList> all = find(text, false);
    assertEquals(1, all.size(), "one list expected in " + text);
    return all.get(0);
  }

  @Test
  void leadMarkerSplitsLeadsFromCooperators() {
    UnitList l = one("加强合作。(市科技局、市农业农村局牵头,南华大学、市农业科学院等按职责分工负责)");
    assertEquals(List.of("市科技局", "市农业农村局"), l.leads());
    assertEquals(List.of("南华大学", "市农业科学院"), l.cooperators());
    assertEquals(List.of(), l.doubtful());
  }

  @Test
  void listWithoutLeadMarkerMakesEveryUnitALead() {
    UnitList l = one("推进建设。(責任單位:省科技廳、省發展改革委、長株潭三市人民政府)");
    assertEquals(List.of("省科技廳", "省發展改革委", "長株潭三市人民政府"), l.leads());
    assertEquals(List.of(), l.cooperators());
    UnitList p = one("推进。(市文旅广体局、市科技局等按职责分工负责)");
    assertEquals(List.of("市文旅广体局", "市科技局"), p.leads());
  }

  @Test
  void documentRuleFirstListedLeads() {
    UnitList l = find("推进。(市科技局、市财政局、市教育局)", true).get(0);
    assertEquals(List.of("市科技局"), l.leads());
    assertEquals(List.of("市财政局", "市教育局"), l.cooperators());
  }

  @Test
  void squareBracketsWithBracketedSubOffice() {
    UnitList l = one("推进改革。[市委组织部、市科技局牵头,市委编办、市政府办(金融工作科)、市发展改革委等按职责分工负责]");
    assertEquals(List.of("市委组织部", "市科技局"), l.leads());
    assertEquals(List.of("市委编办", "市政府办(金融工作科)", "市发展改革委"), l.cooperators());
  }

  @Test
  void leadOnlyAndSeveralLeadsAndStrayDeng() {
    UnitList lead = one("建强集群。(市工业和信息化局牵头负责)");
    assertEquals(List.of("市工业和信息化局"), lead.leads());
    assertEquals(List.of(), lead.cooperators());
    UnitList both = one("开放合作。(市科技局、市商务局分别牵头)");
    assertEquals(List.of("市科技局", "市商务局"), both.leads());
    UnitList stray = one("上市。(市科技局牵头,市政府办、市税务局、等按职责分工负责)");
    assertEquals(List.of("市政府办", "市税务局"), stray.cooperators());
    UnitList collective = one("人才。(市委组织部牵头,市科工局、各镇(街道)按职责分工负责)");
    assertEquals(List.of("市科工局", "各镇(街道)"), collective.cooperators());
  }

  @Test
  void labelledAndUnbracketedLists() {
    UnitList l = one("推进平台建设。牵头单位:市科技局;配合单位:市财政局、市教育局");
    assertEquals(List.of("市科技局"), l.leads());
    assertEquals(List.of("市财政局", "市教育局"), l.cooperators());
    UnitList r = one("推进平台建设。责任单位:市科技局、市财政局");
    assertEquals(List.of("市科技局", "市财政局"), r.leads());
    UnitList marked = one("推进。(市科技局(牵头)、市财政局)");
    assertEquals(List.of("市科技局"), marked.leads());
    assertEquals(List.of("市财政局"), marked.cooperators());
  }

  @Test
  void severalListsInOneParagraphAndBracketsThatAreNotLists() {
    List<UnitList> two =
        find("推进A建设(以下简称A)。(市科技局牵头,市财政局配合)推进B建设。(市教育局牵头负责)", false);
    assertEquals(2, two.size());
    assertEquals(List.of("市科技局"), two.get(0).leads());
    assertEquals(List.of("市财政局"), two.get(0).cooperators());
    assertEquals(List.of("市教育局"), two.get(1).leads());
  }

  @Test
  void unitsJoinedByJiOrHeAreSplitButNamesWithHeAreNot() {
    UnitList l =
        one("推进。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)");
    assertEquals(List.of("市政府辦公室", "市行政審批制度改革工作領導小組辦公室"), l.leads());
    assertEquals(List.of("市級各有關部門", "各縣市區政府"), l.cooperators());
    UnitList h = one("推进。(市工业和信息化局、市人力资源和社会保障局、市科技局和市财政局牵头)");
    assertEquals(List.of("市工业和信息化局", "市人力资源和社会保障局", "市科技局", "市财政局"), h.leads());
  }

  @Test
  void piecesThatAreNotUnitsAreDoubtful() {
    UnitList l = one("推进。(市科技局牵头,加快推进各项工作落实等按职责分工负责)");
    // the trailing 落实 is read as the end of the list phrase
    assertEquals(List.of("加快推进各项工作"), l.doubtful());
  }

  @Test
  void collectivesOfTheirOwnAreNotJoinedToTheLevelsBefore() {
    UnitList l = one("推进。(牵头单位:区发改局;责任单位:立山经济开发区,各街道、区直各部门)");
    assertEquals(List.of("立山经济开发区", "各街道", "区直各部门"), l.cooperators());
    UnitList k = one("推进。(牵头单位:市金融办,配合单位:市发展改革委,各区、县级市)");
    assertEquals(List.of("市发展改革委", "各区县级市"), k.cooperators());
  }

  @Test
  void eachRelatedUnitIsACollectiveNotFiller() {
    UnitList l = one("推进。(牵头单位:市委组织部,配合单位:各有关单位)");
    assertEquals(List.of("各有关单位"), l.cooperators());
    UnitList k = one("推进。(市科技局牵头,市财政局等相关单位按职责分工负责)");
    assertEquals(List.of("市财政局"), k.cooperators());
  }

  @Test
  void remarkStatingTheRuleAfterTheLastNameIsNoUnit() {
    List<UnitList> all =
        find("固定资产投资增长10%。责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)", false);
    assertEquals(1, all.size());
    assertEquals(List.of("市发改委"), all.get(0).leads());
    assertEquals(List.of("市经信局", "市卫生健康委"), all.get(0).cooperators());
  }

  @Test
  void longerRoleLabelsOnTheirOwnLines() {
    UnitList l = one("推广家庭医生签约服务。 牵头责任单位:县卫健委、县民政局 主要协作单位:各乡镇人民政府,县政府有关部门");
    assertEquals(List.of("县卫健委", "县民政局"), l.leads());
    assertEquals(List.of("各乡镇人民政府", "县政府有关部门"), l.cooperators());
  }

  @Test
  void participateMarksCooperatorsAndSuperviseStillLeads() {
    UnitList l = one("整治锅炉。(市环保局牵头,市财政局、市水务局参与,各区政府负责落实)");
    assertEquals(List.of("市环保局"), l.leads());
    assertEquals(List.of("市财政局", "市水务局", "各区政府"), l.cooperators());
    UnitList s = one("清理企业。(市环保局、市商务局牵头督导,市公安局、市水务局参与)");
    assertEquals(List.of("市环保局", "市商务局"), s.leads());
    assertEquals(List.of("市公安局", "市水务局"), s.cooperators());
  }

  @Test
  void personsInChargeAreNotUnits() {
    assertEquals(List.of(), find("建成分馆5家。(牵头责任人:张明,具体责任人:李华、王强)", false));
  }

  @Test
  void cooperatingRoleWrittenAsXietong() {
    UnitList l = one("推进改革。 牵头责任单位:市发改委 协同责任单位:市财政局、市统计局");
    assertEquals(List.of("市发改委"), l.leads());
    assertEquals(List.of("市财政局", "市统计局"), l.cooperators());
    UnitList c = one("协同责任单位:市财政局、市统计局");
    assertEquals(List.of(), c.leads());
    assertEquals(List.of("市财政局", "市统计局"), c.cooperators());
  }

  @Test
  void leaderInChargeLineIsNoUnit() {
    assertEquals(List.of(), find("牵头负责领导:金力", false));
  }

  @Test
  void labelInSquareBracketsBeforeTheList() {
    UnitList l = one("每年新认定高新技术企业80家以上。【责任单位】市科技局、市财政局、市税务局");
    assertEquals(List.of("市科技局", "市财政局", "市税务局"), l.leads());
    UnitList two = one("建设平台。【牵头单位】市科技局【配合单位】市财政局、市教育局。");
    assertEquals(List.of("市科技局"), two.leads());
    assertEquals(List.of("市财政局", "市教育局"), two.cooperators());
  }

  @Test
  void sentenceOfLeadAndHelpersWithoutBrackets() {
    UnitList l = one("壮大科技型中小企业。由市科技局牵头，市工业和信息化局、市市场监督管理局配合。");
    assertEquals(List.of("市科技局"), l.leads());
    assertEquals(List.of("市工业和信息化局", "市市场监督管理局"), l.cooperators());
    // a sentence about a mechanism led by a unit is not a list
    assertEquals(List.of(), find("建立由市政府牵头、各部门参与的联席会议制度。", false));
    assertEquals(List.of(), find("由企业牵头，高校和科研院所积极参与配合。", false));
  }

  @Test
  void unitBeforeFuzeLeads() {
    UnitList l = one("建成新型研发机构10家。（市科技局负责，市发展改革委、市财政局按职责分工落实）");
    assertEquals(List.of("市科技局"), l.leads());
    assertEquals(List.of("市发展改革委", "市财政局"), l.cooperators());
  }

  @Test
  void deadlineInsideTheListIsNoUnit() {
    UnitList l = one("全年新增高新技术企业150家。（责任单位：市科技局；完成时限：2025年12月底）");
    assertEquals(List.of("市科技局"), l.leads());
    assertEquals(List.of(), l.doubtful());
    assertEquals("2025年12月底", l.deadline());
    assertEquals("9月底前", one("签订协议50项。（市科技局牵头，市教育局参与；9月底前完成）").deadline());
  }

  @Test
  void closingSentenceOfUnitsThatShareTheWork() {
    UnitList l = one("新引进科创团队二十个。市科技局、市人才办按职责分工负责。");
    assertEquals(List.of("市科技局", "市人才办"), l.leads());
    assertEquals(List.of(), find("新引进科创团队二十个。各地各部门要按职责分工负责。", false));
  }

  @Test
  void responsibleThenHelpersOnLinesOfTheirOwn() {
    UnitList l = one("新建中小学校5所。 责任单位：县教育局 配合单位：县财政局、各乡镇人民政府");
    assertEquals(List.of("县教育局"), l.leads());
    assertEquals(List.of("县财政局", "各乡镇人民政府"), l.cooperators());
    assertEquals(List.of(), l.doubtful());
  }

  @Test
  void courtsAndProcuratoratesAreUnits() {
    UnitList l = one("专利授权量同比增长10%。（市市场监督管理局(市知识产权局)、市中级人民法院）");
    assertEquals(List.of("市市场监督管理局(市知识产权局)", "市中级人民法院"), l.leads());
  }
}

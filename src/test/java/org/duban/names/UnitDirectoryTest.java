package org.duban.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.model.Unit;
import org.duban.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitDirectoryTest {
  private static final UnitDirectory DIR =
      UnitDirectory.of(
          List.of(
              Unit.named("市市场监督管理局", UnitKind.DEPARTMENT),
              Unit.named("市发展和改革委员会", UnitKind.DEPARTMENT),
              new Unit("市政府办", List.of("市政府办(金融工作科)"), UnitKind.DEPARTMENT, List.of(), "", ""),
              Unit.named("省科技厅", UnitKind.DEPARTMENT),
              Unit.named("市人力资源和社会保障局", UnitKind.DEPARTMENT),
              Unit.named("各镇(街道)", UnitKind.COLLECTIVE)));

  @ParameterizedTest
  @CsvSource({
    "市市场监管局, 市市场监督管理局",
    "' 市市场监督管理局 ', 市市场监督管理局",
    "市市場監督管理局, 市市场监督管理局",
    "市发改委, 市发展和改革委员会",
    "市发展改革委, 市发展和改革委员会",
    "市政府办（金融工作科）, 市政府办",
    "市政府办公室, 市政府办",
    "省科技廳, 省科技厅",
    "省 科技厅, 省科技厅",
    "市人社局, 市人力资源和社会保障局",
    "市人力资源社会保障局, 市人力资源和社会保障局",
    "各镇（街道）, 各镇(街道)",
    "衡阳市市场监督管理局, 市市场监督管理局",
    "湖南省科学技术厅, 省科技厅",
    "科技厅, 省科技厅"
  })
  void findsAUnitHoweverItIsWritten(String written, String canonical) {
    assertEquals(canonical, DIR.find(written).map(Unit::name).orElse("(none)"), written);
  }

  @Test
  void unknownNamesAreNotGuessed() {
    assertTrue(DIR.find("市教育局").isEmpty());
    assertTrue(DIR.find("各镇").isEmpty());
    assertTrue(DIR.find("  ").isEmpty());
  }

  @Test
  void simplifyFoldsScriptWidthAndSpaces() {
    assertEquals("长株潭三市人民政府", UnitDirectory.simplify("長株潭三市人民政府"));
    assertEquals("市政府办(金融工作科)", UnitDirectory.simplify("市政府办（金融工作科）"));
    assertEquals("市 科技局", UnitDirectory.simplify("　市　 科技局 "));
  }

  @ParameterizedTest
  @CsvSource({
    "市科技局, DEPARTMENT",
    "市卫生健康委, DEPARTMENT",
    "市政府办(金融工作科), DEPARTMENT",
    "市市场监督管理局（市知识产权局）, DEPARTMENT",
    "市委宣传部(市新闻出版局), DEPARTMENT",
    "各县（市、区）人民政府, COLLECTIVE",
    "长沙市人民政府, GOVERNMENT",
    "長株潭三市人民政府, COLLECTIVE",
    "在衡高校, COLLECTIVE",
    "各镇(街道), COLLECTIVE",
    "各相关部门, COLLECTIVE",
    "各县市区, COLLECTIVE",
    "市级各有关部门, COLLECTIVE",
    "市政府有关部门, COLLECTIVE",
    "南华大学, UNIVERSITY",
    "市农业科学院, UNIVERSITY",
    "人民银行衡阳市分行, FINANCIAL",
    "国家金融监督管理总局衡阳监管分局, FINANCIAL",
    "临湘高新区, PARK",
    "湘江新区, PARK",
    "某某集团有限公司, ENTERPRISE",
    "市工业和信息化局, DEPARTMENT",
    "衡阳县人民政府, GOVERNMENT",
    "中国银行衡阳分行, FINANCIAL",
    "衡阳农商银行, FINANCIAL",
    "市人行, FINANCIAL",
    "市地方金融监管局, DEPARTMENT",
    "区政府各部门, COLLECTIVE",
    "湘电集团, ENTERPRISE",
    "市中级人民法院, DEPARTMENT",
    "市人民检察院, DEPARTMENT"
  })
  void kindOfAName(String name, UnitKind kind) {
    assertEquals(kind, UnitDirectory.kindOf(name), name);
  }

  @Test
  void collectorKeepsOneUnitWithItsAliases() {
    UnitCollector c = new UnitCollector();
    assertEquals("市市场监督管理局", c.add("市市场监督管理局"));
    assertEquals("市市场监督管理局", c.add("市市场监管局"));
    assertEquals("省科技厅", c.add("省科技廳"));
    assertEquals("市政府办", c.add("市政府办(金融工作科)"));
    List<Unit> units = c.units();
    assertEquals(3, units.size());
    assertEquals(List.of("市市场监管局"), units.get(0).aliases());
    assertEquals(List.of("省科技廳"), units.get(1).aliases());
    assertEquals(List.of("市政府办(金融工作科)"), units.get(2).aliases());
    assertTrue(UnitDirectory.of(units).find("市市場監管局").isPresent());
  }
}

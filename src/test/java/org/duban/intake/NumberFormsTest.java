package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormsTest {
  /** written | target measure | percent field | value taken | the one note/warning/error. */
  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      1200      | 家   | false | 1200  | NULL
      1,200     | 家   | false | 1200  | 千位分隔符已去掉
      1，200    | 家   | false | 1200  | 千位分隔符已去掉
      １２００  | 家   | false | 1200  | 全角字符已转换为半角
      1200家    | 家   | false | 1200  | 已去掉计量单位“家”
      约50      | 个   | false | 50    | 约数“约50”按 50 读取
      50个左右  | 个   | false | 50    | 已去掉计量单位“个”
      1200余家  | 家   | false | 1200  | 约数“1200余家”按 1200 读取
      5亿       | 亿元 | false | 5     | “5亿”按 5亿元 读取
      12,000.5万元 | 万元 | false | 12000.5 | 千位分隔符已去掉
      1.2亿元   | 万元 | false | 12000 | “1.2亿元”已换算为 12000万元
      3000万元  | 亿元 | false | 0.3   | “3000万元”已换算为 0.3亿元
      12万      | 家   | false | 120000| “12万”已换算为 120000家
      30%       | %    | false | 30    | NULL
      30%       |      | true  | 30    | NULL
      0.3       |      | true  | 0.3   | NULL
      0.5%      |      | true  | 0.5   | NULL
      30        |      | true  | 30    | NULL
      -3.5      | %    | true  | -3.5  | NULL
      －2       |      | false | -2    | 全角字符已转换为半角
      /         | 家   | false | NULL  | “/”视为未填写
      1200个    | 家   | false | 1200  | 填写的计量单位“个”与目标的“家”不同，已按数字 1200 读取
      """)
  void readsTheFormsUnitsWrite(String raw, String measure, boolean pct, String value, String finding) {
    NumberForms.Parsed p = NumberForms.parse(raw, measure, pct);
    assertTrue(p.ok(), () -> "error for " + raw + ": " + p.error());
    if (value == null) {
      assertNull(p.value(), raw);
    } else {
      assertEquals(0, new BigDecimal(value).compareTo(p.value()), raw + " -> " + p.value());
    }
    if (finding == null) {
      assertTrue(p.notes().isEmpty() && p.warnings().isEmpty(), raw + ": " + p.notes() + p.warnings());
    } else {
      assertTrue(p.notes().contains(finding) || p.warnings().contains(finding),
          raw + ": expected “" + finding + "” in " + p.notes() + p.warnings());
    }
  }

  @org.junit.jupiter.api.Test
  void saysWhetherAPercentSignWasWritten() {
    assertTrue(NumberForms.parse("0.5%", "", true).percentSign());
    assertTrue(!NumberForms.parse("0.5", "", true).percentSign());
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', textBlock = """
      正在统计 | 家 | false | “正在统计”不是数字
      五十     | 家 | false | “五十”不是数字
      30%      | 家 | false | 填写的是百分数“30%”，但该项按“家”计
      1200家企业已落地 | 家 | false | “1200家企业已落地”不是单纯的数字（多了“家企业已落地”）
      1,2      | 家 | false | “1,2”中的逗号位置不对，无法判断数值
      """)
  void refusesTextThatIsNoNumber(String raw, String measure, boolean pct, String error) {
    NumberForms.Parsed p = NumberForms.parse(raw, measure, pct);
    assertNull(p.value());
    assertEquals(error, p.error());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2025-09-28    | 2025-09-28
      2025/9/8      | 2025-09-08
      2025.9.28     | 2025-09-28
      2025年9月28日 | 2025-09-28
      20250928      | 2025-09-28
      ２０２５-09-28 | 2025-09-28
      """)
  void readsDatesTypedAsText(String raw, String iso) {
    assertEquals(java.time.LocalDate.parse(iso), DateForms.parse(raw).orElseThrow());
  }
}

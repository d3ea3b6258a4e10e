package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetLinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "新增平台 >=10个 | 新增平台 ≥10个",
        "新增平台 ＞＝１０个 | 新增平台 ≥10个",
        "新增平台 ≧ 10 个 | 新增平台 ≥10个",
        "能耗 <= 3% | 能耗 ≤3%",
        "新增平台 >10个（2025年） | 新增平台 ≥10个（2025年）",
        "研发投入 增长≥9% | 研发投入 增长≥9%",
        "新增5G基站 ≥100个 | 新增5G基站 ≥100个",
      })
  void clerkTypedFormsReadAsTheNotation(String typed, String notation) {
    assertEquals(notation, TargetLines.parse(typed, LocalDate.of(2025, 12, 31)).notation(), typed);
  }
}

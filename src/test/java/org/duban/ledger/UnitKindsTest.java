package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.duban.model.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindsTest {
  @ParameterizedTest
  @CsvSource({
    "市科技局, DEPARTMENT",
    "市政府办(金融工作科), DEPARTMENT",
    "市工业和信息化局, DEPARTMENT",
    "在衡高校, COLLECTIVE",
    "各镇(街道), COLLECTIVE",
    "各相关部门, COLLECTIVE",
    "长株潭三市人民政府, COLLECTIVE",
    "衡阳县人民政府, GOVERNMENT",
    "临湘高新区, PARK",
    "南华大学, UNIVERSITY",
    "人民银行衡阳市分行, FINANCIAL",
    "中国银行衡阳分行, FINANCIAL",
    "衡阳农商银行, FINANCIAL",
    "湘电集团, ENTERPRISE",
  })
  void guessesTheKindFromTheName(String name, UnitKind kind) {
    assertEquals(kind, UnitKinds.guess(name), name);
  }
}

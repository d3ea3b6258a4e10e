package org.duban.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.duban.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionsTest {
  /** written | target (%) | value taken | grade | message. */
  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      0.3   | NULL | 30   | NOTE    | “0.3”按小数形式理解，取 30%
      0.05  | NULL | 0.05 | WARNING | “0.05”按 0.05% 读取，也可能是指 5%
      0.3   | 30   | 30   | NOTE    | “0.3”按小数形式理解，取 30%
      0.065 | 8    | 6.5  | NOTE    | “0.065”按小数形式理解，取 6.5%
      0.9   | 1.8  | 0.9  | NOTE    | “0.9”按 0.9% 读取
      0.5   | 8    | 50   | WARNING | “0.5”按小数形式理解，取 50%，也可能是指 0.5%
      """)
  void theTargetDecidesWhetherAFractionIsAPercentage(String written, String target, String taken,
      Severity grade, String message) {
    Fractions.Reading r = Fractions.read(new BigDecimal(written), written,
        target == null ? null : new BigDecimal(target));
    assertEquals(0, new BigDecimal(taken).compareTo(r.value()), written + " -> " + r.value());
    assertEquals(grade, r.grade());
    assertEquals(message, r.message());
    assertEquals(grade == Severity.NOTE, r.fix().isEmpty(), r.fix());
  }
}

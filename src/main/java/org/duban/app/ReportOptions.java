package org.duban.app;

import java.time.Instant;

/**
 * Options of {@code duban report}.
 *
 * @param greenTolerance 绿灯容差 in percentage points, or null to take the ledger's (default 10)
 * @param redGap 红灯差距 in percentage points, or null to take the ledger's (default 30)
 * @param generatedAt when the report is made; written to the document properties only
 */
public record ReportOptions(Double greenTolerance, Double redGap, Instant generatedAt) {
  public ReportOptions {
    if (generatedAt == null) {
      throw new IllegalArgumentException("a report needs its generation time (passed in, not read here)");
    }
  }

  /** The ledger's thresholds, made at {@code generatedAt}. */
  public static ReportOptions at(Instant generatedAt) {
    return new ReportOptions(null, null, generatedAt);
  }
}

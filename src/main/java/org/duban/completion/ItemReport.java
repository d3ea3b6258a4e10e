package org.duban.completion;

import java.math.BigDecimal;
import java.util.List;
import org.duban.model.Field;
import org.duban.model.ReportedValue;
import org.duban.model.Status;
import org.duban.model.UnitReturn;

/**
 * What one unit reported on one row (a task, a task's n-th target, an indicator or a sub-target).
 *
 * @param actual 累计完成值, or null
 * @param growth 同比增长(%), or null
 * @param percent 完成比例(%), or null
 * @param status 完成状态, or null
 * @param sources the values it was read from, for 明细 and the writer's provenance
 */
public record ItemReport(
    BigDecimal actual, BigDecimal growth, BigDecimal percent, Status status, List<ReportedValue> sources) {
  public static final ItemReport EMPTY = new ItemReport(null, null, null, null, List.of());

  public ItemReport {
    sources = List.copyOf(sources == null ? List.of() : sources);
  }

  /** Convenience for tests and callers that build reports by hand. */
  public static ItemReport of(BigDecimal actual, BigDecimal growth, BigDecimal percent, Status status) {
    return new ItemReport(actual, growth, percent, status, List.of());
  }

  /** The row {@code itemId} of a return; empty when the return is null or has nothing on it. */
  public static ItemReport from(UnitReturn r, String itemId) {
    return r == null ? EMPTY : from(new IndexedReturn(r), itemId);
  }

  static ItemReport from(IndexedReturn r, String itemId) {
    if (r == null) {
      return EMPTY;
    }
    List<ReportedValue> found = r.rowValues(itemId);
    return new ItemReport(
        r.number(itemId, Field.ACTUAL).orElse(null),
        r.number(itemId, Field.GROWTH).orElse(null),
        r.number(itemId, Field.PERCENT).orElse(null),
        r.status(itemId).orElse(null),
        found);
  }

  public boolean isEmpty() {
    return actual == null && growth == null && percent == null && status == null;
  }

  public boolean hasNumber() {
    return actual != null || growth != null || percent != null;
  }

  /** This report with its status replaced when it has none (status may sit on another row). */
  public ItemReport withStatusIfAbsent(Status s) {
    return status != null || s == null ? this : new ItemReport(actual, growth, percent, s, sources);
  }
}

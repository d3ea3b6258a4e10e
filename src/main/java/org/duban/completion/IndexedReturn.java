package org.duban.completion;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Field;
import org.duban.model.ReportedValue;
import org.duban.model.RoundData;
import org.duban.model.Status;
import org.duban.model.UnitReturn;

/**
 * A unit's return with its values indexed by item and field: {@link UnitReturn}'s own look-ups
 * scan the list, which is quadratic over a 10,000-task plan.
 */
final class IndexedReturn {
  private final UnitReturn source;
  private final Map<String, EnumMap<Field, ReportedValue>> byItem = new HashMap<>();

  IndexedReturn(UnitReturn source) {
    this.source = source;
    for (ReportedValue v : source.values()) {
      // The first value wins, as UnitReturn.value(...) would find it.
      byItem.computeIfAbsent(v.itemId(), k -> new EnumMap<>(Field.class)).putIfAbsent(v.field(), v);
    }
  }

  /** Every return of a round by unit. */
  static Map<String, IndexedReturn> of(RoundData data) {
    Map<String, IndexedReturn> m = new HashMap<>();
    for (UnitReturn r : data.returns()) {
      m.putIfAbsent(r.unit(), new IndexedReturn(r));
    }
    return m;
  }

  String unit() {
    return source.unit();
  }

  Optional<ReportedValue> value(String itemId, Field f) {
    EnumMap<Field, ReportedValue> m = byItem.get(itemId);
    return Optional.ofNullable(m == null ? null : m.get(f));
  }

  Optional<BigDecimal> number(String itemId, Field f) {
    return value(itemId, f).map(ReportedValue::number);
  }

  Optional<String> text(String itemId, Field f) {
    return value(itemId, f).map(ReportedValue::text).filter(s -> !s.isBlank());
  }

  Optional<Status> status(String itemId) {
    return value(itemId, Field.STATUS).flatMap(v -> Status.fromLabel(v.text()));
  }

  /** The numeric and status values of one row, for provenance. */
  List<ReportedValue> rowValues(String itemId) {
    EnumMap<Field, ReportedValue> m = byItem.get(itemId);
    if (m == null) {
      return List.of();
    }
    return m.values().stream().filter(v -> v.field().isNumeric() || v.field() == Field.STATUS).toList();
  }
}

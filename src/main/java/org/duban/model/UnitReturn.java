package org.duban.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One unit's accepted return for a round: the values that passed validation.
 *
 * @param unit canonical unit name
 * @param round the round
 * @param fileName the file it was read from (the original name in the inbox)
 * @param filer who filled it in
 * @param values every accepted value with its location
 * @param problems every finding about the file, errors included (their values are not in values)
 */
public record UnitReturn(
    String unit, Round round, String fileName, Filer filer, List<ReportedValue> values, List<Problem> problems) {
  public UnitReturn {
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("a return needs its unit: " + fileName);
    }
    if (round == null) {
      throw new IllegalArgumentException("a return needs its round: " + fileName);
    }
    fileName = fileName == null ? "" : fileName;
    filer = filer == null ? Filer.UNKNOWN : filer;
    values = List.copyOf(values == null ? List.of() : values);
    problems = List.copyOf(problems == null ? List.of() : problems);
  }

  public Optional<ReportedValue> value(String itemId, Field field) {
    for (ReportedValue v : values) {
      if (v.itemId().equals(itemId) && v.field() == field) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  public Optional<BigDecimal> number(String itemId, Field field) {
    return value(itemId, field).map(ReportedValue::number);
  }

  public Optional<String> text(String itemId, Field field) {
    return value(itemId, field).map(ReportedValue::text).filter(s -> !s.isBlank());
  }

  public Optional<Status> status(String itemId) {
    return value(itemId, Field.STATUS).flatMap(v -> Status.fromLabel(v.text()));
  }
}

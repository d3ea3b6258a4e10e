package org.duban.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan-level goal indicator (目标指标), e.g. {@code 高新技术企业突破1200家}.
 *
 * @param id {@code 指标1}, {@code 指标2}, ... or the document's own numbering
 * @param name 指标名称: 高新技术企业数量
 * @param target the quantity
 * @param units 责任单位, canonical names; the first is the lead
 * @param text 原文, the sentence it was read from
 * @param source where it was read
 * @param extras columns the clerk added to the ledger
 */
public record Goal(
    String id,
    String name,
    Target target,
    List<String> units,
    String text,
    Location source,
    Map<String, String> extras) {
  public Goal {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a goal indicator needs an id (编号): " + name);
    }
    if (target == null) {
      throw new IllegalArgumentException("goal indicator " + id + " has no target");
    }
    id = id.strip();
    name = name == null ? "" : name.strip();
    units = List.copyOf(units == null ? List.of() : units);
    text = text == null ? "" : text.strip();
    source = source == null ? Location.NONE : source;
    extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
  }

  /** The same goal owned by these units. */
  public Goal withUnits(List<String> newUnits) {
    return new Goal(id, name, target, newUnits, text, source, extras);
  }

  /** The same goal with these cells added to its extras; a header it already has keeps its value. */
  public Goal withExtras(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(extras);
    more.forEach(all::putIfAbsent);
    return new Goal(id, name, target, units, text, source, all);
  }
}

package org.duban.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.model.Unit;

/**
 * Finds units by any way they are written: canonical name, alias, traditional script,
 * full-width characters, stray spaces, long or short forms, bracketed sub-offices.
 */
public final class UnitDirectory {
  private final List<Unit> units;
  private final Map<String, Unit> byKey = new HashMap<>();

  private UnitDirectory(List<Unit> units) {
    this.units = units;
    // Canonical names first so that an alias of one unit never hides another unit's name.
    for (Unit u : units) {
      byKey.putIfAbsent(UnitNames.key(u.name()), u);
    }
    for (Unit u : units) {
      for (String a : u.aliases()) {
        byKey.putIfAbsent(UnitNames.key(a), u);
      }
    }
  }

  public static UnitDirectory of(Collection<Unit> units) {
    return new UnitDirectory(List.copyOf(units));
  }

  public List<Unit> units() {
    return units;
  }

  /** The unit written as {@code written}: canonical name, alias, traditional script, variants. */
  public Optional<Unit> find(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String w = written.strip();
    for (Unit u : units) {
      if (u.answersTo(w)) {
        return Optional.of(u);
      }
    }
    Unit u = byKey.get(UnitNames.key(w));
    if (u == null) {
      String parent = UnitNames.parentOfSubOffice(w);
      if (parent != null) {
        u = byKey.get(UnitNames.key(parent));
      }
    }
    return Optional.ofNullable(u);
  }

  /** Simplified, half-width, single-spaced form of a name. */
  public static String simplify(String s) {
    return UnitNames.simplify(s);
  }

  /** The kind of body a name stands for (部门, 县市区政府, 高校院所, 金融机构, 集合单位, ...). */
  public static org.duban.model.UnitKind kindOf(String name) {
    return UnitNames.kindOf(name);
  }
}

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
  /** A place name before the level word: 衡阳(市), 湖南(省), 祁东(县). */
  private static final java.util.regex.Pattern PLACE =
      java.util.regex.Pattern.compile("^[\\u4e00-\\u9fff]{2,3}?(?=[市省县区])");

  private final List<Unit> units;
  private final Map<String, Unit> byKey = new HashMap<>();
  /** Exact name or alias -> the first unit answering to it, as a scan of the list would find. */
  private final Map<String, Unit> exact = new HashMap<>();

  private UnitDirectory(List<Unit> units) {
    this.units = units;
    for (Unit u : units) {
      exact.putIfAbsent(u.name(), u);
      u.aliases().forEach(a -> exact.putIfAbsent(a, u));
    }
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
    // A map, not a scan: collect asks once per return, and a plan may have thousands of units.
    Unit u = exact.get(w);
    if (u != null) {
      return Optional.of(u);
    }
    u = byKey.get(UnitNames.key(w));
    if (u == null) {
      String parent = UnitNames.parentOfSubOffice(w);
      if (parent != null) {
        u = byKey.get(UnitNames.key(parent));
      }
    }
    if (u == null) {
      u = byPlace(UnitNames.key(w));
    }
    return Optional.ofNullable(u);
  }

  /**
   * Units typed with or without their place name: 衡阳市科学技术局 is 市科技局 and 科技局 is 市科技局,
   * when exactly one unit answers.
   */
  private Unit byPlace(String key) {
    java.util.regex.Matcher m = PLACE.matcher(key);
    if (m.find() && m.end() < key.length()) {
      Unit u = byKey.get(key.substring(m.end()));
      if (u != null) {
        return u;
      }
    }
    Unit found = null;
    for (String level : new String[] {"市", "省", "县", "区"}) {
      Unit u = byKey.get(level + key);
      if (u != null) {
        if (found != null && found != u) {
          return null;
        }
        found = u;
      }
    }
    return found;
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

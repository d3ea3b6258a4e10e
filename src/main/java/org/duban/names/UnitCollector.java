package org.duban.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.duban.model.Unit;

/**
 * Gathers the units a document names, each once: the first spelling met (simplified) becomes
 * the canonical name, every other spelling an alias.
 */
public final class UnitCollector {
  private final Map<String, String> canonicalByKey = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> aliases = new LinkedHashMap<>();

  /** Registers a unit as written and returns its canonical name. */
  public String add(String written) {
    String w = written.strip();
    String simple = UnitNames.simplify(w);
    String parent = UnitNames.parentOfSubOffice(simple);
    String base = parent == null ? simple : parent;
    String key = UnitNames.key(base);
    String canonical = canonicalByKey.get(key);
    if (canonical == null) {
      canonical = base;
      canonicalByKey.put(key, canonical);
      aliases.put(canonical, new LinkedHashSet<>());
    }
    LinkedHashSet<String> set = aliases.get(canonical);
    for (String form : new String[] {w, simple}) {
      if (!form.equals(canonical)) {
        set.add(form);
      }
    }
    return canonical;
  }

  /** The canonical name a spelling would get, without registering it; null if unknown. */
  public String canonicalOf(String written) {
    String simple = UnitNames.simplify(written);
    String parent = UnitNames.parentOfSubOffice(simple);
    return canonicalByKey.get(UnitNames.key(parent == null ? simple : parent));
  }

  /** The units in the order first met. */
  public List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    for (Map.Entry<String, LinkedHashSet<String>> e : aliases.entrySet()) {
      out.add(
          new Unit(
              e.getKey(), List.copyOf(e.getValue()), UnitNames.kindOf(e.getKey()), List.of(), "", ""));
    }
    return out;
  }
}

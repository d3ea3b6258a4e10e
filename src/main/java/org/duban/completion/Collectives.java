package org.duban.completion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.model.Plan;
import org.duban.model.Role;
import org.duban.model.Task;
import org.duban.model.Unit;

/**
 * Collective units (在衡高校, 各镇(街道)) and the members the clerk listed for them: when the
 * forms went to the members, the members' returns stand for the collective.
 */
final class Collectives {
  private final Map<String, List<String>> members = new HashMap<>();

  Collectives(Plan plan) {
    for (Unit u : plan.units()) {
      if (!u.members().isEmpty()) {
        members.put(u.name(), u.members());
      }
    }
  }

  /** The members of a collective unit, empty for any other unit. */
  List<String> membersOf(String unit) {
    return members.getOrDefault(unit, List.of());
  }

  /** The unit's role in the task, directly or through a collective it belongs to; null if none. */
  Role roleOf(Task t, String unit) {
    Role direct = t.roleOf(unit);
    if (direct != null) {
      return direct;
    }
    for (String u : t.units()) {
      if (membersOf(u).contains(unit)) {
        return t.roleOf(u);
      }
    }
    return null;
  }

  /** The task's units with each collective that did not report itself replaced by its members. */
  List<String> expand(Task t, Map<String, IndexedReturn> returns) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String u : t.units()) {
      List<String> m = membersOf(u);
      if (!returns.containsKey(u) && !m.isEmpty()) {
        out.addAll(m);
      } else {
        out.add(u);
      }
    }
    return List.copyOf(out);
  }
}

package org.duban.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numbered measure of the plan (重点任务), e.g. {@code 二.(二).1 体系化布局重大科技攻关项目}.
 *
 * @param id the document's own numbering joined by dots: {@code 二.(二).1}
 * @param section the heading of the part it belongs to: {@code (二)赋能高水平技术攻关}
 * @param title the task's title sentence, or the first sentence when it has none
 * @param content the full text of the measure as written
 * @param leads 牵头单位, canonical names, in the document's order
 * @param cooperators 配合单位, canonical names, in the document's order
 * @param deadline 完成时限
 * @param targets the quantitative targets found in it, in order
 * @param source where it was read
 * @param extras columns the clerk added to the ledger, kept on re-import (header -> value)
 */
public record Task(
    String id,
    String section,
    String title,
    String content,
    List<String> leads,
    List<String> cooperators,
    Deadline deadline,
    List<Target> targets,
    Location source,
    Map<String, String> extras) {
  public Task {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a task needs an id (编号): " + title);
    }
    id = id.strip();
    section = section == null ? "" : section.strip();
    title = title == null ? "" : title.strip();
    content = content == null ? "" : content.strip();
    leads = List.copyOf(leads == null ? List.of() : leads);
    cooperators = List.copyOf(cooperators == null ? List.of() : cooperators);
    deadline = deadline == null ? Deadline.NONE : deadline;
    targets = List.copyOf(targets == null ? List.of() : targets);
    source = source == null ? Location.NONE : source;
    extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
  }

  /** Lead first, then cooperating units, each once. */
  public List<String> units() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(leads);
    all.addAll(cooperators);
    return List.copyOf(all);
  }

  /** The unit's part in this task, or null when it has none. */
  public Role roleOf(String unit) {
    if (leads.contains(unit)) {
      return Role.LEAD;
    }
    if (cooperators.contains(unit)) {
      return Role.COOPERATE;
    }
    return null;
  }
}

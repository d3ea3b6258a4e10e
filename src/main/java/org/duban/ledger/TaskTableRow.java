package org.duban.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.Location;

/** One task row of a 任务分解表 as found, before the plan's period is known. */
record TaskTableRow(
    String id,
    String section,
    String title,
    String content,
    List<String> leads,
    List<String> cooperators,
    String deadline,
    List<String> targetLines,
    Location source,
    Map<String, String> extras) {

  private static final Pattern LEAD_MARK = Pattern.compile("^(.*?)\\s*[（(]\\s*牵头\\s*[）)]$");
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{4,80}?)[。；;！!]");

  /**
   * Leads and cooperators from the unit cells: names marked （牵头） wherever they stand, else the 牵头单位
   * column when filled, else the first of 责任单位 ("责任单位:A、B、C": A leads).
   */
  static List<List<String>> units(String leadCell, String coopCell, String responsibleCell) {
    List<String> leads = new ArrayList<>();
    List<String> coops = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    List<String> lead = strip(UnitLists.split(leadCell), marked);
    List<String> coop = strip(UnitLists.split(coopCell), marked);
    List<String> resp = strip(UnitLists.split(responsibleCell), marked);
    if (!marked.isEmpty()) {
      leads.addAll(marked);
      lead.stream().filter(u -> !marked.contains(u)).forEach(coops::add);
      coops.addAll(coop);
      resp.stream().filter(u -> !marked.contains(u)).forEach(coops::add);
    } else if (!lead.isEmpty()) {
      leads.addAll(lead);
      coops.addAll(coop);
      resp.stream().filter(u -> !lead.contains(u)).forEach(coops::add);
    } else if (!resp.isEmpty()) {
      leads.add(resp.get(0));
      coops.addAll(coop);
      coops.addAll(resp.subList(1, resp.size()));
    } else {
      coops.addAll(coop);
    }
    leads.forEach(l -> coops.removeIf(l::equals));
    return List.of(dedupe(leads), dedupe(coops));
  }

  /** The task's title when the table has only a content column: its first sentence. */
  static String firstSentence(String content) {
    Matcher m = FIRST_SENTENCE.matcher(content);
    return m.find() ? m.group(1) : content;
  }

  private static List<String> strip(List<String> names, List<String> marked) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Matcher m = LEAD_MARK.matcher(n);
      if (m.matches() && !m.group(1).isBlank()) {
        out.add(m.group(1).strip());
        marked.add(m.group(1).strip());
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> dedupe(List<String> names) {
    return List.copyOf(new java.util.LinkedHashSet<>(names));
  }
}

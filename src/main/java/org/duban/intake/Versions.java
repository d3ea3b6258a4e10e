package org.duban.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks one file per unit when a unit sent several: the newest by 填报日期, then by file
 * modification time, then the file name that sorts last; and says why in words.
 */
public final class Versions {
  /** An accepted file of a unit with the facts the choice rests on. */
  public record Candidate(Validation validation, Instant fileTime) {
    public LocalDate filled() {
      return validation.unitReturn().filer().date();
    }

    public String fileName() {
      return validation.fileName();
    }
  }

  /**
   * The file taken for a unit, the ones it supersedes, and why.
   *
   * @param reason for the winner's own line (采用本文件：…); empty when the unit sent one file
   */
  public record Choice(String unit, Candidate winner, List<Candidate> superseded, String reason) {
    public Choice {
      superseded = List.copyOf(superseded);
    }

    /** For a superseded file's own line: 已被“…”替代：and the fact that decided. */
    public String against(Candidate lost) {
      return "已被“" + winner.fileName() + "”替代：" + why(winner, lost, false);
    }
  }

  private static final Comparator<Candidate> NEWEST_LAST =
      Comparator.comparing(Candidate::filled, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Candidate::fileTime, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Candidate::fileName);

  private Versions() {}

  /** One choice per unit, sorted by unit name; rejected files must not be passed in. */
  public static List<Choice> choose(List<Candidate> accepted) {
    Map<String, List<Candidate>> byUnit = new TreeMap<>();
    for (Candidate c : accepted) {
      byUnit.computeIfAbsent(c.validation().unit(), u -> new ArrayList<>()).add(c);
    }
    List<Choice> out = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> e : byUnit.entrySet()) {
      List<Candidate> all = new ArrayList<>(e.getValue());
      all.sort(NEWEST_LAST);
      Candidate winner = all.remove(all.size() - 1);
      all.sort(NEWEST_LAST.reversed());
      out.add(new Choice(e.getKey(), winner, all, all.isEmpty() ? "" : reason(winner, all.get(0))));
    }
    return out;
  }

  /** Why {@code winner} beats the runner-up, for the winner's line. */
  static String reason(Candidate winner, Candidate next) {
    return "采用本文件：" + why(winner, next, true);
  }

  /**
   * The deciding fact, told from the winner's line ({@code mine}: 本文件 is the winner) or from
   * the other file's line (本文件 is the other, 其 the winner).
   */
  private static String why(Candidate winner, Candidate other, boolean mine) {
    LocalDate a = winner.filled();
    LocalDate b = other.filled();
    String them = "“" + other.fileName() + "”";
    if (a != null && (b == null || a.isAfter(b))) {
      if (b == null) {
        return mine ? "填报日期 " + a + "，" + them + "未填填报日期" : "其填报日期 " + a + "，本文件未填填报日期";
      }
      return mine ? "填报日期 " + a + " 晚于" + them + "的 " + b : "其填报日期 " + a + " 晚于本文件的 " + b;
    }
    if (winner.fileTime() != null && (other.fileTime() == null || winner.fileTime().isAfter(other.fileTime()))) {
      return mine ? "填报日期与" + them + "相同或都未填，本文件修改时间较晚" : "填报日期与其相同或都未填，其文件修改时间较晚";
    }
    if (winner.fileName().equals(other.fileName())) {
      return "收到多份同名文件，填报日期和修改时间都相同，" + (mine ? "取其中一份" : "取了另一份");
    }
    return "填报日期和修改时间与" + (mine ? them : "其") + "都相同，按文件名排序取后者";
  }
}

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
   * @param reason empty when the unit sent one file
   */
  public record Choice(String unit, Candidate winner, List<Candidate> superseded, String reason) {
    public Choice {
      superseded = List.copyOf(superseded);
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

  /** Why {@code winner} beats the runner-up, naming the deciding fact. */
  static String reason(Candidate winner, Candidate next) {
    LocalDate a = winner.filled();
    LocalDate b = next.filled();
    if (a != null && (b == null || a.isAfter(b))) {
      return "采用“" + winner.fileName() + "”：填报日期 " + a + " 晚于“" + next.fileName() + "”的"
          + (b == null ? "（未填日期）" : " " + b);
    }
    if (winner.fileTime() != null && next.fileTime() != null
        && winner.fileTime().isAfter(next.fileTime())) {
      return "采用“" + winner.fileName() + "”：填报日期相同或未填，其文件修改时间较晚";
    }
    if (winner.fileName().equals(next.fileName())) {
      return "采用“" + winner.fileName() + "”：收到多份同名文件，填报日期和文件修改时间都相同，取其中一份";
    }
    return "采用“" + winner.fileName() + "”：填报日期和文件修改时间都相同，按文件名排序取后者";
  }
}

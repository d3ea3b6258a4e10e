package org.duban.completion;

import java.util.Collection;
import org.duban.model.Completion;

/** Means of completions: each capped at 100%, so one overachiever cannot hide a laggard. */
final class Averages {
  private Averages() {}

  static Completion cappedMean(Collection<Completion> all, String basis) {
    double sum = 0;
    int n = 0;
    for (Completion c : all) {
      if (c.isKnown()) {
        sum += c.capped();
        n++;
      }
    }
    return n == 0 ? new Completion(Double.NaN, basis) : new Completion(sum / n, basis);
  }

  /** The capped mean of the known ratios, NaN when none is known. */
  static double mean(Collection<Completion> all) {
    return cappedMean(all, "").ratio();
  }
}

package org.duban.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.duban.model.DubanException;
import org.duban.model.Round;
import org.duban.model.RoundData;

/** Persists a round's merged data in the round folder. STUB: replaced by the collect work. */
public final class RoundStore {
  private RoundStore() {}

  public static void save(Workspace ws, RoundData data) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** The round's merged data, or empty when it was never collected. */
  public static Optional<RoundData> load(Workspace ws, Round round) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }

  /** Records the round's 报送截止日期 (written by templates, read by collect). */
  public static void saveDue(Workspace ws, Round round, java.time.LocalDate due) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** Rounds of the workspace that have merged data, oldest first. */
  public static List<Round> collectedRounds(Workspace ws) {
    throw new UnsupportedOperationException("stub");
  }
}

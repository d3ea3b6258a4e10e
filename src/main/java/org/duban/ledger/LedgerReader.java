package org.duban.ledger;

import java.nio.file.Path;
import org.duban.model.DubanException;
import org.duban.model.Plan;

/** plan.xlsx to Plan. STUB: replaced by the ledger work. */
public final class LedgerReader {
  private LedgerReader() {}

  public static Plan read(Path ledger) throws DubanException {
    throw new UnsupportedOperationException("stub");
  }
}

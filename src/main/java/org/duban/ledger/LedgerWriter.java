package org.duban.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.duban.model.Plan;
import org.duban.model.Problem;

/** Plan to plan.xlsx (with the 解析报告 sheet). STUB: replaced by the ledger work. */
public final class LedgerWriter {
  private LedgerWriter() {}

  public static void write(Plan plan, List<Problem> parseReport, Path ledger) throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}

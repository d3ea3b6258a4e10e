package org.duban.fillin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.UnitReturn;

/** Writes one unit's fill-in workbook. STUB: replaced by the fill-in work. */
public final class TemplateWriter {
  private TemplateWriter() {}

  /**
   * @param due 报送截止日期, or null
   * @param lastRound what the unit reported last round, to prefill (marked as last round's)
   */
  public static void write(
      Plan plan, Round round, String unit, LocalDate due, Optional<UnitReturn> lastRound, Path out)
      throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}

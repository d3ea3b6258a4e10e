package org.duban.plan;

import java.util.List;
import org.duban.model.SourceLine;

/** Plan document text to a {@link org.duban.model.Plan}. STUB: replaced by the parser work. */
public final class PlanParser {
  private PlanParser() {}

  /**
   * Parses the lines of one plan document (or several, in order).
   *
   * @param documentName the file name, used when the text has no title
   */
  public static PlanParse parse(List<SourceLine> lines, String documentName) {
    throw new UnsupportedOperationException("stub");
  }
}

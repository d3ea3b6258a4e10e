package org.duban.fillin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.duban.model.Field;

/**
 * Fills a generated workbook the way a unit would (for the demo, samples and tests).
 * STUB: replaced by the fill-in work.
 */
public final class ReturnFiller {
  private ReturnFiller() {}

  /**
   * @param values item id -> field -> value (a Number, or a String typed as the unit would,
   *     e.g. "1200家"); items not in the workbook are ignored
   * @param filer 填报人, 联系电话, 填报日期, 审核人 -> value (String or LocalDate)
   */
  public static void fill(
      Path template, Path out, Map<String, Map<Field, Object>> values, Map<String, Object> filer)
      throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}

package org.duban.ledger;

import org.duban.office.OfficeSuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.duban.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan.xlsx saved again by a real office suite (LibreOffice, headless) still reads as the same
 * plan: its styles, shared strings and dates survive a client's rewrite. Skipped when LibreOffice
 * is not installed or {@code -Dduban.office=skip}.
 */
class LedgerLibreOfficeTest {
  @TempDir Path dir;

  @Test
  void ledgerResavedByLibreOfficeReadsTheSame() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path ledger = dir.resolve("plan.xlsx");
    Plan plan = SamplePlan.plan();
    LedgerWriter.write(plan, List.of(), ledger);
    Path resaved = office.convert("xlsx:Calc MS Excel 2007 XML", dir.resolve("out"), ledger).get(0);

    Plan back = LedgerReader.read(resaved);
    assertEquals(plan.info(), back.info());
    assertEquals(plan.tasks(), back.tasks());
    assertEquals(plan.goals(), SamplePlan.withoutSource(back.goals()));
    assertEquals(plan.breakdowns(), back.breakdowns());
    assertEquals(plan.units(), back.units());
  }
}

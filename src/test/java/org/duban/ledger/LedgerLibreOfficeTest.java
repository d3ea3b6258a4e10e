package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    Path soffice = Office.soffice().orElse(null);
    assumeTrue(soffice != null, "LibreOffice not installed, or -Dduban.office=skip");

    Path ledger = dir.resolve("plan.xlsx");
    Plan plan = SamplePlan.plan();
    LedgerWriter.write(plan, List.of(), ledger);
    Path out = Files.createDirectories(dir.resolve("out"));
    Process p =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                out.toString(),
                ledger.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in time");
    Path resaved = out.resolve("plan.xlsx");
    assumeTrue(
        Files.exists(resaved),
        "LibreOffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));

    Plan back = LedgerReader.read(resaved);
    assertEquals(plan.info(), back.info());
    assertEquals(plan.tasks(), back.tasks());
    assertEquals(plan.goals(), SamplePlan.withoutSource(back.goals()));
    assertEquals(plan.breakdowns(), back.breakdowns());
    assertEquals(plan.units(), back.units());
  }
}

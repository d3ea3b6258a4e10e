package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.DubanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a clerk types into any cell, reading the ledger gives a plan or a {@link DubanException}
 * with messages, never another exception (which would reach the user as a stack trace). The seed is
 * in the failure message.
 */
class LedgerFuzzTest {
  private static final String[] TEXTS = {
    "",
    " ",
    "abc",
    "-5",
    "1e400",
    "≥",
    "2025-13-01",
    "2025年",
    "NaN",
    "一千",
    "≥≥10个",
    "（",
    "、、、",
    "=SUM(A1)",
    "0",
    "99999999999999999999",
    "\n",
    "编号",
    "集合单位",
    "2025/2/30"
  };

  @TempDir Path dir;

  @Test
  void anyCellEditGivesAPlanOrAClearError() throws Exception {
    Path original = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), original);
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int i = 0; i < 20; i++) {
      Path ledger = dir.resolve("fuzz-" + i + ".xlsx");
      Files.copy(original, ledger);
      String[] change = new String[1];
      Xlsx.edit(
          ledger,
          wb -> {
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
              change[0] = mutate(wb, r);
            }
          });
      try {
        LedgerReader.read(ledger);
      } catch (DubanException e) {
        if (e.problems().isEmpty()) {
          fail("seed " + seed + " round " + i + " (" + change[0] + "): an error without a message");
        }
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " round " + i + " (" + change[0] + ")", e);
      }
    }
  }

  private static String mutate(XSSFWorkbook wb, Random r) {
    Sheet s = wb.getSheetAt(r.nextInt(5));
    int row = r.nextInt(Math.max(1, s.getLastRowNum() + 2));
    int col = r.nextInt(12);
    String a1 = org.apache.poi.ss.util.CellReference.convertNumToColString(col) + (row + 1);
    Cell c = Xlsx.cell(s, a1);
    switch (r.nextInt(4)) {
      case 0:
        c.setCellValue(r.nextDouble() * Math.pow(10, r.nextInt(12)) - 1000);
        return s.getSheetName() + "!" + a1 + " = number";
      case 1:
        c.setCellValue(r.nextBoolean());
        return s.getSheetName() + "!" + a1 + " = boolean";
      case 2:
        c.setBlank();
        return s.getSheetName() + "!" + a1 + " = blank";
      default:
        String t = TEXTS[r.nextInt(TEXTS.length)];
        c.setCellValue(t);
        return s.getSheetName() + "!" + a1 + " = \"" + t + "\"";
    }
  }
}

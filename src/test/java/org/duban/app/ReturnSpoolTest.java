package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duban.intake.Validation;
import org.duban.intake.Verdict;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnSpoolTest {
  private static final Round ROUND = Round.parse("2025-09");

  @TempDir Path dir;

  private static UnitReturn unitReturn(String unit, int values) {
    List<ReportedValue> vs = new ArrayList<>();
    for (int i = 0; i < values; i++) {
      vs.add(new ReportedValue("一." + i, Field.PROGRESS, "第" + i + "项\t已推进\n换行\\", null,
          Location.ofCell(unit + ".xlsx", "重点任务", "J" + (4 + i))));
      vs.add(new ReportedValue("一." + i, Field.ACTUAL, "1,2" + i, new BigDecimal("12" + i),
          Location.ofCell(unit + ".xlsx", "重点任务", "G" + (4 + i))));
    }
    return new UnitReturn(unit, ROUND, unit + ".xlsx", new Filer("小刘", "0734-1", LocalDate.of(2025, 10, 1), ""),
        vs, List.of(Problem.note(Location.ofCell(unit + ".xlsx", "重点任务", "G4"), "千位分隔符已去掉")));
  }

  private CollectMerge.Read read(UnitReturn r) {
    Path file = dir.resolve(r.fileName());
    Validation v = new Validation(r.fileName(), r.unit(), Verdict.ACCEPTED, r, r.problems());
    return new CollectMerge.Read(new CollectScan.Found(file, r.fileName()), v, Instant.EPOCH);
  }

  private static RoundData round(List<UnitReturn> returns) {
    return new RoundData(ROUND, "fp", LocalDate.of(2025, 10, 5), returns,
        returns.stream().map(r -> new UnitIntake(r.unit(), IntakeStatus.ON_TIME, r.fileName(),
            LocalDate.of(2025, 10, 1), 0, 0)).toList());
  }

  @Test
  void parkedValuesLeaveMemoryAndComeBackInTheMergedData() throws Exception {
    Workspace plain = new Workspace(dir.resolve("plain"));
    Workspace spooled = new Workspace(dir.resolve("spooled"));
    List<UnitReturn> full = List.of(unitReturn("甲镇", 3), unitReturn("乙镇", 0), unitReturn("丙镇", 5));
    RoundStore.save(plain, round(full));
    List<UnitReturn> slim = new ArrayList<>();
    try (ReturnSpool spool = ReturnSpool.in(spooled.stateDir(ROUND))) {
      for (UnitReturn r : full) {
        CollectMerge.Read parked = spool.park(read(r));
        UnitReturn kept = parked.validation().unitReturn();
        assertTrue(kept.values().isEmpty(), r.unit() + " still holds its values in memory");
        assertEquals(r.filer(), kept.filer());
        assertEquals(r.problems(), parked.validation().problems());
        slim.add(kept);
      }
      RoundStore.save(spooled, round(slim), spool);
    }
    assertEquals(Files.readString(plain.mergedData(ROUND), StandardCharsets.UTF_8),
        Files.readString(spooled.mergedData(ROUND), StandardCharsets.UTF_8));
    assertEquals(round(full), RoundStore.load(spooled, ROUND).orElseThrow());
    try (Stream<Path> left = Files.list(spooled.stateDir(ROUND))) {
      assertEquals(List.of("merged.tsv"), left.map(p -> p.getFileName().toString()).toList(),
          "the spool file is removed when the run ends");
    }
  }

  @Test
  void aRejectedFileAndASpoolLeftByACrashAreHandled() throws Exception {
    Path state = Files.createDirectories(dir.resolve("state"));
    Path crashed = Files.writeString(state.resolve(".values.123.tmp"), "V\tleft over");
    try (ReturnSpool spool = ReturnSpool.in(state)) {
      assertFalse(Files.exists(crashed), "a spool from a crashed run is removed");
      CollectMerge.Read refused = new CollectMerge.Read(new CollectScan.Found(dir.resolve("x.xlsx"), "x.xlsx"),
          Validation.rejected("x.xlsx", "", List.of(Problem.error(Location.ofFile("x.xlsx"), "坏了", ""))), null);
      assertSame(refused, spool.park(refused));
    }
  }
}

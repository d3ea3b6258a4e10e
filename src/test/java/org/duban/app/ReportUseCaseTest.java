package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.completion.Fixtures;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.Light;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.UnitReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportUseCaseTest {
  private static final Round SEP = Round.parse("2025-09");
  private static final Instant NOW = Instant.parse("2025-10-09T08:00:00Z");

  @TempDir Path dir;

  /** September, but 市农业农村局 at 20%: 一.2 averages 60% against 75%, 15 points behind. */
  private static RoundData slowPlatform() {
    RoundData base = Fixtures.september();
    List<UnitReturn> returns = new ArrayList<>(base.returns());
    returns.removeIf(r -> r.unit().equals("市农业农村局"));
    returns.add(Fixtures.ret("市农业农村局").text("一.2", Field.STATUS, "序时推进")
        .num("一.2", Field.PERCENT, "20").build(SEP));
    return new RoundData(SEP, "", null, returns, base.intake());
  }

  private ReportUseCase.Result run(Plan plan, RoundData data, ReportOptions o) throws DubanException {
    return ReportUseCase.run(plan, SEP, List.of(Fixtures.june()), data, o, dir.resolve("汇总表.xlsx"));
  }

  @Test
  void writesTheSummaryAndReportsTheHeadline() throws Exception {
    ReportUseCase.Result r = run(Fixtures.plan(), Fixtures.september(), ReportOptions.at(NOW));
    assertTrue(Files.size(r.summary()) > 0);
    assertEquals(0.75, r.planCompletion(), 1e-9);
    assertEquals(0.75, r.schedule(), 1e-9);
    assertEquals(Map.of(Light.GREEN, 2, Light.AMBER, 0, Light.RED, 1, Light.NONE, 1), r.lights());
    assertEquals(4, r.unitsReported());
    assertEquals(7, r.unitsExpected());
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @Test
  void notCollectedIsAUserError() {
    DubanException e = assertThrows(DubanException.class,
        () -> run(Fixtures.plan(), null, ReportOptions.at(NOW)));
    assertTrue(e.getMessage().contains("本轮次尚未收集，请先运行 duban collect 2025-09"), e.getMessage());
  }

  @Test
  void thresholdsFromTheLedgerAndFromTheCaller() throws Exception {
    assertEquals(1, run(Fixtures.plan(), slowPlatform(), ReportOptions.at(NOW)).lights().get(Light.AMBER));
    Plan lenient = Fixtures.plan(Map.of("绿灯容差", "20", "红灯差距", "40"));
    ReportUseCase.Result r = run(lenient, slowPlatform(), ReportOptions.at(NOW));
    assertEquals(0, r.lights().get(Light.AMBER));
    assertEquals(2, r.lights().get(Light.GREEN), "一.1 and now 一.2");
    ReportUseCase.Result strict = run(Fixtures.plan(), slowPlatform(), new ReportOptions(5.0, 12.0, NOW));
    assertEquals(2, strict.lights().get(Light.RED), "15 points behind is red with 红灯差距 12");
    assertThrows(DubanException.class, () -> run(Fixtures.plan(), slowPlatform(), new ReportOptions(50.0, null, NOW)));
  }

  @Test
  void badLedgerSettingIsAWarningNotAFailure() throws Exception {
    Plan odd = Fixtures.plan(Map.of("红灯差距", "三十"));
    ReportUseCase.Result r = run(odd, Fixtures.september(), ReportOptions.at(NOW));
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).render().contains("方案信息"), r.problems().get(0).render());
  }
}

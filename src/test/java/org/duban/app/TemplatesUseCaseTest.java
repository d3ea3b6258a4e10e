package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.fillin.ReturnReader;
import org.duban.model.Comparison;
import org.duban.model.Deadline;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.PlanInfo;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.model.Target;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.Unit;
import org.duban.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesUseCaseTest {
  @TempDir Path root;

  static Plan plan() {
    PlanInfo info = new PlanInfo("关于印发《衡阳市科技创新三年行动实施方案》的通知", "衡阳市人民政府",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "", "", Map.of());
    Target t = new Target("项目", TargetKind.AMOUNT, Comparison.AT_LEAST, BigDecimal.TEN, null, "个", Deadline.NONE, "");
    List<Task> tasks = List.of(
        new Task("1", "", "任务一", "任务一内容", List.of("市科技局"), List.of("在衡高校", "市财政局"), Deadline.NONE,
            List.of(t), Location.NONE, Map.of()),
        new Task("2", "", "任务二", "任务二内容", List.of("市财政局"), List.of(), Deadline.NONE, List.of(),
            Location.NONE, Map.of()),
        new Task("3", "", "任务三", "任务三内容", List.of("A/B:联合*办"), List.of(), Deadline.NONE, List.of(),
            Location.NONE, Map.of()));
    List<Unit> units = new ArrayList<>();
    units.add(new Unit("市科技局", List.of(), UnitKind.DEPARTMENT, List.of(), "张三", "0734-1"));
    units.add(new Unit("在衡高校", List.of(), UnitKind.COLLECTIVE, List.of("南华大学", "衡阳师范学院"), "", ""));
    units.add(Unit.named("市财政局", UnitKind.DEPARTMENT));
    return new Plan(info, List.of(), tasks, List.of(), units);
  }

  @Test
  void oneWorkbookPerUnitMembersForCollectivesAndADistributionList() throws Exception {
    Workspace ws = new Workspace(root);
    Round round = Round.parse("2025-09");
    TemplatesUseCase.Result r = TemplatesUseCase.write(ws, round, LocalDate.of(2025, 10, 10), plan(), Optional.empty());
    List<String> names = r.workbooks().stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of(
        "2025-09_A_B_联合_办_衡阳市科技创新三年行动.xlsx",
        "2025-09_南华大学_衡阳市科技创新三年行动.xlsx",
        "2025-09_市科技局_衡阳市科技创新三年行动.xlsx",
        "2025-09_市财政局_衡阳市科技创新三年行动.xlsx",
        "2025-09_衡阳师范学院_衡阳市科技创新三年行动.xlsx"), names);
    for (Path p : r.workbooks()) {
      assertEquals(ws.templates(round), p.getParent());
      assertTrue(Files.isRegularFile(p), p.toString());
    }
    RawReturn member = ReturnReader.read(ws.templates(round).resolve("2025-09_南华大学_衡阳市科技创新三年行动.xlsx"));
    assertEquals("南华大学", member.identity().unit());
    assertEquals("1", member.rows().get(0).itemId(), "a member answers for the collective's task");
    assertEquals(ws.distributionList(round), r.distributionList());
    try (InputStream in = Files.newInputStream(r.distributionList()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sh = wb.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      assertEquals("单位", f.formatCellValue(cell(sh, "A2")));
      assertEquals("报送截止日期", f.formatCellValue(cell(sh, "H2")));
      assertEquals("南华大学", f.formatCellValue(cell(sh, "A4")));
      assertEquals("市科技局", f.formatCellValue(cell(sh, "A5")));
      assertEquals("张三", f.formatCellValue(cell(sh, "B5")));
      assertEquals("0734-1", f.formatCellValue(cell(sh, "C5")));
      assertEquals("2025-09_市科技局_衡阳市科技创新三年行动.xlsx", f.formatCellValue(cell(sh, "D5")));
      assertEquals("1", f.formatCellValue(cell(sh, "E5")), "市科技局 leads one task");
      assertEquals("0", f.formatCellValue(cell(sh, "F5")));
      assertEquals("1", f.formatCellValue(cell(sh, "E6")), "市财政局 leads task 2");
      assertEquals("1", f.formatCellValue(cell(sh, "F6")), "and cooperates on task 1");
      assertEquals("2025-10-10", f.formatCellValue(cell(sh, "H6")));
      assertTrue(f.formatCellValue(cell(sh, "A1")).contains("2025年9月"), "title A1");
    }
    assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("市财政局")), r.problems().toString());
  }

  @Test
  void aUnitHoldingOnlyASubTargetGetsAWorkbookWithItsShareAndNoDuplicateOfTheGoal() throws Exception {
    Plan base = plan();
    Target goalTarget = new Target("新增规模工业企业", TargetKind.AMOUNT, Comparison.AT_LEAST, new BigDecimal("45"), null,
        "家", Deadline.NONE, "");
    org.duban.model.Goal goal = new org.duban.model.Goal("指标1", "新增规模工业企业", goalTarget,
        List.of("市科技局", "临湘高新区"), "", Location.NONE, Map.of());
    List<org.duban.model.Breakdown> shares = List.of(
        new org.duban.model.Breakdown("指标1", "新增规模工业企业", "临湘高新区", BigDecimal.TEN, "家"));
    List<Unit> units = new ArrayList<>(base.units());
    units.add(new Unit("临湘高新区", List.of(), UnitKind.PARK, List.of(), "钱七", "0730-1"));
    Plan plan = new Plan(base.info(), List.of(goal), base.tasks(), shares, units);
    Workspace ws = new Workspace(root);
    Round round = Round.parse("2025-09");
    TemplatesUseCase.Result r = TemplatesUseCase.write(ws, round, null, plan, Optional.empty());
    Path park = ws.templates(round).resolve("2025-09_临湘高新区_衡阳市科技创新三年行动.xlsx");
    assertTrue(r.workbooks().contains(park), "a unit with nothing but a sub-target gets a workbook: " + r.workbooks());
    try (InputStream in = Files.newInputStream(park); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sh = wb.getSheet("指标");
      DataFormatter f = new DataFormatter();
      assertEquals("指标1@临湘高新区", f.formatCellValue(cell(sh, "B4")), "指标!B4 the share");
      assertEquals("10家", f.formatCellValue(cell(sh, "D4")), "指标!D4");
      assertTrue(sh.getRow(4) == null || f.formatCellValue(sh.getRow(4).getCell(1)).isEmpty(),
          "指标!B5: the whole goal is not asked again of a unit that reports its share");
    }
    Path kjj = ws.templates(round).resolve("2025-09_市科技局_衡阳市科技创新三年行动.xlsx");
    try (InputStream in = Files.newInputStream(kjj); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter f = new DataFormatter();
      assertEquals("指标1", f.formatCellValue(cell(wb.getSheet("指标"), "B4")), "指标!B4 of 市科技局, listed without a share");
      assertEquals("≥45家", f.formatCellValue(cell(wb.getSheet("指标"), "D4")), "指标!D4: no name or deadline repeated");
    }
    try (InputStream in = Files.newInputStream(r.distributionList()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sh = wb.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      int row = 3;
      while (!f.formatCellValue(cell(sh, "A" + row)).equals("临湘高新区")) {
        row++;
      }
      assertEquals("0", f.formatCellValue(cell(sh, "E" + row)), "分发清单 E" + row + " lead tasks");
      assertEquals("1", f.formatCellValue(cell(sh, "G" + row)), "分发清单 G" + row + " indicators");
      assertEquals("钱七", f.formatCellValue(cell(sh, "B" + row)), "分发清单 B" + row + " contact");
    }
  }

  @Test
  void aCollectiveUnitWithoutMembersIsWrittenOnceWithAWarning() throws Exception {
    Plan base = plan();
    List<Task> tasks = new ArrayList<>(base.tasks());
    tasks.add(new Task("4", "", "任务四", "任务四内容", List.of("市科技局"), List.of("各镇(街道)"), Deadline.NONE,
        List.of(), Location.NONE, Map.of()));
    List<Unit> units = new ArrayList<>(base.units());
    units.add(new Unit("各镇(街道)", List.of(), UnitKind.COLLECTIVE, List.of(), "", ""));
    Plan plan = new Plan(base.info(), base.goals(), tasks, base.breakdowns(), units);
    Workspace ws = new Workspace(root);
    TemplatesUseCase.Result r = TemplatesUseCase.write(ws, Round.parse("2025-09"), null, plan, Optional.empty());
    assertTrue(r.workbooks().stream().anyMatch(p -> p.getFileName().toString().equals(
        "2025-09_各镇(街道)_衡阳市科技创新三年行动.xlsx")), r.workbooks().toString());
    assertTrue(r.problems().stream().anyMatch(p -> p.message().equals(
        "集合单位“各镇(街道)”没有填写包含单位，只生成一份以其名义的填报表")), r.problems().toString());
    assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("“在衡高校”没有填写包含单位")),
        "在衡高校 lists its members: " + r.problems());
  }

  @Test
  void userMasterInWorkspaceIsUsed() throws Exception {
    Workspace ws = new Workspace(root);
    Path master = root.resolve("templates").resolve("填报表.xlsx");
    Files.createDirectories(master.getParent());
    try (InputStream in = TemplatesUseCaseTest.class.getClassLoader().getResourceAsStream("org/duban/templates/填报表.xlsx");
        XSSFWorkbook wb = new XSSFWorkbook(in); var out = Files.newOutputStream(master)) {
      wb.getSheet("重点任务").getRow(0).getCell(0).setCellValue("衡阳市工作专班办公室 ${单位} 专用表");
      wb.write(out);
    }
    Round round = Round.parse("2025-Q3");
    TemplatesUseCase.Result r = TemplatesUseCase.write(ws, round, null, plan(), Optional.empty());
    Path kjj = ws.templates(round).resolve("2025-Q3_市科技局_衡阳市科技创新三年行动.xlsx");
    try (InputStream in = Files.newInputStream(kjj); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals("衡阳市工作专班办公室 市科技局 专用表", cell(wb.getSheet("重点任务"), "A1").getStringCellValue());
    }
    assertEquals(5, r.workbooks().size());
  }

  @Test
  void rerunIsIdenticalAndOldFilesAreNamed() throws Exception {
    Workspace ws = new Workspace(root);
    Round round = Round.parse("2025-09");
    TemplatesUseCase.Result first = TemplatesUseCase.write(ws, round, null, plan(), Optional.empty());
    byte[] before = Files.readAllBytes(first.workbooks().get(2));
    Path old = ws.templates(round).resolve("2025-09_已撤销单位_衡阳市科技创新三年行动.xlsx");
    Files.write(old, before);
    TemplatesUseCase.Result second = TemplatesUseCase.write(ws, round, null, plan(), Optional.empty());
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(second.workbooks().get(2)));
    assertTrue(second.problems().stream().anyMatch(p -> p.where().file().equals(old.getFileName().toString())
        && p.message().equals("模板文件夹中有本次没有生成的旧文件（该单位可能已不在台账中）")), second.problems().toString());
    assertTrue(Files.exists(old), "never deleted");
  }

  @Test
  void brokenUserMasterIsOneClearError() throws Exception {
    Workspace ws = new Workspace(root);
    Path master = root.resolve("templates").resolve("填报表.xlsx");
    Files.createDirectories(master.getParent());
    Files.writeString(master, "not a workbook");
    org.duban.model.DubanException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.duban.model.DubanException.class,
        () -> TemplatesUseCase.write(ws, Round.parse("2025-09"), null, plan(), Optional.empty()));
    assertEquals("templates/填报表.xlsx", e.problems().get(0).where().file());
    assertTrue(e.problems().get(0).message().startsWith("模板文件无法打开"), e.problems().get(0).message());
    assertTrue(!Files.exists(ws.templates(Round.parse("2025-09"))), "nothing written");
  }

  static org.apache.poi.ss.usermodel.Cell cell(XSSFSheet sh, String a1) {
    CellAddress a = new CellAddress(a1);
    return sh.getRow(a.getRow()).getCell(a.getColumn());
  }
}

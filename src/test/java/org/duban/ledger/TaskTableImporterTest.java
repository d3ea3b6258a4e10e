package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.TargetKind;
import org.duban.model.Task;
import org.duban.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskTableImporterTest {
  @TempDir Path dir;

  /** A title row, headers in the office's own order, section headings merged across the table. */
  @Test
  void titleRowSectionRowsAndColumnsInAnyOrder() throws Exception {
    Path f = dir.resolve("分解表.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明：按时报送");
      Sheet s = wb.createSheet("任务分解");
      row(s, 0, "衡阳市2025年科技创新重点任务分解表");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
      row(s, 1, "序号", "重点任务", "完成时限", "牵头单位", "配合单位", "具体措施", "备注");
      row(s, 2, "一、创新平台建设");
      s.addMergedRegion(new CellRangeAddress(2, 2, 0, 6));
      row(s, 3, "1", "建设创新平台", "2025年6月底前", "市科技局", "市财政局、市发展改革委", "争创国家级创新平台。新增省级平台5家。", "重点");
      row(s, 4, "2", "培育科技企业", "", "市科技局（牵头）、市税务局", "", "培育高新技术企业。", "");
      row(s, 5, "二、人才引进");
      s.addMergedRegion(new CellRangeAddress(5, 5, 0, 6));
      row(s, 6, "1", "引进高层次人才", "2025年底", "", "", "引进人才15名左右。", "");
      write(wb, f);
    }
    TaskTableImporter.Import imp = TaskTableImporter.importTable(f, null);
    Plan plan = imp.plan();
    assertEquals("衡阳市2025年科技创新重点任务分解表", plan.info().name());
    assertEquals(LocalDate.of(2025, 1, 1), plan.info().start());
    assertEquals(LocalDate.of(2025, 12, 31), plan.info().end());
    assertEquals(List.of("一.1", "一.2", "二.1"), plan.tasks().stream().map(Task::id).toList());

    Task t1 = plan.tasks().get(0);
    assertEquals("一、创新平台建设", t1.section());
    assertEquals("建设创新平台", t1.title());
    assertEquals("争创国家级创新平台。新增省级平台5家。", t1.content());
    assertEquals(List.of("市科技局"), t1.leads());
    assertEquals(List.of("市财政局", "市发展改革委"), t1.cooperators());
    assertEquals(LocalDate.of(2025, 6, 30), t1.deadline().date());
    assertEquals(Map.of("备注", "重点"), t1.extras());
    assertEquals(Location.ofCell("分解表.xlsx", "任务分解", "B4"), t1.source());

    Task t2 = plan.tasks().get(1);
    assertEquals(List.of("市科技局"), t2.leads(), "（牵头） marks the lead");
    assertEquals(List.of("市税务局"), t2.cooperators());
    assertEquals(LocalDate.of(2025, 12, 31), t2.deadline().date(), "no deadline: the plan's end");

    assertEquals("二、人才引进", plan.tasks().get(2).section());
    assertEquals(
        List.of("市科技局", "市财政局", "市发展改革委", "市税务局"),
        plan.units().stream().map(u -> u.name()).toList());
    assertEquals(UnitKind.DEPARTMENT, plan.units().get(0).kind());
    assertTrue(
        imp.problems().stream()
            .anyMatch(
                p ->
                    p.where().equals(Location.ofCell("分解表.xlsx", "任务分解", "B7"))
                        && p.message().equals("任务“二.1”没有牵头单位")),
        imp.problems().toString());
  }

  /**
   * A 政府工作报告 分解 table: the task column headed 重点工作, the leader in charge (a person) in a
   * column of its own, a lead cell that ends in its role, and no 量化目标 column: the targets are read
   * from the task's words.
   */
  @Test
  void workReportBreakdownWithTheTargetsInTheTaskText() throws Exception {
    Path f = dir.resolve("重点工作分解.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("分解");
      row(s, 0, "序号", "重点工作", "责任领导", "牵头单位", "责任单位", "完成时限");
      row(s, 1, "1", "全年新开工亿元以上项目15个。", "张明", "县发改局", "县住建局、各乡镇人民政府", "2025年12月底");
      row(s, 2, "2", "完成城区老旧小区改造8个。", "李华", "县住建局、县财政局共同牵头", "各街道办事处", "2025年11月底");
      write(wb, f);
    }
    Plan plan = TaskTableImporter.importTable(f, null).plan();
    Task t1 = plan.tasks().get(0);
    assertEquals(List.of("县发改局"), t1.leads());
    assertEquals(List.of("县住建局", "各乡镇人民政府"), t1.cooperators());
    assertEquals(Map.of("责任领导", "张明"), t1.extras(), "the leader is kept as written, not taken for a unit");
    assertEquals(1, t1.targets().size(), t1.targets().toString());
    assertEquals("新开工亿元以上项目 ≥15个（全年）", t1.targets().get(0).notation(), "the sentence names its own deadline");
    Task t2 = plan.tasks().get(1);
    assertEquals(List.of("县住建局", "县财政局"), t2.leads());
    assertEquals("城区老旧小区改造 ≥8个（2025年11月底）", t2.targets().get(0).notation());
  }

  /** 责任单位 only (the first listed leads), a section column merged down, targets in notation. */
  @Test
  void responsibleUnitsSectionMergedDownAndTargets() throws Exception {
    Path f = dir.resolve("任务表.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      row(s, 0, "编号", "所属部分", "任务名称", "责任单位", "时间节点", "量化目标");
      row(s, 1, "1", "科技攻关", "布局重大项目", "市科技局、市工信局、在衡高校", "2026年", "统筹布局市重大科技计划项目 ≥10个\n大幅提升");
      row(s, 2, "2", "", "研发投入", "市统计局", "2024年", "研发投入 增长≥9%");
      s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
      write(wb, f);
    }
    TaskTableImporter.Import imp = TaskTableImporter.importTable(f, "科技强市方案");
    Plan plan = imp.plan();
    assertEquals("科技强市方案", plan.info().name());
    assertEquals(LocalDate.of(2024, 1, 1), plan.info().start());
    assertEquals(LocalDate.of(2026, 12, 31), plan.info().end());
    Task t1 = plan.tasks().get(0);
    assertEquals(List.of("市科技局"), t1.leads());
    assertEquals(List.of("市工信局", "在衡高校"), t1.cooperators());
    assertEquals(1, t1.targets().size());
    assertEquals(new BigDecimal("10"), t1.targets().get(0).value());
    assertEquals(Map.of(TaskTableImporter.UNREAD_TARGETS, "大幅提升"), t1.extras());
    assertEquals("科技攻关", plan.tasks().get(1).section(), "B3 is merged with B2");
    assertEquals(TargetKind.GROWTH, plan.tasks().get(1).targets().get(0).kind());
    assertEquals(UnitKind.COLLECTIVE, plan.unit("在衡高校").orElseThrow().kind());
    Problem unread =
        imp.problems().stream().filter(p -> p.value().equals("大幅提升")).findFirst().orElseThrow();
    assertEquals(Location.ofCell("任务表.xlsx", "Sheet1", "C2"), unread.where());
  }

  /** 协办部门 and 具体目标 as a city bureau names them; the target cell in the office's own words. */
  @Test
  void helperAndTargetColumnsUnderOtherNames() throws Exception {
    Path f = dir.resolve("任务清单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("任务清单");
      row(s, 0, "序号", "工作任务", "具体目标", "责任领导", "牵头部门", "协办部门", "完成时间");
      row(s, 1, "1", "开展高新技术企业培育", "新增高新技术企业100家", "张三", "市科技局", "市财政局、市税务局", "2025年12月底");
      row(s, 2, "2", "建设省级重点实验室", "新增2家", "李四", "市科技局", "市教育局", "2025年底前");
      write(wb, f);
    }
    Plan plan = TaskTableImporter.importTable(f, null).plan();
    Task t1 = plan.tasks().get(0);
    assertEquals(List.of("市财政局", "市税务局"), t1.cooperators());
    assertEquals("新增高新技术企业 ≥100家（2025年12月底）", t1.targets().get(0).notation());
    assertEquals("建设省级重点实验室 ≥2家（2025年底前）", plan.tasks().get(1).targets().get(0).notation());
    assertEquals(Map.of("责任领导", "张三"), t1.extras());
  }

  /** "责任单位" spanning "牵头单位 | 配合单位" in the row below; the other headers merged down. */
  @Test
  void twoLevelHeader() throws Exception {
    Path f = dir.resolve("two.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("表1");
      row(s, 0, "序号", "工作任务", "责任单位", "", "完成时限");
      row(s, 1, "", "", "牵头单位", "配合单位", "");
      s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
      s.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
      s.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
      s.addMergedRegion(new CellRangeAddress(0, 1, 4, 4));
      row(s, 2, "1", "完善科技金融", "市财政局", "人民银行衡阳市分行", "2025年9月");
      write(wb, f);
    }
    Plan plan = TaskTableImporter.read(f, "方案");
    assertEquals(1, plan.tasks().size());
    Task t = plan.tasks().get(0);
    assertEquals("完善科技金融", t.title());
    assertEquals(List.of("市财政局"), t.leads());
    assertEquals(List.of("人民银行衡阳市分行"), t.cooperators());
    assertEquals(LocalDate.of(2025, 9, 30), t.deadline().date());
  }

  @Test
  void headingRowsNumberedInTheIdColumnAreSections() throws Exception {
    Path f = dir.resolve("带序号的部分.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      row(s, 0, "序号", "重点任务", "牵头单位", "完成时限");
      row(s, 1, "一", "科技创新");
      row(s, 2, "1", "建设创新平台", "市科技局", "2025年");
      row(s, 3, "（二）", "人才引进");
      row(s, 4, "1", "引进人才", "市委人才办", "2025年");
      write(wb, f);
    }
    Plan plan = TaskTableImporter.read(f, "方案");
    assertEquals(List.of("一.1", "(二).1"), plan.tasks().stream().map(Task::id).toList());
    assertEquals("一、科技创新", plan.tasks().get(0).section());
    assertEquals("（二）人才引进", plan.tasks().get(1).section());
  }

  @Test
  void legacyXlsWorkbookIsReadToo() throws Exception {
    Path f = dir.resolve("旧表.xls");
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      Sheet s = wb.createSheet("任务");
      row(s, 0, "序号", "任务名称", "责任单位", "完成时限");
      row(s, 1, "1", "建设创新平台", "市科技局、市财政局", "2025年");
      try (OutputStream out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    Task t = TaskTableImporter.read(f, "方案").tasks().get(0);
    assertEquals(List.of("市科技局"), t.leads());
    assertEquals(List.of("市财政局"), t.cooperators());
    assertEquals(Location.ofCell("旧表.xls", "任务", "B2"), t.source());
  }

  @Test
  void workbookWithoutATaskTableSaysWhatHeadersItLooksFor() throws Exception {
    Path f = dir.resolve("名单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      row(wb.createSheet("名单"), 0, "姓名", "电话");
      write(wb, f);
    }
    DubanException e = assertThrows(DubanException.class, () -> TaskTableImporter.read(f, "x"));
    assertEquals(Location.ofFile("名单.xlsx"), e.problems().get(0).where());
    assertEquals(
        "没有找到任务分解表：没有哪个工作表的表头同时含有“重点任务/重点工作/任务名称/工作任务”和“牵头单位/责任单位”", e.problems().get(0).message());
  }

  static void row(Sheet s, int r, String... values) {
    Row row = s.createRow(r);
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
  }

  static void write(XSSFWorkbook wb, Path f) throws Exception {
    try (OutputStream out = Files.newOutputStream(f)) {
      wb.write(out);
    }
  }
}

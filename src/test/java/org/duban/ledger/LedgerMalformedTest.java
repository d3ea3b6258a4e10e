package org.duban.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a clerk can break the ledger, with the exact message naming sheet, row and column. */
class LedgerMalformedTest {
  @TempDir Path dir;
  Path ledger;

  @BeforeEach
  void write() throws Exception {
    ledger = dir.resolve("plan.xlsx");
    LedgerWriter.write(SamplePlan.plan(), List.of(), ledger);
  }

  @Test
  void missingSheet() throws Exception {
    Xlsx.edit(ledger, wb -> wb.removeSheetAt(wb.getSheetIndex("重点任务")));
    Problem p = only();
    assertEquals(Location.ofFile("plan.xlsx"), p.where());
    assertEquals("台账缺少工作表“重点任务”（工作表可能被删除或改名）", p.message());
  }

  @Test
  void missingHeader() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.cell(wb.getSheet("重点任务"), "E1").setCellValue("牵头"));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "重点任务", "A1"), p.where());
    assertEquals("工作表“重点任务”第1行（表头行）缺少“牵头单位”列", p.message());
  }

  @Test
  void badDate() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.cell(wb.getSheet("方案信息"), "B4").setCellValue("明年"));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "方案信息", "B4"), p.where());
    assertEquals("工作表“方案信息”第4行“内容”列：“开始日期”应为日期，如 2025-01-01、2025/1/1 或 2025年1月1日", p.message());
    assertEquals("明年", p.value());
  }

  @Test
  void impossibleDateTypedAsText() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.cell(wb.getSheet("方案信息"), "B5").setCellValue("2025-02-30"));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "方案信息", "B5"), p.where());
    assertEquals("2025-02-30", p.value());
  }

  @Test
  void aBareYearTypedAsANumberIsNotTakenForADayIn1905() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.plainCell(wb.getSheet("方案信息"), "B4").setCellValue(2025));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "方案信息", "B4"), p.where());
    assertEquals("2025", p.value());
  }

  @Test
  void badTargetNotation() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.cell(wb.getSheet("重点任务"), "H3").setCellValue("新增省级平台 ≥5家\n大幅提升"));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "重点任务", "H3"), p.where());
    assertEquals("工作表“重点任务”第3行“量化目标”列：第2个目标的写法无法识别", p.message());
    assertEquals("大幅提升", p.value());
  }

  @Test
  void targetValueThatIsNotANumber() throws Exception {
    Xlsx.edit(ledger, wb -> Xlsx.cell(wb.getSheet("目标指标"), "D2").setCellValue("一千二"));
    Problem p = only();
    assertEquals(Location.ofCell("plan.xlsx", "目标指标", "D2"), p.where());
    assertEquals("工作表“目标指标”第2行“目标值”列：应为数字", p.message());
  }

  @Test
  void duplicateTaskIdAndUnknownUnitKindAreBothReported() throws Exception {
    Xlsx.edit(
        ledger,
        wb -> {
          Sheet tasks = wb.getSheet("重点任务");
          Xlsx.cell(tasks, "A3").setCellValue("二.(一).1");
          Xlsx.cell(wb.getSheet("责任单位"), "C2").setCellValue("机关");
        });
    DubanException e = assertThrows(DubanException.class, () -> LedgerReader.read(ledger));
    assertEquals(
        List.of(
            "plan.xlsx 重点任务!A3: 错误: 工作表“重点任务”第3行“编号”列：编号“二.(一).1”与上面的行重复(值: 二.(一).1) 处理:"
                + " 请改为本表内唯一的编号",
            "plan.xlsx 责任单位!C2: 错误: 工作表“责任单位”第2行“类别”列：应为 部门、县市区政府、园区、高校院所、企业、金融机构、集合单位、其他 之一(值: 机关)"
                + " 处理: 请改为其中之一"),
        e.problems().stream().map(Problem::render).toList());
  }

  @Test
  void notAWorkbookAtAll() throws Exception {
    Path bad = dir.resolve("台账.xlsx");
    Files.writeString(bad, "not a workbook");
    DubanException e = assertThrows(DubanException.class, () -> LedgerReader.read(bad));
    assertEquals("不是可读取的 Excel 工作簿，文件可能已损坏或被改了扩展名", e.problems().get(0).message());
    assertEquals(Location.ofFile("台账.xlsx"), e.problems().get(0).where());
  }

  @Test
  void encryptedLedgerAsksToRemoveThePassword() throws Exception {
    Path locked = dir.resolve("加密台账.xlsx");
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(
              org.apache.poi.poifs.crypt.EncryptionMode.agile);
      info.getEncryptor().confirmPassword("123456");
      try (java.io.OutputStream os = info.getEncryptor().getDataStream(fs)) {
        os.write(Files.readAllBytes(ledger));
      }
      try (java.io.OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    DubanException e = assertThrows(DubanException.class, () -> LedgerReader.read(locked));
    assertEquals("工作簿设置了打开密码，无法读取", e.problems().get(0).message());
    assertEquals(Location.ofFile("加密台账.xlsx"), e.problems().get(0).where());
  }

  private Problem only() {
    DubanException e = assertThrows(DubanException.class, () -> LedgerReader.read(ledger));
    assertEquals(1, e.problems().size(), () -> e.problems().toString());
    return e.problems().get(0);
  }
}

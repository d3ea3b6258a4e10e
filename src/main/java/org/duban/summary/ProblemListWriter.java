package org.duban.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Severity;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/** Writes a unit's 问题清单.xlsx: each finding with its cell, the value, the problem and the fix. */
public final class ProblemListWriter {
  static final String LEGEND = "说明：“错误”的值未被采用，请修改后重新报送；“警告”的值已采用，请核对，如有误请更正后重新报送；"
      + "“提示”已自动处理，无需修改。";

  private ProblemListWriter() {}

  /**
   * @param title the heading, e.g. 市科技局《…》2025年9月调度表问题清单
   * @param problems the findings, errors first is not required: they are listed in file order
   */
  public static void write(Path target, String title, List<Problem> problems) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    try {
      IntakeSheetStyle st = new IntakeSheetStyle(wb);
      Sheet s = st.table(wb, "问题清单", 1,
          new String[] {"序号", "文件", "工作表", "单元格", "填报值", "问题", "修改建议", "类别"},
          new int[] {6, 28, 12, 8, 18, 56, 40, 8});
      st.put(s.createRow(0), 0, title, st.title);
      int i = 2;
      for (Problem p : problems) {
        Row x = s.createRow(i);
        Location w = p.where();
        CellStyle style = p.severity() == Severity.ERROR ? st.error
            : p.severity() == Severity.WARNING ? st.warning : st.text;
        st.put(x, 0, i - 1, st.number);
        st.put(x, 1, w.file(), st.text);
        st.put(x, 2, w.sheet(), st.text);
        st.put(x, 3, w.cell(), st.text);
        st.put(x, 4, SummaryCells.clip(p.value(), IntakeSheetStyle.VALUE_CHARS), st.text);
        st.put(x, 5, p.message(), st.text);
        st.put(x, 6, p.fix().isEmpty() ? "无需修改，已自动处理" : p.fix(), st.text);
        st.put(x, 7, p.severity().label(), style);
        i++;
      }
      // The unit reading this list needs to know which rows oblige it to resend.
      st.put(s.createRow(i + 1), 0, LEGEND, st.text);
      AtomicFiles.write(target, o -> StableZip.write(wb::write, o)); // same findings, same bytes
    } finally {
      // close() would save the new package once more into memory; revert() just drops it.
      wb.getPackage().revert();
    }
  }
}

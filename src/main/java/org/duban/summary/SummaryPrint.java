package org.duban.summary;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print setup of a summary sheet: A4 landscape, fit to width, titles repeated, page numbers. */
final class SummaryPrint {
  private SummaryPrint() {}

  /**
   * @param header plan and round, shown at the top of every page
   * @param titleRows rows repeated at the top of every page (0 for none)
   */
  static void apply(Sheet s, String header, int titleRows) {
    PrintSetup ps = s.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0); // as many pages tall as it needs
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.setHorizontallyCenter(true);
    s.setMargin(PageMargin.LEFT, 0.5);
    s.setMargin(PageMargin.RIGHT, 0.5);
    s.setMargin(PageMargin.TOP, 0.75);
    s.setMargin(PageMargin.BOTTOM, 0.75);
    if (titleRows > 0) {
      s.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
    }
    // & starts a header code; a plan name with & in it must not switch fonts by accident.
    s.getHeader().setCenter(header.replace("&", "&&"));
    s.getFooter().setCenter("第 &P 页，共 &N 页");
  }
}

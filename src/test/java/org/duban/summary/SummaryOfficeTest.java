package org.duban.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.duban.completion.Fixtures;
import org.duban.office.OfficeSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a written summary to PDF with LibreOffice headless and looks at the pages: they must
 * print, in a sensible number, and the charts must be drawn (LibreOffice drops a chart it cannot
 * read without a word, leaving a blank frame or nothing). Runs unless {@code -Dduban.office=skip};
 * fails when LibreOffice or poppler is missing and the test was not skipped.
 */
class SummaryOfficeTest {
  /** Low, to keep it quick; a bar is still tens of pixels at this resolution. */
  private static final int DPI = 40;

  @TempDir Path dir;

  @Test
  void printsOnSensiblePagesWithItsChartsDrawn() throws Exception {
    OfficeSuite office = OfficeSuite.require(dir);
    Path xlsx = dir.resolve("汇总表.xlsx");
    SummaryWriter.write(SummaryWriterTest.september(Fixtures.september()), SummaryWriterTest.T1, xlsx);
    Path pdf = office.toPdf(dir.resolve("pdf"), xlsx).get(0);
    String keep = System.getenv("DUBAN_KEEP_PDF"); // a folder to look at the rendering by eye
    if (keep != null && !keep.isBlank()) {
      Files.copy(pdf, Path.of(keep).resolve("汇总表.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> texts = OfficeSuite.pageTexts(pdf);
    List<Path> pngs = OfficeSuite.pagesAsPng(pdf, dir.resolve("png"), DPI);
    assertEquals(OfficeSuite.pageCount(pdf), pngs.size());
    // Seven sheets on a page or two each: a four-task plan has no business filling more.
    assertTrue(pngs.size() >= 7 && pngs.size() <= 12, "page count " + pngs.size() + "\n" + texts);
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      assertTrue(t.contains("测试市科技创新实施方案") && t.contains("2025年9月汇总"), "page " + (i + 1) + " header: " + t);
      assertTrue(t.contains("第 " + (i + 1) + " 页，共 " + texts.size() + " 页"), "page " + (i + 1) + " number: " + t);
    }

    int overview = page(texts, "实施情况汇总（");
    assertEquals(0, overview, "总体情况 comes first");
    BufferedImage first = ImageIO.read(pngs.get(overview).toFile());
    assertTrue(texts.get(overview).contains("重点任务红黄绿灯（项）"), "lights chart title: " + texts.get(overview));
    assertTrue(texts.get(overview).contains("各部分平均完成率与序时进度"), "section chart title");
    // The bars carry the chart colours; the tables' light fills are paler shades, not these.
    assertTrue(pixels(first, SummaryCharts.GREEN) >= 20, "green bar of the lights chart: " + pixels(first, SummaryCharts.GREEN));
    assertTrue(pixels(first, SummaryCharts.RED) >= 20, "red bar of the lights chart: " + pixels(first, SummaryCharts.RED));
    assertTrue(pixels(first, SummaryCharts.BLUE) >= 20, "completion bars by section: " + pixels(first, SummaryCharts.BLUE));

    int trend = page(texts, "进展趋势（");
    BufferedImage t = ImageIO.read(pngs.get(trend).toFile());
    assertTrue(pixels(t, SummaryCharts.BLUE) >= 20, "completion line on 趋势: " + pixels(t, SummaryCharts.BLUE));
    assertTrue(pixels(t, SummaryCharts.GREEN) >= 20, "stacked lights on 趋势: " + pixels(t, SummaryCharts.GREEN));

    // The detector sees charts, not noise: a page without one has none of their blue.
    BufferedImage goals = ImageIO.read(pngs.get(page(texts, "目标指标完成情况（")).toFile());
    assertEquals(0, pixels(goals, SummaryCharts.BLUE), "目标指标 has no chart");
  }

  /** Index of the first page whose text contains {@code marker}. */
  private static int page(List<String> texts, String marker) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(marker)) {
        return i;
      }
    }
    throw new AssertionError("no page with " + marker + ": " + new ArrayList<>(texts));
  }

  /** Pixels within a small distance of {@code rgb} (anti-aliasing blurs the edges only). */
  private static int pixels(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        if (near(p >> 16, rgb >> 16) && near(p >> 8, rgb >> 8) && near(p, rgb)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean near(int a, int b) {
    return Math.abs((a & 0xFF) - (b & 0xFF)) <= 12;
  }
}

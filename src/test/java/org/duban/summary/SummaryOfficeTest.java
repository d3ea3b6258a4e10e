package org.duban.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.completion.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a written summary to PDF with LibreOffice headless: it must open and print. Runs unless
 * {@code -Dduban.office=skip}; fails when LibreOffice is missing and the test was not skipped.
 */
class SummaryOfficeTest {
  @TempDir Path dir;

  @Test
  void rendersToPdfWithASensiblePageCount() throws Exception {
    Assumptions.assumeFalse("skip".equals(System.getProperty("duban.office")), "duban.office=skip");
    Path soffice = soffice();
    Path xlsx = dir.resolve("汇总表.xlsx");
    SummaryWriter.write(SummaryWriterTest.september(Fixtures.september()), SummaryWriterTest.T1, xlsx);
    Path profile = dir.resolve("lo-profile");
    Path out = dir.resolve("pdf");
    Files.createDirectories(out);
    Process p = new ProcessBuilder(
            soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("LibreOffice did not finish converting within 180 s");
    }
    Path pdf = out.resolve("汇总表.pdf");
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertTrue(Files.exists(pdf), "no PDF produced; soffice said: " + log);
    int pages = pageCount(pdf);
    String keep = System.getenv("DUBAN_KEEP_PDF"); // a folder to look at the rendering by eye
    if (keep != null && !keep.isBlank()) {
      Files.copy(pdf, Path.of(keep).resolve("汇总表.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    // Seven sheets, each at least one page; a four-task plan has no business filling 30.
    assertTrue(pages >= 7 && pages <= 30, "page count " + pages);
    assertEquals(0, p.exitValue(), log);
  }

  static Path soffice() {
    for (String c : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        Path c = Path.of(d, "soffice");
        if (Files.isExecutable(c)) {
          return c;
        }
      }
    }
    fail("LibreOffice (soffice) not found; install it or run with -Dduban.office=skip");
    return null;
  }

  /** Page objects in the PDF's raw bytes: {@code /Type /Page} not followed by {@code s}. */
  static int pageCount(Path pdf) throws IOException {
    String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

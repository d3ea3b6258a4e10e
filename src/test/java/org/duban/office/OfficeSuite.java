package org.duban.office;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice as a real client, headless, with a private profile per use and a timeout. Tests
 * using it are skipped with {@code -Dduban.office=skip} and fail when soffice cannot be found
 * otherwise: a silently skipped real-client test proves nothing.
 */
public final class OfficeSuite {
  private static final long TIMEOUT_SECONDS = 180;

  private final Path soffice;
  private final Path profile;

  private OfficeSuite(Path soffice, Path profile) {
    this.soffice = soffice;
    this.profile = profile;
  }

  /** The suite, or an aborted (skipped) test when {@code duban.office=skip}. */
  public static OfficeSuite require(Path work) throws IOException {
    Assumptions.assumeFalse("skip".equals(System.getProperty("duban.office")), "duban.office=skip");
    Path found = find();
    if (found == null) {
      fail("LibreOffice (soffice) not found; install libreoffice-calc or run with -Dduban.office=skip");
    }
    return new OfficeSuite(found, Files.createDirectories(work.resolve("lo-profile")));
  }

  private static Path find() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(d, "soffice"));
        candidates.add(Path.of(d, "libreoffice"));
      }
    }
    candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
    candidates.add(Path.of("/opt/libreoffice/program/soffice"));
    candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
    for (Path p : candidates) {
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Opens each file in LibreOffice and saves it to {@code outDir} in {@code format}
   * ({@code xlsx:Calc MS Excel 2007 XML}, {@code xls:MS Excel 97}); returns the saved files.
   */
  public List<Path> convert(String format, Path outDir, Path... files) throws IOException, InterruptedException {
    return convert(format, outDir, null, files);
  }

  /** As {@link #convert(String, Path, Path...)}, reading the inputs with {@code inputFilter} (e.g. {@code --infilter=Text (encoded):UTF8}). */
  public List<Path> convert(String format, Path outDir, String inputFilter, Path... files)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nologo"));
    if (inputFilter != null) {
      cmd.add(inputFilter);
    }
    cmd.addAll(List.of("--convert-to", format, "--outdir", outDir.toString()));
    for (Path f : files) {
      cmd.add(f.toString());
    }
    Path log = outDir.resolve("soffice.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("soffice timed out after " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    String ext = format.substring(0, format.indexOf(':') < 0 ? format.length() : format.indexOf(':'));
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path saved = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + ext);
      assertTrue(Files.isRegularFile(saved) && Files.size(saved) > 0,
          "LibreOffice did not save " + saved + " (exit " + p.exitValue() + "): "
              + Files.readString(log, StandardCharsets.UTF_8));
      out.add(saved);
    }
    return out;
  }

  /** Renders each file to PDF in {@code outDir}; returns the PDFs. */
  public List<Path> toPdf(Path outDir, Path... files) throws IOException, InterruptedException {
    return convert("pdf", outDir, files);
  }

  /**
   * Renders every page of a PDF to PNG with poppler's {@code pdftoppm} at {@code dpi}; returns
   * the images in page order. Fails (does not skip) when poppler-utils is missing.
   */
  public static List<Path> pagesAsPng(Path pdf, Path outDir, int dpi) throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    run(List.of(tool("pdftoppm"), "-png", "-r", Integer.toString(dpi), pdf.toString(),
        outDir.resolve("page").toString()), outDir.resolve("pdftoppm.log"));
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(outDir)) {
      files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.png")).sorted().forEach(pages::add);
    }
    assertTrue(!pages.isEmpty(), "pdftoppm rendered no page of " + pdf);
    return pages;
  }

  /** The text of each page of a PDF, by poppler's {@code pdftotext}. */
  public static List<String> pageTexts(Path pdf) throws IOException, InterruptedException {
    Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
    run(List.of(tool("pdftotext"), "-enc", "UTF-8", pdf.toString(), txt.toString()), pdf.resolveSibling("pdftotext.log"));
    // pdftotext ends every page with a form feed.
    List<String> pages = new ArrayList<>(List.of(Files.readString(txt, StandardCharsets.UTF_8).split("\f", -1)));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1);
    }
    return pages;
  }

  private static String tool(String name) {
    String path = System.getenv("PATH");
    for (String d : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
        return Path.of(d, name).toString();
      }
    }
    fail(name + " not found; install poppler-utils or run with -Dduban.office=skip");
    return name;
  }

  private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(cmd.get(0) + " timed out after " + TIMEOUT_SECONDS + " s");
    }
    assertTrue(p.exitValue() == 0, cmd + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Page objects in a PDF's raw bytes: {@code /Type /Page} not followed by {@code s}. */
  public static int pageCount(Path pdf) throws IOException {
    String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

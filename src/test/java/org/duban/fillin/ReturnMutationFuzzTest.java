package org.duban.fillin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.app.CollectUseCase;
import org.duban.app.ReportOptions;
import org.duban.app.ReportUseCase;
import org.duban.app.RoundStore;
import org.duban.app.Workspace;
import org.duban.intake.ReturnValidator;
import org.duban.intake.Validation;
import org.duban.intake.Verdict;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.Plan;
import org.duban.model.Problem;
import org.duban.model.RawReturn;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Severity;
import org.duban.names.UnitDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid filled returns, made with the project's own writer and filler, mutated thousands of ways
 * (every kind of value in every input cell, rows and sheets deleted or moved, parts dropped,
 * properties changed, bytes damaged): each case must be accepted with findings or rejected with
 * a reason, never an exception, and never a message that shows a class name. The seed is
 * printed; a case that failed once is kept as its recipe in {@code mutation-regressions.txt}.
 * Run more with {@code -Dduban.fuzz.cases=20000 -Dduban.fuzz.seconds=600 -Dduban.fuzz.seed=...}.
 */
@Tag("small-heap") // run on 256 MB by the small-heap surefire execution
class ReturnMutationFuzzTest {
  private static final Plan PLAN = SamplePlans.small();
  private static final Round SEPTEMBER = Round.parse("2025-09");
  private static final Round OCTOBER = Round.parse("2025-10");
  /** A message a user sees must never carry a Java class name: that is an exception in disguise. */
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z]+(Exception|Error)\\b|\\bat org\\.|java\\.");

  @TempDir static Path dir;
  private static final List<Base> BASES = new ArrayList<>();

  /** A valid return to mutate: its bytes, parts (null for .xls), round and cells worth hitting. */
  record Base(String name, Round round, byte[] bytes, Map<String, byte[]> parts, List<String[]> cells,
      List<String> sheets) {}

  @BeforeAll
  static void bases() throws Exception {
    Map<String, Map<Field, Object>> czj = Map.of(
        "三.(二).1", Map.of(Field.PERCENT, 40, Field.STATUS, "序时推进", Field.PROGRESS, "已建立月调度"),
        "二.(一).1", Map.of(Field.PROGRESS, "配合做好资金保障"),
        "指标2", Map.of(Field.GROWTH, 8.5, Field.STATUS, "序时推进"));
    Map<String, Map<Field, Object>> park = Map.of("指标1@" + SamplePlans.PARK, Map.of(Field.ACTUAL, 35, Field.STATUS, "序时推进"));
    Path kjj = add("市科技局.xlsx", SEPTEMBER, SamplePlans.KJJ, Optional.empty(), ReturnReaderTest.VALUES);
    add("市财政局.xlsx", SEPTEMBER, SamplePlans.CZJ, Optional.empty(), czj);
    add("高新区.xlsx", SEPTEMBER, SamplePlans.PARK, Optional.empty(), park);
    // A second-round form, prefilled with what the unit sent in September.
    Validation sept = validator(SEPTEMBER).validate(ReturnReader.read(kjj));
    add("市科技局10月.xlsx", OCTOBER, SamplePlans.KJJ, Optional.of(sept.unitReturn()),
        Map.of("二.(一).1", Map.of(Field.ACTUAL, 14, Field.STATUS, "序时推进")));
    Path xls = dir.resolve("市科技局.xls");
    toXls(kjj, xls);
    BASES.add(new Base("市科技局.xls", SEPTEMBER, Files.readAllBytes(xls), null, List.of(), List.of()));
  }

  private static Path add(String name, Round round, String unit, Optional<org.duban.model.UnitReturn> last,
      Map<String, Map<Field, Object>> values) throws Exception {
    Path template = dir.resolve("template-" + name);
    TemplateWriter.write(PLAN, round, unit, LocalDate.of(2025, 10, 10), last, template);
    Path filled = dir.resolve(name);
    ReturnFiller.fill(template, filled, values, ReturnReaderTest.FILER);
    List<String[]> cells = new ArrayList<>();
    List<String> sheets = new ArrayList<>();
    try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.forEach(s -> sheets.add(s.getSheetName()));
      Map<String, List<Integer>> rows = new LinkedHashMap<>();
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (Row r : wb.getSheet(FormFormat.SHEET_META)) {
        String key = text(r, 0);
        if (key.equals(FormFormat.KEY_ITEM)) {
          rows.computeIfAbsent(text(r, 1), k -> new ArrayList<>()).add(Integer.parseInt(text(r, 2)));
        } else if (key.equals(FormFormat.KEY_COLUMN)) {
          columns.computeIfAbsent(text(r, 1), k -> new ArrayList<>()).add(text(r, 3));
        } else if (key.equals(FormFormat.KEY_FILER)) {
          cells.add(new String[] {text(r, 2), text(r, 3)});
        }
      }
      rows.forEach((sheet, rs) -> rs.forEach(row -> columns.getOrDefault(sheet, List.of())
          .forEach(col -> cells.add(new String[] {sheet, col + row}))));
    }
    BASES.add(new Base(name, round, Files.readAllBytes(filled), ZipFixtures.entries(filled), cells, sheets));
    return filled;
  }

  private static String text(Row r, int c) {
    Cell cell = r.getCell(c);
    return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
  }

  /** The same sheets and values as an .xls, hidden sheet and all, so damage hits a real one. */
  private static void toXls(Path xlsx, Path xls) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook src = new XSSFWorkbook(in);
        HSSFWorkbook out = new HSSFWorkbook()) {
      for (Sheet s : src) {
        Sheet t = out.createSheet(s.getSheetName());
        for (Row r : s) {
          Row tr = t.createRow(r.getRowNum());
          for (Cell c : r) {
            switch (c.getCellType()) {
              case NUMERIC -> tr.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
              case STRING -> tr.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
              default -> { }
            }
          }
        }
        if (src.getSheetVisibility(src.getSheetIndex(s)) == SheetVisibility.VERY_HIDDEN) {
          out.setSheetVisibility(out.getSheetIndex(t), SheetVisibility.VERY_HIDDEN);
        }
      }
      try (OutputStream o = Files.newOutputStream(xls)) {
        out.write(o);
      }
    }
  }

  private static ReturnValidator validator(Round round) {
    return new ReturnValidator(PLAN, round, UnitDirectory.of(PLAN.units()));
  }

  // ---------------------------------------------------------------- the cases

  /** What one case did, for the summary line. */
  private enum Outcome { REFUSED_BY_READER, REJECTED, ACCEPTED }

  @Test
  void everyMutatedReturnIsAcceptedWithFindingsOrRejectedWithAReason() throws Exception {
    int cases = Integer.getInteger("duban.fuzz.cases", 3000);
    long seed = Long.getLong("duban.fuzz.seed", System.nanoTime());
    long deadline = System.nanoTime() + Long.getLong("duban.fuzz.seconds", 50L) * 1_000_000_000L;
    System.out.println("ReturnMutationFuzzTest seed " + seed + " (rerun: -Dduban.fuzz.seed=" + seed + ")");
    Map<Outcome, Integer> outcomes = new java.util.EnumMap<>(Outcome.class);
    List<String> failures = new ArrayList<>();
    int done = 0;
    for (int i = 0; i < cases && failures.size() < 10 && System.nanoTime() < deadline; i++, done++) {
      Random r = new Random(seed * 31 + i);
      Base base = BASES.get(r.nextInt(BASES.size()));
      List<Mutation> ms = Mutations.random(r, base);
      String recipe = recipe(base, ms);
      try {
        outcomes.merge(run(base, ms, i, i % 250 == 0), 1, Integer::sum);
      } catch (Exception | AssertionError | StackOverflowError e) {
        failures.add(recipe + "\n      " + describe(e));
      }
    }
    System.out.println("ReturnMutationFuzzTest: " + done + " cases " + outcomes);
    if (!failures.isEmpty()) {
      fail("seed " + seed + ": " + failures.size() + " failing cases (add the recipe lines to "
          + "mutation-regressions.txt once fixed):\n  " + String.join("\n  ", failures));
    }
    assertTrue(done >= Math.min(cases, 500), "at least 500 cases ran: " + done);
    assertTrue(outcomes.getOrDefault(Outcome.ACCEPTED, 0) > done / 10 && outcomes.getOrDefault(Outcome.REJECTED, 0)
        + outcomes.getOrDefault(Outcome.REFUSED_BY_READER, 0) > done / 10, "both ways are exercised: " + outcomes);
  }

  /** Every case that once failed, by its recipe: {@code base : mutation ; mutation}. */
  @Test
  void regressions() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("mutation-regressions.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
    int i = 0;
    for (String line : lines) {
      int colon = line.indexOf(" : ");
      String name = line.substring(0, colon).strip();
      Base base = BASES.stream().filter(b -> b.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no base " + name + " in: " + line));
      try {
        run(base, Mutation.parseAll(line.substring(colon + 3)), 100_000 + i++, true);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(line + "\n" + describe(e), e);
      }
    }
    assertTrue(i > 0, "the regression file lists cases");
  }

  /** An assertion by its message; anything else with where it was thrown, the point of a fuzzer. */
  private static String describe(Throwable e) {
    if (e instanceof AssertionError) {
      return e.toString();
    }
    StringBuilder b = new StringBuilder(e.toString());
    StackTraceElement[] st = e.getStackTrace();
    for (int k = 0; k < Math.min(8, st.length); k++) {
      b.append("\n        at ").append(st[k]);
    }
    return b.toString();
  }

  private static String recipe(Base base, List<Mutation> ms) {
    return base.name() + " : " + String.join(" ; ", ms.stream().map(Mutation::recipe).toList());
  }

  /** Builds, reads and validates one case; with {@code downstream}, also collects and reports it. */
  private static Outcome run(Base base, List<Mutation> ms, int i, boolean downstream) throws Exception {
    byte[] bytes;
    if (base.parts() != null) {
      MutablePackage p = new MutablePackage(base.parts());
      ms.forEach(m -> m.apply(p));
      bytes = p.zip();
    } else {
      bytes = base.bytes();
    }
    for (Mutation m : ms) {
      bytes = m.damage(bytes);
    }
    String ext = base.name().substring(base.name().lastIndexOf('.'));
    String shown = "case" + i + ext;
    Path file = dir.resolve("cases").resolve(shown);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    Outcome outcome;
    RawReturn raw;
    try {
      raw = ReturnReader.read(file, shown);
    } catch (DubanException e) {
      assertTrue(!e.problems().isEmpty(), "a refusal names its reason");
      e.problems().forEach(p -> checkProblem(p, shown));
      assertTrue(e.problems().stream().anyMatch(Problem::isError), "a refusal is an error: " + e.problems());
      return Outcome.REFUSED_BY_READER;
    }
    raw.readNotes().forEach(p -> checkProblem(p, shown));
    Validation v = validator(base.round()).validate(raw);
    v.problems().forEach(p -> checkProblem(p, shown));
    if (v.verdict() == Verdict.REJECTED) {
      assertTrue(v.count(Severity.ERROR) > 0, "a rejection has an error: " + v.problems());
      outcome = Outcome.REJECTED;
    } else {
      assertTrue(v.unitReturn() != null, "an accepted file has its values");
      outcome = Outcome.ACCEPTED;
    }
    if (outcome == Outcome.ACCEPTED && (downstream || i % 10 == 0)) {
      // What was accepted must survive the round store unchanged (files are slow: a sample).
      Workspace ws = new Workspace(dir.resolve("store"));
      RoundData data = new RoundData(base.round(), PLAN.fingerprint(), null, List.of(v.unitReturn()), List.of());
      RoundStore.save(ws, data);
      byte[] saved = Files.readAllBytes(ws.mergedData(base.round()));
      RoundStore.save(ws, RoundStore.load(ws, base.round()).orElseThrow());
      assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(ws.mergedData(base.round()))),
          "merged.tsv reads back to what was written");
    }
    if (downstream) {
      downstream(base, file, shown, i);
    }
    return outcome;
  }

  /** The case through collect and report: every workbook written must open again. */
  private static void downstream(Base base, Path file, String shown, int i) throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws" + i));
    Files.createDirectories(ws.inbox(base.round()));
    Files.copy(file, ws.inbox(base.round()).resolve(shown));
    CollectUseCase.collect(ws, base.round(), new CollectUseCase.Options(List.of(), LocalDate.of(2025, 10, 12), null),
        PLAN, ReturnReader::read);
    ReportUseCase.run(PLAN, base.round(), List.of(), RoundStore.load(ws, base.round()).orElseThrow(),
        ReportOptions.at(Instant.parse("2025-10-12T08:00:00Z")), ws.summary(base.round()));
    List<Path> books = new ArrayList<>(List.of(ws.intakeReport(base.round()), ws.summary(base.round())));
    if (Files.isDirectory(ws.problemLists(base.round()))) {
      try (var lists = Files.list(ws.problemLists(base.round()))) {
        lists.forEach(books::add);
      }
    }
    // A 40,000-character text repeated in a report compresses past POI's bomb guard; Excel has none.
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
    try {
      for (Path book : books) {
        try (InputStream in = Files.newInputStream(book); Workbook wb = new XSSFWorkbook(in)) {
          assertTrue(wb.getNumberOfSheets() > 0, book.toString());
        }
      }
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
    }
  }

  private static void checkProblem(Problem p, String shown) {
    assertTrue(p.where().file().isEmpty() || p.where().file().equals(shown),
        "a finding names the file as the user knows it: " + p.render());
    assertTrue(!CLASS_NAME.matcher(p.message() + p.fix()).find(), "no class names for the user: " + p.render());
    assertTrue(!p.message().startsWith(ReturnReader.UNEXPECTED), "the reader's last resort (a bug): " + p.render());
  }
}

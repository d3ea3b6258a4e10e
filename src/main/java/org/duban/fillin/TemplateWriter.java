package org.duban.fillin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Plan;
import org.duban.model.Round;
import org.duban.model.UnitReturn;
import org.duban.xlsx.AtomicFiles;
import org.duban.xlsx.StableZip;

/**
 * Writes one unit's fill-in workbook from a master layout: placeholders replaced, the marked row
 * repeated per task or indicator, input cells unlocked and validated, sheets protected, print
 * setup explicit, identity in a very hidden sheet and in the document properties.
 */
public final class TemplateWriter {
  private TemplateWriter() {}

  /** What a unit's workbook asks: tasks it leads, tasks it cooperates on, indicators and sub-targets. */
  public record Counts(int leadTasks, int cooperatingTasks, int indicators) {}

  /** The counts for the unit the plan names {@code as}, from an index built once per plan. */
  public static Counts counts(Plan plan, String as) {
    PlanIndex index = PlanIndex.of(plan);
    int leads = (int) FormContext.leadCount(plan, as);
    return new Counts(leads, index.tasksOf(as).size() - leads,
        index.goalsOf(as).size() + index.breakdownsOf(as).size());
  }

  /**
   * Checks a user's master layout before a run writes hundreds of files from it; a missing file
   * is fine (the bundled master is used).
   *
   * @throws DubanException naming the master when it cannot be opened or has no task row
   */
  public static void checkMaster(Path master) throws DubanException {
    if (master == null || !Files.isRegularFile(master)) {
      return;
    }
    Location where = Location.ofFile("templates/" + master.getFileName());
    try (XSSFWorkbook wb = Masters.open(master, where)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        if (FormFormat.SHEET_TASKS.equals(SheetFiller.kindOf(wb.getSheetAt(i)))) {
          return;
        }
      }
      throw DubanException.of(where, "模板中没有找到重点任务的重复行（含 ${任务内容} 或 ${责任类型} 的那一行）",
          "请按 templates/README.md 在模板中保留这一行，或删除该模板以使用默认模板");
    } catch (IOException | RuntimeException e) {
      throw DubanException.of(where, "模板文件无法打开，不是可读取的 .xlsx 工作簿",
          "请用 Excel 或 WPS 重新保存为 .xlsx，或删除该模板以使用默认模板");
    }
  }

  /**
   * Uses the bundled master layout.
   *
   * @param due 报送截止日期, or null
   * @param lastRound what the unit reported last round, to prefill (marked as last round's)
   */
  public static void write(
      Plan plan, Round round, String unit, LocalDate due, Optional<UnitReturn> lastRound, Path out)
      throws IOException {
    write(plan, round, unit, due, lastRound, null, out);
  }

  /**
   * @param master a master layout xlsx (see templates/README.md); null or missing for the bundled one
   */
  public static void write(
      Plan plan, Round round, String unit, LocalDate due, Optional<UnitReturn> lastRound, Path master, Path out)
      throws IOException {
    write(plan, round, unit, unit, due, lastRound, master, out);
  }

  /**
   * For a member of a collective unit: the workbook is {@code unit}'s, its duties those the
   * plan gives {@code as} (e.g. 衡阳师范学院 answering for 在衡高校).
   */
  public static void write(
      Plan plan, Round round, String unit, String as, LocalDate due, Optional<UnitReturn> lastRound, Path master,
      Path out) throws IOException {
    byte[] bytes = Masters.bytes(master, MasterLayouts.FILL_IN);
    FormContext ctx = FormContext.of(plan, round, unit, as, due, lastRound);
    FastTemplate fast = FastTemplate.of(bytes);
    if (fast != null) {
      String[] idf = identity(plan);
      AtomicFiles.write(out, o -> fast.write(ctx, idf[0], idf[1], o));
      return;
    }
    writeWithPoi(bytes, ctx, out);
  }

  /** The usermodel path: any master layout, some tens of files a second. */
  static void writeWithPoi(byte[] bytes, FormContext ctx, Path out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      build(wb, ctx);
      AtomicFiles.write(out, o -> StableZip.write(wb::write, o));
    }
  }

  /**
   * The plan's short name for file names: what follows the last 关于, without the final
   * 实施方案/工作方案/行动计划, at most 20 characters.
   */
  public static String shortName(String planName) {
    return FormContext.shortName(planName);
  }

  private static final Object ID_LOCK = new Object();
  private static Plan idPlan;
  private static String[] idValues;

  /**
   * Plan id and fingerprint, computed once per plan object: the fingerprint hashes the whole
   * plan, which would otherwise cost as much as the workbook for a large plan.
   */
  static String[] identity(Plan plan) {
    synchronized (ID_LOCK) {
      if (idPlan != plan) {
        idValues = new String[] {plan.id(), plan.fingerprint()};
        idPlan = plan;
      }
      return idValues;
    }
  }

  static void build(XSSFWorkbook wb, FormContext ctx) {
    StyleVariants styles = new StyleVariants(wb);
    Validations validations = new Validations();
    FormMeta meta = new FormMeta();
    meta.put(FormFormat.KEY_FORMAT, FormFormat.VERSION);
    meta.put(FormFormat.KEY_PLAN_ID, identity(ctx.plan())[0]);
    meta.put(FormFormat.KEY_FINGERPRINT, identity(ctx.plan())[1]);
    meta.put(FormFormat.KEY_ROUND, ctx.round().toString());
    meta.put(FormFormat.KEY_UNIT, ctx.unit());
    int old = wb.getSheetIndex(FormFormat.SHEET_META);
    if (old >= 0) {
      wb.removeSheetAt(old);
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet sh = wb.getSheetAt(i);
      String kind = SheetFiller.kindOf(sh);
      SheetFiller filler = new SheetFiller(wb, sh, styles, validations, meta);
      filler.scalars(ctx.scalars());
      int header = -1;
      if (FormFormat.SHEET_TASKS.equals(kind)) {
        header = filler.rows(ctx.tasks());
      } else if (FormFormat.SHEET_INDICATORS.equals(kind)) {
        header = filler.rows(ctx.indicators());
      }
      protect(sh);
      pageSetup(sh, header);
    }
    writeMeta(wb, meta);
    properties(wb, ctx);
    wb.lockStructure();
  }

  static void protect(XSSFSheet sh) {
    sh.protectSheet(FormFormat.SHEET_PASSWORD);
    // Let units widen columns and rows to read long texts; everything else stays fixed.
    sh.lockFormatColumns(false);
    sh.lockFormatRows(false);
    sh.lockSelectLockedCells(false);
    sh.lockSelectUnlockedCells(false);
  }

  static void pageSetup(XSSFSheet sh, int header) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sh.setFitToPage(true);
    sh.setAutobreaks(true);
    if (header >= 0) {
      sh.createFreezePane(0, header + 1);
      sh.setRepeatingRows(new CellRangeAddress(0, header, -1, -1));
    }
    sh.setHorizontallyCenter(true);
  }

  private static void writeMeta(XSSFWorkbook wb, FormMeta meta) {
    XSSFSheet sh = wb.createSheet(FormFormat.SHEET_META);
    int r = 0;
    for (String[] values : meta.rows) {
      XSSFRow row = sh.createRow(r++);
      for (int c = 0; c < values.length; c++) {
        // Always text: a round such as 2025 must not come back as the number 2025.0.
        row.createCell(c).setCellValue(values[c]);
      }
    }
    sh.protectSheet(FormFormat.SHEET_PASSWORD);
    wb.setSheetVisibility(wb.getSheetIndex(sh), SheetVisibility.VERY_HIDDEN);
  }

  private static void properties(XSSFWorkbook wb, FormContext ctx) {
    POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
    setProp(custom, FormFormat.KEY_FORMAT, FormFormat.VERSION);
    setProp(custom, FormFormat.KEY_PLAN_ID, identity(ctx.plan())[0]);
    setProp(custom, FormFormat.KEY_FINGERPRINT, identity(ctx.plan())[1]);
    setProp(custom, FormFormat.KEY_ROUND, ctx.round().toString());
    setProp(custom, FormFormat.KEY_UNIT, ctx.unit());
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    core.setTitle(ctx.plan().info().name() + " " + ctx.round().label() + " " + ctx.unit());
    core.setCreator("duban");
    // The round's first day, not the clock: same inputs, same file.
    core.setCreated(java.util.Optional.of(java.util.Date.from(
        ctx.round().start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
  }

  static void setProp(POIXMLProperties.CustomProperties custom, String key, String value) {
    String name = FormFormat.PROP_PREFIX + key;
    if (custom.contains(name)) {
      custom.getUnderlyingProperties().getPropertyList().removeIf(p -> p.getName().equals(name));
    }
    custom.addProperty(name, value);
  }
}

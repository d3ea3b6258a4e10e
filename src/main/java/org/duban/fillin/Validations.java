package org.duban.fillin;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.duban.model.Field;

/** The data validations with input prompts on every input cell of a fill-in workbook. */
final class Validations {
  static final String TEXT_MAX = "2000";

  void column(XSSFSheet sheet, Field f, int firstRow, int lastRow, int col) {
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint c;
    String prompt;
    String error;
    switch (f) {
      case STATUS -> {
        c = h.createExplicitListConstraint(FormFormat.STATUS_CHOICES.toArray(new String[0]));
        prompt = "请从下拉列表选择：已完成、序时推进、滞后、未启动";
        error = "只能选择：已完成、序时推进、滞后、未启动";
      }
      case ACTUAL -> {
        // One validation covers the whole column, and growth targets report a rate here that
        // may be negative; -100 is the lowest a rate can fall, and no count is negative anyway.
        c = h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "-100", null);
        prompt = "填写累计完成数，只填数字（计量单位见目标列）；增长类目标填增长率（%），下降填负数";
        error = "请填写数字，不要带单位；只有增长率可以是负数";
      }
      case PERCENT -> {
        c = h.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
        prompt = "没有量化目标的任务，填写完成比例，0-100 的数字";
        error = "请填写 0-100 之间的数字";
      }
      case GROWTH -> {
        c = h.createDecimalConstraint(OperatorType.BETWEEN, "-100", "100000");
        prompt = "填写同比增长率（%），只填数字，如 8.5；下降填负数";
        error = "请填写数字，如 8.5";
      }
      default -> {
        c = h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, TEXT_MAX, null);
        prompt = "填写" + f.header() + "，简明扼要，不超过" + TEXT_MAX + "字";
        error = "内容过长，请精简到" + TEXT_MAX + "字以内";
      }
    }
    add(sheet, h, c, firstRow, lastRow, col, f.header(), prompt, error);
  }

  void filer(XSSFSheet sheet, String label, int row, int col) {
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint c;
    String prompt;
    String error;
    if (label.equals(FormFormat.FILER_DATE)) {
      c = h.createDateConstraint(OperatorType.BETWEEN, "=DATE(2000,1,1)", "=DATE(2099,12,31)", null);
      prompt = "填写填报日期，如 2025-10-08";
      error = "请填写日期，如 2025-10-08";
    } else {
      c = h.createTextLengthConstraint(OperatorType.BETWEEN, "1", "50");
      prompt = "填写" + label;
      error = label + "不超过50个字";
    }
    add(sheet, h, c, row, row, col, label, prompt, error);
  }

  private static void add(
      XSSFSheet sheet, XSSFDataValidationHelper h, DataValidationConstraint c, int first, int last, int col,
      String title, String prompt, String error) {
    DataValidation v = h.createValidation(c, new CellRangeAddressList(first, last, col, col));
    v.createPromptBox(title, prompt);
    v.setShowPromptBox(true);
    v.createErrorBox("填写有误", error);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.setEmptyCellAllowed(true);
    sheet.addValidationData(v);
  }
}

package org.duban.fillin;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random mutations of a filled return, from pools of what units, tools and damaged disks really
 * produce, plus the values that break naive code (NaN, 1e999, control characters, 40,000
 * characters, a formula where a number belongs).
 */
final class Mutations {
  private Mutations() {}

  static final String[] NUMBERS = {"0", "-0", "1", "-5", "3.5", "1e308", "-1e308", "1e-320", "4.9E-324", "1e999",
    "NaN", "Infinity", "-Infinity", "", " ", "abc", "1,200", "12 ", "0x1F", "9999999999999999999999999", "00012",
    "1.2.3", "٣", "1E+5", ".5", "5.", "--1", "１２００"};
  static final String[] TEXTS = {"", " ", "已完成", "序时推进", "滞后", "未启动", "完成", "未完成", "已 完成", "1200",
    "1,200", "１２００", "1200家", "1.2亿元", "30%", "-5", "+5", "=1+1", "=HYPERLINK(\"http://x\",\"点我\")", "@SUM(A1)",
    "NaN", "Infinity", "1e400", "2025-10-08", "2025年10月8日", "45939", "TRUE", "#DIV/0!", "\u0001控制",
    "_x0001_转义", "_x000D_换行", "a\nb", "\t", "😀", "مرحبا", "e\u0301", "\u200b", "\ufeff", "<script>", "&amp;", "]]>",
    "市科技局", "市财政局", "不存在的单位", "2025-09", "二.(一).1", "指标1", "中".repeat(300), "x".repeat(5000),
    "约5亿", "≥10", "10-12", "12个", "第三季度", "见附件", "无", "\\", "'", "\"\"", "$", "0.0", "-0"};
  static final String[] BOOLEANS = {"0", "1", "2", "true", ""};
  static final String[] ERRORS = {"#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA", "乱"};
  static final String[] DATES = {"45939", "0", "60", "-1", "2958466", "1e10", "45939.5", "2958465.99999", "NaN"};
  static final String[] FORMULAS = {"SUM(A1:A3)", "[1]Sheet1!A1", "INDIRECT(\"A\"&1)", "WEBSERVICE(\"http://x\")", ""};
  static final String[] LONGS = {"32767", "32768", "40000", "100000"};
  static final String[] SST = {"-1", "999999", "abc", "0", "2147483648"};
  static final String[] RAW = {
    "<c r=\"@\" t=\"zzz\"><v>1</v></c>", "<c r=\"@\"><v>1</v><v>2</v></c>", "<c r=\"@\" t=\"s\"/>",
    "<c r=\"@\" t=\"inlineStr\"/>", "<c r=\"@\" t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c>",
    "<c r=\"@\" t=\"n\"><v> 12 </v></c>", "<c r=\"@\" s=\"99999\"><v>1</v></c>", "<c r=\"@\" s=\"-1\"><v>1</v></c>",
    "<c><v>7</v></c>", "<c r=\"XFD1048576\"><v>1</v></c>", "<c r=\"ZZZZ1\"><v>1</v></c>", "<c r=\"A0\"><v>1</v></c>",
    "<c r=\"@\"><v>1\u0001</v></c>", "<c r=\"@\" t=\"d\"><v>2025-10-08T00:00:00</v></c>", "<c r=\"@\" t=\"str\"><v>文本</v></c>",
    "<c r=\"@\" t=\"s\"><v>-1</v></c>", "<c r=\"@\"><is><t>孤</t></is></c>", "<c r=\"@\"><v>&#0;</v></c>",
    "<c r=\"@\"><v>&undefined;</v></c>", "<c r=\"@\"><v><![CDATA[12]]></v></c>", "<c r=\"@\" t=\"inlineStr\"><is><t>&#x1;</t></is></c>",
    "<c r=\"@\"><f t=\"shared\" si=\"0\"/><v>3</v></c>", "<c r=\"@\"><f t=\"array\" ref=\"@\">A1:A3*2</f><v>2</v></c>",
    "<c r=\"@\"", "</row>", "<x:c r=\"@\"><x:v>5</x:v></x:c>", "<c r=\"@\" t=\"inlineStr\"><is><t>" + "深".repeat(40_000) + "</t></is></c>"};
  static final String[] SHEET_NAMES = {"Sheet1", "重点任务", "指标", " 重点任务 ", "重点任务(2)", "_duban", "填报说明", ""};
  static final String[] STATES = {"visible", "hidden", "veryHidden", "bogus"};
  static final String[] PROPERTIES = {"duban.round", "duban.unit", "duban.planId", "duban.fingerprint", "duban.format"};
  static final String[] PROPERTY_VALUES = {"", "2025-10", "2025-13", "市财政局", "不存在的单位", "abc", "999", "1", "2025-09"};
  static final String[] CELL_TYPES = {"num", "inline", "shared", "sst", "bool", "err", "fnum", "fstr", "fnone", "date",
    "long", "blank", "remove", "raw"};

  /** One to three mutations for a case. */
  static List<Mutation> random(Random r, ReturnMutationFuzzTest.Base base) {
    List<Mutation> out = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      out.add(base.parts() == null ? bytes(r, base) : one(r, base));
    }
    return out;
  }

  private static Mutation one(Random r, ReturnMutationFuzzTest.Base base) {
    int roll = r.nextInt(100);
    if (roll < 62) {
      return cell(r, base);
    }
    String sheet = pick(r, base.sheets());
    if (roll < 66) {
      return new Mutation.DeleteRow(sheet, 1 + r.nextInt(12));
    }
    if (roll < 69) {
      return new Mutation.CopyRow(sheet, 1 + r.nextInt(12));
    }
    if (roll < 72) {
      int[] to = {0, 1, 2, 7, 40, 1_048_576, 1_048_577, 2_000_000_000};
      return new Mutation.MoveRow(sheet, 1 + r.nextInt(12), to[r.nextInt(to.length)]);
    }
    if (roll < 75) {
      return new Mutation.DeleteSheet(sheet);
    }
    if (roll < 77) {
      return new Mutation.RenameSheet(sheet, pick(r, SHEET_NAMES));
    }
    if (roll < 79) {
      return new Mutation.SheetState(sheet, pick(r, STATES));
    }
    if (roll < 83) {
      return new Mutation.DropPart(pick(r, new ArrayList<>(base.parts().keySet())));
    }
    if (roll < 87) {
      return new Mutation.Property(pick(r, PROPERTIES), pick(r, PROPERTY_VALUES));
    }
    return bytes(r, base);
  }

  private static Mutation bytes(Random r, ReturnMutationFuzzTest.Base base) {
    int size = base.bytes().length;
    return r.nextInt(5) == 0 ? new Mutation.Truncate(r.nextInt(size))
        : new Mutation.Damage(r.nextInt(size), r.nextInt(256));
  }

  private static Mutation cell(Random r, ReturnMutationFuzzTest.Base base) {
    String[] at;
    if (r.nextInt(5) > 0 && !base.cells().isEmpty()) {
      at = base.cells().get(r.nextInt(base.cells().size()));
    } else {
      at = new String[] {pick(r, base.sheets()), (char) ('A' + r.nextInt(16)) + Integer.toString(1 + r.nextInt(14))};
    }
    String type = pick(r, CELL_TYPES);
    String payload = switch (type) {
      case "num", "fnum" -> pick(r, NUMBERS);
      case "inline", "shared", "fstr" -> pick(r, TEXTS);
      case "sst" -> pick(r, SST);
      case "bool" -> pick(r, BOOLEANS);
      case "err" -> pick(r, ERRORS);
      case "fnone" -> pick(r, FORMULAS);
      case "date" -> pick(r, DATES);
      case "long" -> pick(r, LONGS);
      case "raw" -> pick(r, RAW);
      default -> "";
    };
    return new Mutation.Cell(at[0], at[1], type, payload);
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}

package org.duban.fillin;

/** The file cannot be read at all; carries the Chinese reason and what to do. */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;
  final String fix;

  Unreadable(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  static final String FIX_RESAVE = "请用 Excel 或 WPS 打开本办下发的填报表，填写后保存为 .xlsx 再报送";

  static Unreadable empty() {
    return new Unreadable("文件是空的（0 字节），不是填报表", "请重新保存填报表后再报送");
  }

  static Unreadable truncated() {
    return new Unreadable("文件不完整或已损坏，无法作为 Excel 文件打开（可能下载或传输中断）", "请重新导出或重新发送完整的文件");
  }

  static Unreadable encrypted() {
    return new Unreadable("文件已加密（设置了打开密码），无法读取", "请在 Excel 或 WPS 中取消打开密码后重新报送");
  }

  static Unreadable text(boolean html) {
    return new Unreadable(
        "文件实际是" + (html ? "网页（HTML）" : "文本（CSV/TXT）") + "文件，不是 Excel 工作簿（扩展名被改过）", FIX_RESAVE);
  }

  static Unreadable notWorkbook(String what) {
    return new Unreadable("文件不是 Excel 工作簿（" + what + "）", FIX_RESAVE);
  }

  static Unreadable bomb(String detail) {
    return new Unreadable("文件解压后异常巨大，疑似压缩炸弹，已拒收：" + detail, "请报送本办下发的填报表原件");
  }

  static Unreadable hostile(String detail) {
    return new Unreadable("文件结构异常（" + detail + "），可能是恶意构造的文件，已拒收", "请报送本办下发的填报表原件");
  }

  static Unreadable dtd() {
    return new Unreadable("文件内部含有 DTD/实体声明（可能是恶意构造的文件），已拒收", "请报送本办下发的填报表原件");
  }

  static Unreadable tooManySheets(int n) {
    return new Unreadable(
        "文件含有 " + n + " 个工作表，超过上限 " + ReadLimits.MAX_SHEETS + "，不是本办下发的填报表", "请报送本办下发的填报表原件");
  }

  static Unreadable tooManyCells(String sheet, int max) {
    return new Unreadable(
        "文件内容过多（读到工作表“" + sheet + "”时已超过 " + max + " 个单元格），不是本办下发的填报表",
        "请报送本办下发的填报表原件");
  }

  static Unreadable tooMuchText(String what) {
    return new Unreadable("文件内容过多（" + what + "），不是本办下发的填报表", "请报送本办下发的填报表原件");
  }

  static Unreadable tooBig(long bytes) {
    return new Unreadable(
        "文件过大（" + (bytes >> 20) + " MB，上限 " + (ReadLimits.MAX_FILE_BYTES >> 20) + " MB），不是本办下发的填报表",
        "请报送本办下发的填报表原件");
  }

  static Unreadable damaged(String detail) {
    return new Unreadable("文件内容已损坏，无法读取（" + detail + "）", "请在 Excel 或 WPS 中打开后重新保存，再报送");
  }
}

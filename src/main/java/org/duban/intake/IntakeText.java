package org.duban.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.duban.intake.IntakeReport.FileEntry;
import org.duban.intake.IntakeReport.MissingUnit;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;

/** The intake report as plain text: the console summary and the 催报 messages. */
public final class IntakeText {
  /**
   * Who signs the 催报 messages.
   *
   * @param office 牵头办公室 (the signature), may be empty
   * @param contact 联系人 to call back, may be empty
   * @param phone 联系电话, may be empty
   */
  public record Sender(String office, String contact, String phone) {
    public Sender {
      office = office == null || office.isBlank() ? "工作专班办公室" : office.strip();
      contact = contact == null ? "" : contact.strip();
      phone = phone == null ? "" : phone.strip();
    }
  }

  /** Endings of a 联系人 that already carry a form of address (李主任, 王老师): no 同志 after them. */
  private static final List<String> TITLES = List.of("主任", "科长", "处长", "局长", "部长", "书记",
      "经理", "老师", "同志", "女士", "先生", "股长", "院长", "校长", "所长", "站长", "队长", "主席",
      "秘书", "干事", "专员", "调研员", "总");

  private IntakeText() {}

  /**
   * Counts first, then each file with its unit, verdict and findings (files without any only
   * counted, at most {@code maxListed} files listed), then whom to phone.
   */
  public static String summary(IntakeReport r, int maxListed) {
    StringBuilder b = new StringBuilder();
    b.append(r.round().label()).append("收件：应报 ").append(r.units().size()).append(" 个单位，已报 ")
        .append(r.unitsReported()).append(" 个");
    long late = r.units(IntakeStatus.LATE);
    if (late > 0) {
      b.append("（其中逾期 ").append(late).append(" 个）");
    }
    b.append("，未报 ").append(r.units(IntakeStatus.MISSING)).append(" 个，被退回 ")
        .append(r.units(IntakeStatus.REJECTED)).append(" 个\n");
    b.append("收到文件 ").append(r.files().size()).append(" 份：采用 ").append(r.taken()).append(" 份");
    if (r.takenWithProblems() > 0) {
      b.append("（其中有问题 ").append(r.takenWithProblems()).append(" 份）");
    }
    b.append("，被新版本替代 ").append(r.superseded()).append(" 份，退回 ")
        .append(r.count(Verdict.REJECTED)).append(" 份\n");
    int listed = 0;
    int clean = 0;
    for (FileEntry f : r.files()) {
      if (f.problems().isEmpty() && f.remark().isEmpty() && (f.taken() || f.verdict() == Verdict.REJECTED)) {
        clean++;
        continue;
      }
      if (++listed > maxListed) {
        continue;
      }
      b.append("  ").append(f.path()).append("  ").append(f.unit().isEmpty() ? "（单位不明）" : f.unit())
          .append("  ").append(verdict(f));
      if (!f.remark().isEmpty()) {
        b.append("（").append(f.remark()).append("）");
      }
      b.append('\n');
      for (Problem p : f.problems()) {
        // The file is named on the line above; each finding shows only its sheet and cell.
        Location w = p.where();
        b.append("      ").append(new Problem(new Location("", w.sheet(), w.cell(), w.line()),
            p.severity(), p.message(), p.fix(), p.value()).render()).append('\n');
      }
    }
    if (listed > maxListed) {
      b.append("  ……另有 ").append(listed - maxListed).append(" 份文件有问题，详见收件情况表。\n");
    }
    if (clean > 0) {
      b.append("  ").append(listed == 0 ? "全部 " : "其余 ").append(clean).append(" 份文件无问题。\n");
    }
    if (!r.missing().isEmpty()) {
      b.append("未报送或被退回的单位：\n");
      for (MissingUnit m : r.missing()) {
        b.append("  ").append(m.unit()).append("  ").append(m.status().label()).append("  联系人：")
            .append(m.contact().isEmpty() ? "（台账未填）" : m.contact()).append("  电话：")
            .append(m.phone().isEmpty() ? "（台账未填）" : m.phone()).append('\n');
      }
    }
    return b.toString();
  }

  /** 接收 / 接收（有问题） / 退回, and whether a newer file replaced it. */
  public static String verdict(FileEntry f) {
    return f.verdict().label() + (f.verdict() != Verdict.REJECTED && !f.taken() ? "，已被替代" : "");
  }

  /**
   * One polite, paste-ready paragraph per unit without an accepted return, addressed to its
   * contact, with the due date, the reason a file was refused, and whom to call back. The date
   * asked for is the due date while it lies ahead, else two working days from {@code today}.
   */
  public static String reminders(IntakeReport r, Sender from, LocalDate today) {
    if (r.missing().isEmpty()) {
      return "本轮所有应报单位均已报送，无需催报。\n";
    }
    boolean ahead = r.due() != null && !r.due().isBefore(today);
    // On the due day itself, 前 would ask for the day before.
    String by = !ahead ? day(workingDaysAfter(today, 2)) + "前"
        : r.due().equals(today) ? "今天（" + day(today) + "）下班前" : day(r.due()) + "前";
    String form = "《" + r.planName() + "》" + r.round().label() + "调度表";
    StringBuilder b = new StringBuilder();
    for (MissingUnit m : r.missing()) {
      b.append(m.unit()).append(salutation(m.contact())).append("：您好！");
      if (m.status() == IntakeStatus.REJECTED) {
        b.append("贵单位报送的").append(form).append("未通过校验，已退回");
        if (!m.reason().isEmpty()) {
          b.append("，原因是：").append(sentence(m.reason()));
        }
        b.append("。请按随附的问题清单修改后，于").append(by).append("重新报送。");
      } else if (ahead) {
        b.append(form).append("请于").append(by).append("报送，目前尚未收到贵单位的报表，请抓紧填报。如已报送，请忽略本提醒。");
      } else {
        if (r.due() != null) {
          b.append(form).append("的报送截止时间为").append(day(r.due())).append("，目前尚未收到贵单位的报表，");
        } else {
          b.append("目前尚未收到贵单位的").append(form).append("，");
        }
        b.append("请于").append(by).append("报送。如已报送，请忽略本提醒。");
      }
      if (!from.contact().isEmpty() || !from.phone().isEmpty()) {
        b.append("如有疑问，请联系").append(from.contact().isEmpty() ? "我们" : from.contact())
            .append(from.phone().isEmpty() ? "" : "，电话" + from.phone()).append("。");
      }
      b.append("感谢支持！——").append(from.office()).append("\n\n");
    }
    return b.toString();
  }

  /** （钱七同志） for a bare name, （李主任） for one that carries its own form of address. */
  static String salutation(String contact) {
    if (contact.isEmpty()) {
      return "";
    }
    boolean titled = TITLES.stream().anyMatch(contact::endsWith);
    return "（" + contact + (titled ? "" : "同志") + "）";
  }

  /** A finding as a clause inside a sentence: no closing full stop of its own. */
  private static String sentence(String message) {
    String s = message.strip();
    while (s.endsWith("。") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String day(LocalDate d) {
    return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** {@code n} days on, skipping Saturdays and Sundays (public holidays are not known here). */
  static LocalDate workingDaysAfter(LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}

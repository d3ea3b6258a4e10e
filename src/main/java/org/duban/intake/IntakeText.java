package org.duban.intake;

import java.time.LocalDate;
import org.duban.intake.IntakeReport.FileEntry;
import org.duban.intake.IntakeReport.MissingUnit;
import org.duban.model.IntakeStatus;
import org.duban.model.Problem;

/** The intake report as plain text: the console summary and the 催报 messages. */
public final class IntakeText {
  private IntakeText() {}

  /** Counts first, then each file with its unit, verdict and findings, then whom to phone. */
  public static String summary(IntakeReport r) {
    StringBuilder b = new StringBuilder();
    b.append(r.round().label()).append("收件：应报 ").append(r.units().size()).append(" 个单位，已报 ")
        .append(r.unitsReported()).append(" 个，未报或被退回 ").append(r.missing().size()).append(" 个；收到文件 ")
        .append(r.files().size()).append(" 个：接收 ").append(r.count(Verdict.ACCEPTED))
        .append("，接收（有问题） ").append(r.count(Verdict.ACCEPTED_WITH_WARNINGS)).append("，退回 ")
        .append(r.count(Verdict.REJECTED)).append("，被替代 ").append(r.superseded()).append('\n');
    for (FileEntry f : r.files()) {
      b.append(f.path()).append("  ").append(f.unit().isEmpty() ? "（单位不明）" : f.unit()).append("  ")
          .append(f.verdict().label());
      if (f.verdict() != Verdict.REJECTED && !f.taken()) {
        b.append("，已被替代");
      }
      if (!f.remark().isEmpty()) {
        b.append("（").append(f.remark()).append("）");
      }
      b.append('\n');
      for (Problem p : f.problems()) {
        b.append("    ").append(p.render()).append('\n');
      }
    }
    if (!r.missing().isEmpty()) {
      b.append("未报送或被退回的单位：\n");
      for (MissingUnit m : r.missing()) {
        b.append("    ").append(m.unit()).append("  ").append(m.status().label()).append("  联系人：")
            .append(m.contact().isEmpty() ? "未填" : m.contact()).append("  电话：")
            .append(m.phone().isEmpty() ? "未填" : m.phone()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * One polite, paste-ready paragraph per unit without an accepted return. The date asked for is
   * the due date while it lies ahead, else two days from {@code today}.
   */
  public static String reminders(IntakeReport r, String office, LocalDate today) {
    LocalDate by = r.due() != null && !r.due().isBefore(today) ? r.due() : today.plusDays(2);
    String when = by.getMonthValue() + "月" + by.getDayOfMonth() + "日";
    String form = "《" + r.planName() + "》" + r.round().label() + "调度表";
    String from = office == null || office.isBlank() ? "工作专班办公室" : office.strip();
    StringBuilder b = new StringBuilder();
    if (r.missing().isEmpty()) {
      return "本轮所有应报单位均已报送，无需催报。\n";
    }
    for (MissingUnit m : r.missing()) {
      b.append(m.unit());
      if (!m.contact().isEmpty()) {
        b.append("（").append(m.contact()).append("同志）");
      }
      b.append("：您好！");
      if (m.status() == IntakeStatus.REJECTED) {
        b.append("贵单位报送的").append(form).append("未能通过校验，已退回，具体原因见随附的问题清单。请修改后于")
            .append(when).append("前重新报送。");
      } else {
        b.append("截至目前尚未收到贵单位的").append(form).append("，请于").append(when)
            .append("前填报并报送。如已报送，请忽略本提醒。");
      }
      b.append("感谢支持！——").append(from).append("\n\n");
    }
    return b.toString();
  }
}

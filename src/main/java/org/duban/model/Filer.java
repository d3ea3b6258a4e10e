package org.duban.model;

import java.time.LocalDate;

/**
 * Who filled in a return: the 填报人, 联系电话, 填报日期 and 审核人 fields.
 *
 * @param date 填报日期, or null when missing or not a date
 */
public record Filer(String name, String phone, LocalDate date, String reviewer) {
  public static final Filer UNKNOWN = new Filer("", "", null, "");

  public Filer {
    name = name == null ? "" : name.strip();
    phone = phone == null ? "" : phone.strip();
    reviewer = reviewer == null ? "" : reviewer.strip();
  }
}

package org.duban.ledger;

import static org.duban.ledger.LedgerLayout.ALIASES;
import static org.duban.ledger.LedgerLayout.CONTACT;
import static org.duban.ledger.LedgerLayout.MEMBERS;
import static org.duban.ledger.LedgerLayout.PHONE;
import static org.duban.ledger.LedgerLayout.UNITS;
import static org.duban.ledger.LedgerLayout.UNIT_HEADERS;
import static org.duban.ledger.LedgerLayout.UNIT_KIND;
import static org.duban.ledger.LedgerLayout.UNIT_NAME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.duban.model.Problem;
import org.duban.model.Unit;
import org.duban.model.UnitKind;

/** The 责任单位 sheet: canonical names, aliases, kind, members of collective units, contacts. */
final class UnitSheet {
  private UnitSheet() {}

  static void write(Workbook wb, LedgerStyles styles, List<Unit> units) {
    SheetWriter w = new SheetWriter(wb, styles, UNITS, UNIT_HEADERS);
    for (Unit u : units) {
      // The phone stays text: as a number Excel would drop the 0 of an area code.
      w.row(
          SheetWriter.values(
              u.name(),
              UnitLists.join(u.aliases()),
              u.kind().label(),
              UnitLists.join(u.members()),
              u.contact(),
              u.phone()));
    }
    w.finish(true);
  }

  static List<Unit> read(SheetTable t, List<Problem> problems) {
    List<Problem> missing = t.missing(List.of(UNIT_NAME));
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return List.of();
    }
    List<Unit> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Row row : t.rows()) {
      String name = t.text(row, UNIT_NAME);
      if (name.isEmpty()) {
        problems.add(t.error(row, UNIT_NAME, "没有填写单位名称", "请填写单位全称，或删除这一行", ""));
        continue;
      }
      if (!names.add(name)) {
        problems.add(
            t.error(row, UNIT_NAME, "单位“" + name + "”与上面的行重复", "请删除重复的行（别名写在“别名”列）", name));
        continue;
      }
      UnitKind kind;
      try {
        kind = UnitKind.fromLabel(t.text(row, UNIT_KIND));
      } catch (IllegalArgumentException e) {
        problems.add(
            t.error(
                row,
                UNIT_KIND,
                "应为 部门、县市区政府、园区、高校院所、企业、金融机构、集合单位、其他 之一",
                "请改为其中之一",
                t.text(row, UNIT_KIND)));
        continue;
      }
      out.add(
          new Unit(
              name,
              UnitLists.split(t.text(row, ALIASES)),
              kind,
              UnitLists.split(t.text(row, MEMBERS)),
              t.text(row, CONTACT),
              t.text(row, PHONE)));
    }
    return out;
  }
}

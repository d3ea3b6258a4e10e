package org.duban.model;

import java.util.List;

/**
 * A responsible unit under its canonical name, with the other ways the documents wrote it.
 *
 * @param name canonical name (simplified script, as the ledger shows it)
 * @param aliases other spellings met: traditional script, long/short forms, bracketed offices
 * @param kind department, government, university, ...
 * @param members for a collective unit, the member units the clerk listed in 包含单位
 * @param contact 联系人
 * @param phone 联系电话
 */
public record Unit(
    String name, List<String> aliases, UnitKind kind, List<String> members, String contact, String phone) {
  public Unit {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a unit needs a name");
    }
    name = name.strip();
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    kind = kind == null ? UnitKind.OTHER : kind;
    members = List.copyOf(members == null ? List.of() : members);
    contact = contact == null ? "" : contact.strip();
    phone = phone == null ? "" : phone.strip();
  }

  public static Unit named(String name, UnitKind kind) {
    return new Unit(name, List.of(), kind, List.of(), "", "");
  }

  public boolean isCollective() {
    return kind == UnitKind.COLLECTIVE;
  }

  /** True if {@code written} is this unit's name or one of its aliases, exactly. */
  public boolean answersTo(String written) {
    return name.equals(written) || aliases.contains(written);
  }
}

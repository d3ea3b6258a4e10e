package org.duban.names;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.duban.model.Unit;

/** Finds units by any way they are written. STUB: replaced by the names work. */
public final class UnitDirectory {
  private final List<Unit> units;

  private UnitDirectory(List<Unit> units) {
    this.units = units;
  }

  public static UnitDirectory of(Collection<Unit> units) {
    return new UnitDirectory(List.copyOf(units));
  }

  /** The unit written as {@code written}: canonical name, alias, traditional script, variants. */
  public Optional<Unit> find(String written) {
    return units.stream().filter(u -> u.answersTo(written.strip())).findFirst();
  }
}

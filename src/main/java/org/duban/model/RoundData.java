package org.duban.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The merged result of a round's collection: what {@code report} and later rounds read.
 *
 * @param round the round
 * @param planFingerprint the ledger's fingerprint when collected
 * @param due 报送截止日期, or null when the round had none
 * @param returns one accepted return per unit that reported, sorted by unit
 * @param intake one record per responsible unit, sorted by unit
 */
public record RoundData(
    Round round, String planFingerprint, LocalDate due, List<UnitReturn> returns, List<UnitIntake> intake) {
  public RoundData {
    if (round == null) {
      throw new IllegalArgumentException("round data needs its round");
    }
    planFingerprint = planFingerprint == null ? "" : planFingerprint;
    returns = List.copyOf(returns == null ? List.of() : returns);
    intake = List.copyOf(intake == null ? List.of() : intake);
  }

  public Optional<UnitReturn> returnOf(String unit) {
    return returns.stream().filter(r -> r.unit().equals(unit)).findFirst();
  }

  public Optional<UnitIntake> intakeOf(String unit) {
    return intake.stream().filter(r -> r.unit().equals(unit)).findFirst();
  }
}

package org.duban.model;

/**
 * What a fill-in workbook says about itself (hidden sheet and document properties), as read,
 * not yet checked against the workspace.
 *
 * @param formatVersion the form's format version, e.g. "1"
 * @param planId {@link Plan#id()} of the plan it was made for
 * @param fingerprint {@link Plan#fingerprint()} when it was made
 * @param round the round text, e.g. 2025-09
 * @param unit the unit's canonical name
 */
public record ReturnIdentity(String formatVersion, String planId, String fingerprint, String round, String unit) {
  public ReturnIdentity {
    formatVersion = formatVersion == null ? "" : formatVersion.strip();
    planId = planId == null ? "" : planId.strip();
    fingerprint = fingerprint == null ? "" : fingerprint.strip();
    round = round == null ? "" : round.strip();
    unit = unit == null ? "" : unit.strip();
  }
}

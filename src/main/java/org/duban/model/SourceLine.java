package org.duban.model;

/**
 * One line of a plan document's text, with where it was read: the unit the plan parser works on.
 * A table row of a .docx arrives as one line with {@code |} between cells.
 */
public record SourceLine(String text, Location where) {
  public SourceLine {
    text = text == null ? "" : text;
    where = where == null ? Location.NONE : where;
  }
}

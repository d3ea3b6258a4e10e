package org.duban.model;

import java.util.List;

/**
 * The user's input cannot be used: carries the problems to show, each naming its file, sheet and
 * cell or line. The command line turns it into exit code 1 and no stack trace.
 */
public final class DubanException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public DubanException(List<Problem> problems) {
    super(problems.isEmpty() ? "输入有误" : problems.get(0).render());
    this.problems = List.copyOf(problems);
  }

  public DubanException(Problem problem) {
    this(List.of(problem));
  }

  /** A problem about a whole file. */
  public static DubanException of(Location where, String message, String fix) {
    return new DubanException(Problem.error(where, message, fix));
  }

  public List<Problem> problems() {
    return problems;
  }
}

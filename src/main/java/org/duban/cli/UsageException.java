package org.duban.cli;

/** The command line itself is wrong (exit code 2); the message says what to type instead. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

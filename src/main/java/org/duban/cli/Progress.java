package org.duban.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** A one-line progress bar redrawn with carriage returns; silent when given no stream. */
final class Progress implements IntConsumer, AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final String label;
  private final int total;
  private final AtomicInteger shown = new AtomicInteger(-1);

  Progress(PrintStream out, String label, int total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(1, total);
  }

  /** Called with the number of items done; may be called from several threads. */
  @Override
  public void accept(int done) {
    if (out == null) {
      return;
    }
    int percent = (int) (100L * Math.min(done, total) / total);
    int before = shown.get();
    if (percent <= before || !shown.compareAndSet(before, percent)) {
      return;
    }
    int filled = percent * WIDTH / 100;
    synchronized (out) {
      out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
          + Math.min(done, total) + "/" + total);
      out.flush();
    }
  }

  @Override
  public void close() {
    if (out != null && shown.get() >= 0) {
      out.print("\r" + " ".repeat(label.length() * 2 + WIDTH + 20) + "\r");
      out.flush();
    }
  }
}

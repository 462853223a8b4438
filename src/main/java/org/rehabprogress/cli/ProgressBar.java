package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for work over about a second, shown only when the terminal is
 * interactive and --quiet is not given. Closing it clears the line.
 */
final class ProgressBar implements AutoCloseable {

  private static final long DELAY_MS = 1000;
  private static final long PERIOD_MS = 200;

  private final AtomicLong done = new AtomicLong();
  private final PrintWriter err;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean shown;

  private ProgressBar(PrintWriter err, String label, long total) {
    // Raw: the bar's carriage returns are ours, not input text to make visible.
    this.err = TerminalWriter.raw(err);
    thread =
        new Thread(
            () -> {
              try {
                Thread.sleep(DELAY_MS);
                while (running) {
                  shown = true;
                  double share = total <= 0 ? 0 : Math.min(1, (double) done.get() / total);
                  int bars = (int) (share * 30);
                  err.print(
                      String.format(
                          Locale.ROOT,
                          "\r%s [%s%s] %3d%%",
                          label,
                          "#".repeat(bars),
                          " ".repeat(30 - bars),
                          Math.round(share * 100)));
                  err.flush();
                  Thread.sleep(PERIOD_MS);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "rehab-progress");
    thread.setDaemon(true);
  }

  /** Starts a bar, or a silent counter when quiet or when stderr is not a terminal. */
  static ProgressBar start(PrintWriter err, String label, long total, boolean quiet) {
    ProgressBar bar = new ProgressBar(err, label, total);
    if (!quiet && System.console() != null) {
      bar.thread.start();
    }
    return bar;
  }

  /** Returns the counter the work adds to. */
  AtomicLong counter() {
    return done;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}

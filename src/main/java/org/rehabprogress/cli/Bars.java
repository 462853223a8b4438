package org.rehabprogress.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.rehabprogress.pipeline.ReportProgress;

/** A report run's progress bars on stderr: one while reading, one while writing pages. */
final class Bars implements ReportProgress, AutoCloseable {

  private final PrintWriter err;
  private final boolean quiet;
  private ProgressBar bar;

  Bars(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public AtomicLong reading(long totalBytes) {
    return next("reading", totalBytes);
  }

  @Override
  public AtomicLong writing(long patients) {
    return next("writing", patients);
  }

  private AtomicLong next(String label, long total) {
    close();
    bar = ProgressBar.start(err, label, total, quiet);
    return bar.counter();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}

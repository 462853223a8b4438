package org.rehabprogress.ingest;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How to read the input.
 *
 * @param dateFormat the --date-format pattern for dates that are not ISO, or null
 * @param threads the number of threads parsing file pieces, at least 1
 * @param progress a counter of bytes read, for a progress bar; may be null
 */
public record ReadOptions(DateTimeFormatter dateFormat, int threads, AtomicLong progress) {

  /** Checks the thread count. */
  public ReadOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** Returns ISO dates only, one thread per core, no progress counter. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, Runtime.getRuntime().availableProcessors(), null);
  }
}

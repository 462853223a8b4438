package org.rehabprogress.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/** Where a report run counts its progress: input bytes read, then patients written. */
public interface ReportProgress {

  /** A progress that nobody watches. */
  ReportProgress NONE =
      new ReportProgress() {
        @Override
        public AtomicLong reading(long totalBytes) {
          return new AtomicLong();
        }

        @Override
        public AtomicLong writing(long patients) {
          return new AtomicLong();
        }
      };

  /** Returns the counter of input bytes read, out of {@code totalBytes}. */
  AtomicLong reading(long totalBytes);

  /** Returns the counter of patients written, out of {@code patients}; reading is over. */
  AtomicLong writing(long patients);
}

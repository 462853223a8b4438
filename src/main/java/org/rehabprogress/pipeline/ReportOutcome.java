package org.rehabprogress.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.report.MonthReport;

/**
 * What a report run did.
 *
 * @param data the data read
 * @param report the report, or null when --strict refused the input
 * @param folder the folder written, or null when nothing was written
 */
public record ReportOutcome(Dataset data, MonthReport report, Path folder) {

  /** Checks that the data is present. */
  public ReportOutcome {
    Objects.requireNonNull(data, "data");
  }

  /** Returns whether the report was written. */
  public boolean written() {
    return folder != null;
  }
}

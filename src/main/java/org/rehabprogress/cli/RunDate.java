package org.rehabprogress.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of} option of the commands that print a run date, and the one place where a run
 * reads today's date from the clock.
 */
public final class RunDate {

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      description = "Run date to print instead of today, for byte-identical reruns.")
  LocalDate asOf;

  /** Returns --as-of, or today in the system's time zone. */
  public LocalDate get() {
    return asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone());
  }
}

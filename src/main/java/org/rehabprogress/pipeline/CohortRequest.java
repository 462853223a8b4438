package org.rehabprogress.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.rehabprogress.cohort.CohortParameters;

/**
 * What {@code rehab cohort} is asked to do.
 *
 * @param inputs the input files
 * @param parameters the cohort's date bounds and small-cell threshold
 * @param out the folder to write
 * @param catalog the --catalog file, or null
 * @param strict whether any rejected row fails the run before anything is written
 * @param runDate the run date for the provenance and the footer (--as-of, or today)
 * @param dateFormat the --date-format pattern as given, or null
 */
public record CohortRequest(
    Inputs inputs,
    CohortParameters parameters,
    Path out,
    Path catalog,
    boolean strict,
    LocalDate runDate,
    String dateFormat) {

  /** Checks for nulls. */
  public CohortRequest {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(runDate, "runDate");
  }

  /** Returns the parameters as the provenance block records them, by name. */
  Map<String, Object> provenance() {
    return provenance(parameters, strict, dateFormat, catalog);
  }

  /**
   * Returns a cohort run's parameters as the provenance block records them, by name (the Spark job
   * records its own the same way).
   *
   * @param parameters the bounds and threshold
   * @param strict --strict
   * @param dateFormat --date-format, or null
   * @param catalog --catalog, or null
   */
  public static Map<String, Object> provenance(
      CohortParameters parameters, boolean strict, String dateFormat, Path catalog) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", parameters.from() == null ? null : parameters.from().toString());
    p.put("to", parameters.to() == null ? null : parameters.to().toString());
    p.put("min_cell", parameters.minCell());
    if (!parameters.by().isEmpty()) {
      // Only when given, so that a run without --by records what it did before --by existed.
      p.put("by", parameters.by());
    }
    if (parameters.panel()) {
      p.put("panel", true); // only when given, as --by
    }
    p.put("strict", strict);
    p.put("date_format", dateFormat);
    // The file name only: a cohort folder is shared, and names no path of this machine.
    p.put("catalog", catalog == null ? null : String.valueOf(catalog.getFileName()));
    return p;
  }
}

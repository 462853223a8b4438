package org.rehabprogress.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rehabprogress.ingest.Duplicate;
import org.rehabprogress.ingest.FileLedger;
import org.rehabprogress.ingest.Reject;

/**
 * Everything a clinic's monthly report shows, assembled and ready to write: the patients covered
 * with their figures, the account of every input row, and the provenance.
 *
 * @param month the report month M
 * @param patients the patients covered (start on or before end(M)), in patient id order
 * @param notCovered patients in the input not covered: no start, or a start after end(M)
 * @param ledgers one ledger per input file read
 * @param rejects every rejected row, by file then line
 * @param duplicates every exact repeat, by file then line
 * @param warnings file-level warnings (unknown columns), one line each
 * @param unclassified activity names the catalog does not know, in name order, with their entries
 * @param provenance tool version, inputs, catalog, parameters and run date
 * @param freshness the newest entry of the input, and whether the month has any entry
 */
public record MonthReport(
    YearMonth month,
    List<ReportedPatient> patients,
    int notCovered,
    List<FileLedger> ledgers,
    List<Reject> rejects,
    List<Duplicate> duplicates,
    List<String> warnings,
    Map<String, Long> unclassified,
    Provenance provenance,
    Freshness freshness) {

  /** Checks for nulls and copies the lists and the map. */
  public MonthReport {
    Objects.requireNonNull(month, "month");
    patients = List.copyOf(patients);
    ledgers = List.copyOf(ledgers);
    rejects = List.copyOf(rejects);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
    unclassified = Collections.unmodifiableMap(new TreeMap<>(unclassified));
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(freshness, "freshness");
  }

  /** Returns the first day of the month. */
  public LocalDate monthStart() {
    return month.atDay(1);
  }

  /**
   * Returns the stale-export announcement (SPEC section 4), or null when the input looks current.
   */
  public String staleExport() {
    return freshness.announcement(month);
  }

  /** Returns end(M), the last day of the month. */
  public LocalDate monthEnd() {
    return month.atEndOfMonth();
  }
}

package org.rehabprogress.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of medications.csv: a drug a patient took at a daily dose from one day to another.
 *
 * @param patientId the patient id
 * @param start the first day taken
 * @param end the last day taken (inclusive), or null while ongoing
 * @param drug the drug as written (free text, e.g. {@code Oxycodone hydrochloride 5 MG Oral
 *     Tablet}); never empty
 * @param dailyDose the dose a day as written, exactly (a decimal above 0), in {@code unit}
 * @param unit milligrams a day, or micrograms an hour for a transdermal patch
 * @param line the input line, for provenance
 */
public record Medication(
    String patientId,
    LocalDate start,
    LocalDate end,
    String drug,
    BigDecimal dailyDose,
    DoseUnit unit,
    long line) {

  /**
   * Checks that no required field is null, the dose is above 0 and the end not before the start.
   */
  public Medication {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(dailyDose, "dailyDose");
    Objects.requireNonNull(unit, "unit");
    if (dailyDose.signum() <= 0) {
      throw new IllegalArgumentException("daily dose " + dailyDose + " is not above 0");
    }
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** Returns whether the drug is taken on a day, an ongoing row counting up to {@code last}. */
  public boolean takenOn(LocalDate day, LocalDate last) {
    LocalDate to = end == null ? last : end;
    return !day.isBefore(start) && !day.isAfter(to);
  }
}

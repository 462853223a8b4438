package org.rehabprogress.analysis;

import java.util.Objects;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.medication.Dose;

/**
 * A medications.csv row as a patient page lists it: the row as written and what it is in MME (a
 * converted opioid dose, an opioid whose MME cannot be known, buprenorphine, or a drug that is not
 * an opioid, listed without MME).
 *
 * @param row the row
 * @param dose what the row is in MME
 */
public record MedicationLine(Medication row, Dose dose) {

  /** Checks for nulls. */
  public MedicationLine {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(dose, "dose");
  }
}

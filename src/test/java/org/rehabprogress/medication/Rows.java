package org.rehabprogress.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabprogress.ingest.DoseUnit;
import org.rehabprogress.ingest.Medication;

/** medications.csv rows for tests, as ingest reads them. */
final class Rows {

  private static int line = 2;

  private Rows() {}

  /** A row from {@code start} to {@code end} (null: ongoing); {@code unit} "mg" or "mcg/h". */
  static Medication row(String drug, String dose, String unit, String start, String end) {
    return new Medication(
        "P1",
        LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end),
        drug,
        new BigDecimal(dose),
        DoseUnit.of(unit),
        line++);
  }

  /** An ongoing row from 2026-09-01. */
  static Medication row(String drug, String dose, String unit) {
    return row(drug, dose, unit, "2026-09-01", null);
  }
}

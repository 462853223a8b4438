package org.rehabprogress.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.rehabprogress.ingest.PatientInfo;
import org.rehabprogress.privacy.AgeBand;

/**
 * A patient's clinical context as patients.csv gives it (SPEC section 4), for the page and for
 * {@code context} in report.json. Each part is null when patients.csv does not give it.
 *
 * <p>The age band is the five-year band of the age at the start of treatment, as {@code rehab
 * anonymise} and {@code rehab cohort --by age_band} give it ({@link AgeBand}): a birth year alone
 * gives the age only to within a year, and a band fixed at the start keeps the patient in one band
 * from month to month and across every output.
 *
 * @param ageBand the age band at the start of treatment, e.g. {@code 55-59}, or null
 * @param sex the sex as written, or null
 * @param site the clinic site as written, or null
 * @param surgeryDate the day of the back surgery, or null
 * @param weeksSinceSurgery whole weeks from the surgery to end(M), or null (no surgery date, or a
 *     surgery date after end(M))
 * @param treatmentStart the treatment_start of patients.csv, or null (then the first logged day is
 *     the start)
 */
public record ClinicalContext(
    String ageBand,
    String sex,
    String site,
    LocalDate surgeryDate,
    Integer weeksSinceSurgery,
    LocalDate treatmentStart) {

  /** The context of a patient with no patients.csv row. */
  public static final ClinicalContext NONE =
      new ClinicalContext(null, null, null, null, null, null);

  /**
   * Returns a patient's context.
   *
   * @param info the patients.csv row, or null
   * @param start the patient's start (the age band's reference day)
   * @param end end(M)
   */
  public static ClinicalContext of(PatientInfo info, LocalDate start, LocalDate end) {
    if (info == null) {
      return NONE;
    }
    String band = info.birthYear() == null ? null : AgeBand.of(info.birthYear(), start.getYear());
    Integer weeks = null;
    LocalDate surgery = info.surgeryDate();
    if (surgery != null && !surgery.isAfter(end)) {
      // Whole weeks, as weeks in treatment are counted: floor(days / 7).
      weeks = Math.toIntExact(ChronoUnit.DAYS.between(surgery, end) / 7);
    }
    return new ClinicalContext(
        band,
        blankAsNull(info.sex()),
        blankAsNull(info.site()),
        surgery,
        weeks,
        info.treatmentStart());
  }

  /** Returns whether patients.csv gives nothing of the context. */
  public boolean givesNothing() {
    return equals(NONE);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

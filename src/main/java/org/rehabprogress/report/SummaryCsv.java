package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rehabprogress.analysis.PatientSummary;

/**
 * Writes summary.csv (SPEC section 3), also the cohort's per_patient.csv: a header and one row per
 * patient, numbers rounded to 2 decimals half away from zero, none as an empty cell; the columns of
 * SPEC 3c (leg pain, PEG, ODI, PGIC, MME) follow, a leg pain status empty for a patient without leg
 * pain.
 */
public final class SummaryCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "patient_id",
          "status",
          "review_flag",
          "persistent_pain_flag",
          "weeks_in_treatment",
          "pain_baseline",
          "pain_current",
          "pain_change",
          "pain_change_pct",
          "anxiety_baseline",
          "anxiety_current",
          "gad7_baseline",
          "gad7_current",
          "sleep_hours_baseline",
          "sleep_hours_current",
          "next_day_pain_after_low_impact",
          "next_day_pain_after_flagged",
          "flagged_minus_low_impact",
          "pain_trend_per_week",
          "low_impact_min_per_week",
          "flagged_entries",
          "days_logged",
          "completeness_pct",
          // SPEC 3b: the adjusted comparison, after completeness_pct in this order.
          "adj_flagged_minus_low_impact",
          "adj_ci_low",
          "adj_ci_high",
          "adj_day_pairs",
          "flagged_day_pain_minus_other",
          "leg_pain_baseline",
          "leg_pain_current",
          "leg_pain_change",
          "leg_pain_status",
          "peg_baseline",
          "peg_current",
          "odi_baseline",
          "odi_current",
          "pgic_latest",
          "mme_baseline",
          "mme_current");

  private SummaryCsv() {}

  /**
   * Returns one summary's cells as written, in column order: the empty string for none. The Spark
   * job writes per_patient.csv from these.
   */
  public static List<String> cells(PatientSummary s) {
    return List.of(
        CsvCells.text(s.patientId()),
        s.status().name(),
        CsvCells.flag(s.reviewFlag()),
        CsvCells.flag(s.persistentPainFlag()),
        Integer.toString(s.weeksInTreatment()),
        CsvCells.number(s.painBaseline()),
        CsvCells.number(s.painCurrent()),
        CsvCells.number(s.painChange()),
        CsvCells.number(s.painChangePct()),
        CsvCells.number(s.anxietyBaseline()),
        CsvCells.number(s.anxietyCurrent()),
        CsvCells.number(s.gad7Baseline()),
        CsvCells.number(s.gad7Current()),
        CsvCells.number(s.sleepHoursBaseline()),
        CsvCells.number(s.sleepHoursCurrent()),
        CsvCells.number(s.nextDayPainAfterLowImpact()),
        CsvCells.number(s.nextDayPainAfterFlagged()),
        CsvCells.number(s.flaggedMinusLowImpact()),
        CsvCells.number(s.painTrendPerWeek()),
        CsvCells.number(s.lowImpactMinPerWeek()),
        Integer.toString(s.flaggedEntries()),
        Integer.toString(s.daysLogged()),
        CsvCells.number(s.completenessPct()),
        CsvCells.number(s.adjFlaggedMinusLowImpact()),
        CsvCells.number(s.adjCiLow()),
        CsvCells.number(s.adjCiHigh()),
        Integer.toString(s.adjDayPairs()),
        CsvCells.number(s.flaggedDayPainMinusOther()),
        CsvCells.number(s.legPainBaseline()),
        CsvCells.number(s.legPainCurrent()),
        CsvCells.number(s.legPainChange()),
        s.legPainStatus() == null ? "" : s.legPainStatus().name(),
        CsvCells.number(s.pegBaseline()),
        CsvCells.number(s.pegCurrent()),
        CsvCells.number(s.odiBaseline()),
        CsvCells.number(s.odiCurrent()),
        CsvCells.number(s.pgicLatest()),
        CsvCells.number(s.mmeBaseline()),
        CsvCells.number(s.mmeCurrent()));
  }

  /**
   * Writes the header and one row per summary, in the given order. The caller opens and closes the
   * writer; it is flushed, not closed.
   */
  public static void write(List<PatientSummary> rows, Writer out) throws IOException {
    // CSVFormat.printRecord rather than CSVPrinter: the latter's class file carries SpotBugs
    // annotations that javac -Xlint reports as missing, which -Werror turns into a failure.
    CsvCells.FORMAT.printRecord(out, HEADER.toArray());
    StringBuilder rest = new StringBuilder(256);
    for (PatientSummary s : rows) {
      List<String> cells = cells(s);
      // The patient id is the one text cell, quoted as the format quotes; every other cell is a
      // number, a flag or a status, which never needs quoting.
      CsvCells.FORMAT.print(cells.get(0), out, true);
      rest.setLength(0);
      for (int k = 1; k < cells.size(); k++) {
        rest.append(CsvCells.FORMAT.getDelimiterString()).append(cells.get(k));
      }
      out.append(rest).append(CsvCells.FORMAT.getRecordSeparator());
    }
    out.flush();
  }
}

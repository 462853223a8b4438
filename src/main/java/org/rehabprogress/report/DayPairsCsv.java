package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rehabprogress.analysis.DayPairs;
import org.rehabprogress.canonical.Cells;

/**
 * Writes day_pairs.csv (SPEC section 11, {@code rehab cohort --panel}): the day-pair panel of SPEC
 * 3b, one row per pair, that R refits the adjusted model on with {@code lme4::lmer(y ~ F + L + O +
 * p + (1 + F + L | patient_id))}.
 *
 * <p>Columns in SPEC 11's order: {@code patient_id} (as per_patient.csv writes it), {@code day}
 * (the day {@code d} in days since the patient's start, never a calendar date), {@code p} (daily
 * pain on {@code d}), {@code y} (daily pain on {@code d + 1}), {@code F}, {@code L}, {@code O} (1
 * or 0), then the minutes by class on {@code d}: {@code low_impact_min}, {@code flagged_min},
 * {@code other_min} (neutral and unclassified, the classes of {@code O}). Figures are not rounded:
 * each is the shortest decimal that reads back as the double the models were fitted on, so that R
 * refits on the tool's own numbers (a daily mean such as 17/3 has no finite decimal).
 */
public final class DayPairsCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "patient_id",
          "day",
          "p",
          "y",
          "F",
          "L",
          "O",
          "low_impact_min",
          "flagged_min",
          "other_min");

  private DayPairsCsv() {}

  /**
   * Returns pair {@code i}'s cells as written, in column order; the patient id as it is, not yet
   * neutralised for a spreadsheet (the researcher tables hold the id itself).
   */
  public static List<String> cells(DayPairs pairs, int i) {
    return List.of(
        pairs.patientId(),
        Integer.toString(pairs.day()[i]),
        Cells.exact(pairs.pain()[i]),
        Cells.exact(pairs.nextDayPain()[i]),
        indicator(pairs.flagged()[i]),
        indicator(pairs.lowImpact()[i]),
        indicator(pairs.other()[i]),
        Cells.exact(pairs.lowImpactMinutes()[i]),
        Cells.exact(pairs.flaggedMinutes()[i]),
        Cells.exact(pairs.otherMinutes()[i]));
  }

  /**
   * Writes the header and every pair of each patient, patients in the given order, pairs in day
   * order. The caller opens and closes the writer; it is flushed, not closed.
   *
   * @param patients each patient's pairs, never null
   */
  public static void write(List<DayPairs> patients, Writer out) throws IOException {
    CsvCells.FORMAT.printRecord(out, HEADER.toArray());
    StringBuilder rest = new StringBuilder(128);
    for (DayPairs pairs : patients) {
      String id = CsvCells.text(pairs.patientId());
      for (int i = 0; i < pairs.size(); i++) {
        List<String> cells = cells(pairs, i);
        // The id is the one text cell; the rest are numbers, which never need quoting.
        CsvCells.FORMAT.print(id, out, true);
        rest.setLength(0);
        for (int k = 1; k < cells.size(); k++) {
          rest.append(CsvCells.FORMAT.getDelimiterString()).append(cells.get(k));
        }
        out.append(rest).append(CsvCells.FORMAT.getRecordSeparator());
      }
    }
    out.flush();
  }

  private static String indicator(boolean on) {
    return on ? "1" : "0";
  }
}

package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rehabprogress.analysis.ActivityComparison;
import org.rehabprogress.analysis.Exposure;
import org.rehabprogress.analysis.NextDayPain;
import org.rehabprogress.analysis.PatientResult;

/**
 * Writes activity_comparison.csv: one row per patient and activity name, with next-day pain after
 * the days of that activity beside next-day pain after the patient's REST days.
 *
 * <p>Columns: {@code patient_id}; {@code activity} (names matched as SPEC section 2 matches them:
 * the catalog's name for a name it knows, directly or through an alias, else the first spelling in
 * text order); {@code class} (its catalog class, UNCLASSIFIED included); {@code days} (days in
 * start .. end-1 with the activity whose next day has pain); {@code next_day_pain} and {@code
 * next_day_pain_sd} (mean and sample SD of those next days' pain, empty under 3 days); {@code
 * rest_days}, {@code next_day_pain_after_rest} (the same over REST days); {@code
 * difference_vs_rest} (the activity's mean minus the REST mean, empty unless both exist).
 */
public final class ActivityComparisonCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "patient_id",
          "activity",
          "class",
          "days",
          "next_day_pain",
          "next_day_pain_sd",
          "rest_days",
          "next_day_pain_after_rest",
          "difference_vs_rest");

  private ActivityComparisonCsv() {}

  /**
   * Writes the header and each patient's activity rows, patients in the given order and activities
   * in name order. The caller opens and closes the writer; it is flushed, not closed.
   */
  public static void write(List<PatientResult> results, Writer out) throws IOException {
    // CSVFormat.printRecord rather than CSVPrinter: the latter's class file carries SpotBugs
    // annotations that javac -Xlint reports as missing, which -Werror turns into a failure.
    CsvCells.FORMAT.printRecord(out, HEADER.toArray());
    for (PatientResult result : results) {
      NextDayPain rest = result.nextDay(Exposure.REST);
      for (ActivityComparison a : result.activities()) {
        CsvCells.FORMAT.printRecord(
            out,
            CsvCells.text(result.patientId()),
            CsvCells.text(a.activity()),
            a.activityClass().name(),
            Integer.toString(a.nextDay().days()),
            CsvCells.number(a.nextDay().mean()),
            CsvCells.number(a.nextDay().sd()),
            Integer.toString(rest.days()),
            CsvCells.number(rest.mean()),
            CsvCells.number(a.differenceVsRest()));
      }
    }
    out.flush();
  }
}

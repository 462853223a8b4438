package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Problem;

/**
 * Reads the {@code activities.csv} of a Strava bulk export into activities.csv rows for one person.
 *
 * <p>Each data row is one record. {@code Activity Type} ({@code Run}, {@code Swim}, {@code Weight
 * Training}, ...) is the activity, kept as Strava writes it. {@code Activity Date} ({@code Oct 6,
 * 2022, 11:19:20 PM}, English month names) gives the date as written; Strava writes it in UTC, so
 * an activity near midnight may fall on the neighbouring local day, which the file cannot tell.
 * {@code Elapsed Time} in seconds gives duration_min (rounded to 0.01 minute); Strava repeats
 * {@code Elapsed Time} and {@code Distance} later in the row in other units, and the first column
 * of a name is the one read. {@code Perceived Exertion} (Strava's 1-10 slider), when filled, is the
 * intensity as an RPE. The notes are {@code Activity Name}, then {@code Activity Description} after
 * a colon, line breaks turned into spaces; {@code Activity Private Note} is left out, being private
 * by the athlete's choice. The patient id is the chosen one or the file name's stem.
 */
public final class StravaImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "strava";

  private static final String KIND =
      "the activities.csv of a Strava bulk export in English (Activity Date, Activity Type,"
          + " Elapsed Time)";
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  /** Creates the importer; it holds no state. */
  public StravaImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    return OnePersonCsv.read(
        FORMAT,
        source,
        options,
        List.of("Activity Date", "Activity Type"),
        KIND,
        StravaImporter::map);
  }

  private static Fault map(SourceCsv.Row row, String patientId, RecordTally tally) {
    String activity = row.get("Activity Type");
    if (activity.isEmpty()) {
      return new Fault(
          "Activity Type", "", "Activity Type is empty; every activity needs its type");
    }
    String written = row.get("Activity Date");
    LocalDate date = SourceDates.monthDayYear(written);
    if (date == null) {
      return new Fault(
          "Activity Date",
          written,
          new Problem.BadDate("Activity Date", written, "a date like Oct 6, 2022, 11:19:20 PM")
              .reason());
    }
    String elapsed = row.get("Elapsed Time");
    Double minutes = null;
    if (!elapsed.isEmpty()) {
      Double seconds = MeasureValues.number(elapsed);
      if (seconds == null) {
        return new Fault(
            "Elapsed Time",
            elapsed,
            "Elapsed Time \"" + elapsed + "\" is not a number; Strava writes it in seconds");
      }
      minutes = MeasureValues.round2(seconds / 60.0);
      if (!Durations.inRange(minutes)) {
        return new Fault(
            "Elapsed Time",
            elapsed,
            "Elapsed Time \"" + elapsed + "\" seconds is out of range; " + Durations.RANGE);
      }
    }
    String exertion = row.get("Perceived Exertion");
    String intensity = null;
    if (!exertion.isEmpty()) {
      Double rpe = MeasureValues.number(exertion);
      if (rpe == null || rpe < 0 || rpe > 10) {
        return new Fault(
            "Perceived Exertion",
            exertion,
            "Perceived Exertion \"" + exertion + "\" is not an RPE; expected a number 0-10");
      }
      intensity = MeasureValues.plain(rpe);
    }
    tally.row(new CanonicalRow.Activity(patientId, date, activity, minutes, intensity, notes(row)));
    return null;
  }

  private static String notes(SourceCsv.Row row) {
    String name = LINE_BREAKS.matcher(row.get("Activity Name")).replaceAll(" ");
    String description = LINE_BREAKS.matcher(row.get("Activity Description")).replaceAll(" ");
    if (description.isEmpty()) {
      return name.isEmpty() ? null : name;
    }
    return name.isEmpty() ? description : name + ": " + description;
  }
}

package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Problem;

/**
 * Reads a Garmin Connect {@code activities.csv} (the activity list exported from Garmin Connect)
 * into activities.csv rows for one person.
 *
 * <p>Each data row is one record: {@code Activity Type} is the activity, kept as Garmin writes it
 * ({@code Pool Swimming}, {@code Treadmill Running}); {@code Date} ({@code 2022-12-28 17:39:03},
 * the watch's local time) gives the date; {@code Time} ({@code hh:mm:ss}, {@code h:mm:ss} or {@code
 * mm:ss}) gives duration_min, rounded to 0.01 minute, and {@code --} or an empty cell leaves it
 * empty; {@code Title} becomes the notes. Intensity stays empty: Garmin's training effect and heart
 * rate are not an RPE. Headers are matched after trimming, in any case, and a repeated header name
 * means its first column. The patient id is the chosen one or the file name's stem.
 */
public final class GarminImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "garmin";

  private static final String KIND = "a Garmin Connect activities.csv (Activity Type, Date, Time)";

  /** Creates the importer; it holds no state. */
  public GarminImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    return OnePersonCsv.read(
        FORMAT, source, options, List.of("Activity Type", "Date"), KIND, GarminImporter::map);
  }

  /** Adds the row's activity to the tally, or returns why it cannot. */
  private static Fault map(SourceCsv.Row row, String patientId, RecordTally tally) {
    String activity = row.get("Activity Type");
    if (activity.isEmpty()) {
      return new Fault(
          "Activity Type", "", "Activity Type is empty; every activity needs its name");
    }
    String written = row.get("Date");
    LocalDate date = SourceDates.iso(written);
    if (date == null) {
      return new Fault(
          "Date", written, new Problem.BadDate("Date", written, "yyyy-MM-dd HH:mm:ss").reason());
    }
    String time = row.get("Time");
    Double minutes = null;
    if (!time.isEmpty() && !"--".equals(time)) {
      minutes = Durations.clock(time);
      if (minutes == null) {
        return new Fault(
            "Time", time, "Time \"" + time + "\" is not a duration; expected hh:mm:ss or mm:ss");
      }
      if (!Durations.inRange(minutes)) {
        return new Fault("Time", time, "Time \"" + time + "\" is out of range; " + Durations.RANGE);
      }
    }
    String title = row.get("Title");
    tally.row(
        new CanonicalRow.Activity(
            patientId, date, activity, minutes, null, title.isEmpty() ? null : title));
    return null;
  }
}

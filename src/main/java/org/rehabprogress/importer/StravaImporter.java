package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads the {@code activities.csv} of a Strava bulk export into activities.csv rows for one person,
 * in either of its layouts, told apart by the header.
 *
 * <ul>
 *   <li>The current layout (since 2019): {@code Activity Type} ({@code Run}, {@code Swim}, {@code
 *       Weight Training}, ...) is the activity; {@code Activity Date} ({@code Oct 6, 2022, 11:19:20
 *       PM}, English month names, in UTC) gives the date; the first {@code Elapsed Time}, in
 *       seconds, gives duration_min (Strava repeats {@code Elapsed Time} and {@code Distance} later
 *       in the row in other units); {@code Perceived Exertion} (Strava's 1-10 slider), when filled,
 *       is the intensity as an RPE; the notes are {@code Activity Name}, then {@code Activity
 *       Description} after a colon. {@code Activity Private Note} is left out, being private by the
 *       athlete's choice.
 *   <li>The pre-2019 layout: {@code type}, {@code date} ({@code 2018-11-27 19:11:32}, in UTC),
 *       {@code elapsed_time} in seconds; the notes are {@code name}, then {@code description}.
 * </ul>
 *
 * <p>Strava writes its dates in UTC: they are dated in the zone the user gives (SPEC section 7), so
 * that an evening run stays on its evening. Durations are rounded to 0.01 minute; line breaks in
 * the notes become spaces. The patient id is the chosen one, or the file's name unless that is the
 * name Strava gives every export.
 */
public final class StravaImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "strava";

  private static final String VENDOR = "Strava";
  private static final String KIND =
      "the activities.csv of a Strava bulk export in English (Activity Date, Activity Type and"
          + " Elapsed Time, or the pre-2019 date, type and elapsed_time)";
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
    ZoneId zone = options.zone();
    List<OnePersonCsv.Layout> layouts =
        List.of(
            new OnePersonCsv.Layout(
                "Activity Date, Activity Type and Elapsed Time",
                List.of("Activity Date", "Activity Type"),
                (row, id, tally) -> current(row, id, tally, zone)),
            new OnePersonCsv.Layout(
                "the pre-2019 date, type and elapsed_time",
                List.of("date", "type", "elapsed_time"),
                (row, id, tally) -> early(row, id, tally, zone)));
    return OnePersonCsv.read(FORMAT, source, options, VENDOR, layouts, KIND);
  }

  private static Fault current(
      SourceCsv.Row row, String patientId, RecordTally tally, ZoneId zone) {
    String activity = row.get("Activity Type");
    if (activity.isEmpty()) {
      return new Fault(
          "Activity Type", "", "Activity Type is empty; every activity needs its type");
    }
    String written = row.get("Activity Date");
    SourceDates.Dated dated =
        SourceDates.dated(
            "Activity Date",
            written,
            SourceDates.monthDayYear(written),
            "a date like Oct 6, 2022, 11:19:20 PM",
            zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    Minutes minutes = seconds(row, "Elapsed Time");
    if (minutes.fault() != null) {
      return minutes.fault();
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
    tally.row(
        new CanonicalRow.Activity(
            patientId,
            dated.date(),
            activity,
            minutes.value(),
            intensity,
            notes(row.get("Activity Name"), row.get("Activity Description"))));
    return null;
  }

  private static Fault early(SourceCsv.Row row, String patientId, RecordTally tally, ZoneId zone) {
    String activity = row.get("type");
    if (activity.isEmpty()) {
      return new Fault("type", "", "type is empty; every activity needs its type");
    }
    String written = row.get("date");
    SourceDates.Dated dated =
        SourceDates.dated(
            "date", written, SourceDates.isoInUtc(written), "yyyy-MM-dd HH:mm:ss (UTC)", zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    Minutes minutes = seconds(row, "elapsed_time");
    if (minutes.fault() != null) {
      return minutes.fault();
    }
    tally.row(
        new CanonicalRow.Activity(
            patientId,
            dated.date(),
            activity,
            minutes.value(),
            null,
            notes(row.get("name"), row.get("description"))));
    return null;
  }

  /** A duration in minutes (null when unknown), or why a cell is not one. */
  private record Minutes(Double value, Fault fault) {}

  /** Returns a column of seconds as minutes. */
  private static Minutes seconds(SourceCsv.Row row, String column) {
    String elapsed = row.get(column);
    if (elapsed.isEmpty()) {
      return new Minutes(null, null);
    }
    Double seconds = MeasureValues.number(elapsed);
    if (seconds == null) {
      return new Minutes(
          null,
          new Fault(
              column,
              elapsed,
              column + " \"" + elapsed + "\" is not a number; Strava writes it in seconds"));
    }
    double minutes = MeasureValues.round2(seconds / 60.0);
    if (!Durations.inRange(minutes)) {
      return new Minutes(
          null,
          new Fault(
              column,
              elapsed,
              column + " \"" + elapsed + "\" seconds is out of range; " + Durations.RANGE));
    }
    return new Minutes(minutes, null);
  }

  private static String notes(String nameText, String descriptionText) {
    String name = LINE_BREAKS.matcher(nameText).replaceAll(" ");
    String description = LINE_BREAKS.matcher(descriptionText).replaceAll(" ");
    if (description.isEmpty()) {
      return name.isEmpty() ? null : name;
    }
    return name.isEmpty() ? description : name + ": " + description;
  }
}

package org.rehabprogress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads Garmin Connect's exports of one person into activities.csv rows: the activity list {@code
 * activities.csv} in either of its layouts, each told apart by its header, or the {@code
 * summarizedActivities.json} of a Garmin account (GDPR) export (see {@link GarminJson}), told apart
 * by starting with JSON.
 *
 * <ul>
 *   <li>The older layout: {@code Activity Type}, {@code Date} ({@code 2022-12-28 17:39:03}, the
 *       watch's local time), {@code Time} ({@code hh:mm:ss}, {@code h:mm:ss} or {@code mm:ss}).
 *   <li>The newer layout: {@code Activity Type}, {@code Start Time} (the same local date-time),
 *       {@code Duration (h:m:s)}.
 * </ul>
 *
 * <p>The activity is kept as Garmin writes it ({@code Pool Swimming}, {@code Treadmill Running});
 * the duration gives duration_min, rounded to 0.01 minute, and {@code --} or an empty cell leaves
 * it empty; {@code Title} becomes the notes. Intensity stays empty: Garmin's training effect and
 * heart rate are not an RPE. Headers are matched after trimming, in any case, and a repeated header
 * name means its first column. The patient id is the chosen one, or the file's name unless that is
 * the name Garmin gives every export.
 */
public final class GarminImporter implements Importer {

  /** The format name on the command line. */
  public static final String FORMAT = "garmin";

  static final String VENDOR = "Garmin Connect";

  static final String KIND =
      "a Garmin Connect activities.csv (Activity Type with Date and Time, or with Start Time and"
          + " Duration (h:m:s)) or the summarizedActivities.json of a Garmin account export";

  private static final List<OnePersonCsv.Layout> LAYOUTS =
      List.of(
          new OnePersonCsv.Layout(
              "Activity Type, Date and Time",
              List.of("Activity Type", "Date"),
              (row, id, tally) -> map(row, id, tally, "Date", "Time")),
          new OnePersonCsv.Layout(
              "Activity Type, Start Time and Duration (h:m:s)",
              List.of("Activity Type", "Start Time"),
              (row, id, tally) -> map(row, id, tally, "Start Time", "Duration (h:m:s)")));

  /** Creates the importer; it holds no state. */
  public GarminImporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public ImportBatch read(Path source, ImportOptions options)
      throws InputFileException, IOException {
    if (Files.isDirectory(source)) {
      List<Path> files = summaries(source);
      if (files.isEmpty()) {
        throw new InputFileException(
            source.toString(), 0, "the folder holds no summarizedActivities.json", "name " + KIND);
      }
      return GarminJson.read(source, files, options);
    }
    if (Files.isRegularFile(source) && startsWithJson(source)) {
      return GarminJson.read(source, List.of(source), options);
    }
    return OnePersonCsv.read(FORMAT, source, options, VENDOR, LAYOUTS, KIND);
  }

  /** Returns the summarizedActivities JSON files of an account export folder, by name. */
  private static List<Path> summaries(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder, 4)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") && name.contains("summarizedactivities");
              })
          .sorted()
          .toList();
    }
  }

  /** Returns whether a file's first character, past a byte-order mark and space, opens JSON. */
  static boolean startsWithJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(256);
      int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF ? 3 : 0;
      while (i < head.length && Character.isWhitespace(head[i])) {
        i++;
      }
      return i < head.length && (head[i] == '[' || head[i] == '{');
    }
  }

  /** Adds the row's activity to the tally, or returns why it cannot. */
  private static Fault map(
      SourceCsv.Row row, String patientId, RecordTally tally, String dateColumn, String time) {
    String activity = row.get("Activity Type");
    if (activity.isEmpty()) {
      return new Fault(
          "Activity Type", "", "Activity Type is empty; every activity needs its name");
    }
    String written = row.get(dateColumn);
    // Garmin writes the watch's local time: no zone applies.
    SourceDates.Dated dated =
        SourceDates.dated(
            dateColumn, written, SourceDates.iso(written), "yyyy-MM-dd HH:mm:ss", ZoneId.of("UTC"));
    if (dated.fault() != null) {
      return dated.fault();
    }
    String duration = row.get(time);
    Double minutes = null;
    if (!duration.isEmpty() && !"--".equals(duration)) {
      minutes = Durations.clock(duration);
      if (minutes == null) {
        return new Fault(
            time,
            duration,
            time + " \"" + duration + "\" is not a duration; expected hh:mm:ss or mm:ss");
      }
      if (!Durations.inRange(minutes)) {
        return new Fault(
            time, duration, time + " \"" + duration + "\" is out of range; " + Durations.RANGE);
      }
    }
    String title = row.get("Title");
    tally.row(
        new CanonicalRow.Activity(
            patientId, dated.date(), activity, minutes, null, title.isEmpty() ? null : title));
    return null;
  }
}

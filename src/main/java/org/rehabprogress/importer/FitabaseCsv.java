package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads the Fitabase CSVs of a Fitbit study: {@code sleepDay_merged.csv} gives sleep_hours per
 * {@code Id} and day ({@code TotalMinutesAsleep / 60}; Fitabase has already summed the day's
 * sleeps). {@code dailyActivity_merged.csv} and {@code dailyIntensities_merged.csv} hold only
 * minutes per intensity level with no activity type, so an activity row could name no activity the
 * catalog can classify: their rows are skipped with that reason. The patient id is the Fitabase
 * {@code Id}.
 */
final class FitabaseCsv {

  static final String SLEEP = "sleepDay_merged.csv";
  static final String ACTIVITY = "dailyActivity_merged.csv";
  static final String INTENSITIES = "dailyIntensities_merged.csv";
  static final String NO_TYPE = ": daily intensity minutes have no activity type";

  private static final String FIX = "use the CSV files as Fitabase wrote them";

  private FitabaseCsv() {}

  /** Returns whether a folder holds any of the Fitabase files this importer reads. */
  static boolean present(Path folder) {
    return Files.isRegularFile(folder.resolve(SLEEP))
        || Files.isRegularFile(folder.resolve(ACTIVITY))
        || Files.isRegularFile(folder.resolve(INTENSITIES));
  }

  /**
   * Reads the Fitabase files of a folder.
   *
   * @param patientId the id to write instead of the Fitabase Id, or null
   * @throws ImportOptionException when a patient id is given but the files hold several Ids
   */
  static void read(Path folder, String patientId, RecordTally tally, ZoneId zone)
      throws IOException, InputFileException {
    Set<String> ids = new LinkedHashSet<>();
    Path sleep = folder.resolve(SLEEP);
    if (Files.isRegularFile(sleep)) {
      SourceCsv.readAll(
          sleep,
          List.of("Id", "SleepDay", "TotalMinutesAsleep"),
          FIX,
          SourceCsv.Names.UNIQUE,
          tally,
          row -> {
            ids.add(row.get("Id"));
            return sleepDay(row, patientId, tally, zone);
          });
    }
    for (String name : List.of(ACTIVITY, INTENSITIES)) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        SourceCsv.readAll(
            file,
            List.of("Id"),
            FIX,
            SourceCsv.Names.UNIQUE,
            tally,
            row -> {
              ids.add(row.get("Id"));
              tally.skip(name + NO_TYPE);
              return null;
            });
      }
    }
    if (patientId != null && ids.size() > 1) {
      throw new ImportOptionException(
          "--patient-id names one patient but the Fitabase files hold "
              + ids.size()
              + " Ids; leave --patient-id out to use each Id");
    }
  }

  private static Fault sleepDay(
      SourceCsv.Row row, String patientId, RecordTally tally, ZoneId zone) {
    String id = row.get("Id");
    if (!PatientIdRule.isValid(id)) {
      return new Fault("Id", id, PatientIdRule.problem("Id", id));
    }
    String day = row.get("SleepDay");
    SourceDates.Dated dated =
        SourceDates.dated(
            "SleepDay", day, SourceDates.fitabase(day), "M/d/yyyy h:mm:ss AM (US month/day)", zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    LocalDate date = dated.date();
    String text = row.get("TotalMinutesAsleep");
    double minutes;
    try {
      minutes = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      minutes = Double.NaN;
    }
    if (!(minutes >= 0 && minutes <= 1440)) {
      return new Fault(
          "TotalMinutesAsleep",
          text,
          "TotalMinutesAsleep \"" + text + "\" is not a number of minutes 0-1440");
    }
    String patient = patientId == null ? id : patientId;
    tally.row(
        new CanonicalRow.Symptom(patient, date, null, null, null, minutes / 60.0, null, null));
    return null;
  }
}

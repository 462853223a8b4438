package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads the PMSys self-reports beside a PMData person's Fitbit files. From {@code wellness.csv}
 * only sleep_quality is a measure rehab follows: PMSys rates it 1-5 (3 normal, higher better), so
 * it is mapped linearly onto the canonical 0-10 scale as {@code (q - 1) * 2.5} (1 -> 0, 3 -> 5, 5
 * -> 10), dated by the date of the report's time as written. Its soreness is muscle soreness after
 * training, not back pain; fatigue, mood, readiness and stress are not measures rehab follows;
 * sleep_duration_h is not used because the tracker's own sleep gives sleep_hours. Rows of {@code
 * srpe.csv} (session exertion ratings) are skipped: they rate training sessions the tracker's
 * exercise log already holds, and importing them would count a session twice.
 */
final class PmsysCsv {

  static final String NO_SLEEP_QUALITY =
      "wellness.csv: no sleep_quality (fatigue, mood, readiness, soreness and stress are not"
          + " measures rehab follows)";
  static final String SRPE =
      "srpe.csv: session exertion ratings of training the exercise log already holds";

  private static final String FIX = "use the wellness.csv and srpe.csv of the PMData export";

  private PmsysCsv() {}

  /** Maps each wellness report's sleep quality to a symptom row, or skips or rejects it. */
  static void wellness(
      Path file, String label, String name, String patientId, RecordTally tally, ZoneId zone)
      throws IOException, InputFileException {
    try (SourceCsv csv =
        SourceCsv.open(
            file,
            label,
            List.of("effective_time_frame", "sleep_quality"),
            FIX,
            SourceCsv.Names.UNIQUE)) {
      csv.each(tally, name, row -> sleepQuality(row, patientId, tally, zone));
    }
  }

  private static Fault sleepQuality(
      SourceCsv.Row row, String patientId, RecordTally tally, ZoneId zone) {
    String quality = row.get("sleep_quality");
    if (quality.isEmpty()) {
      tally.skip(NO_SLEEP_QUALITY);
      return null;
    }
    String time = row.get("effective_time_frame");
    SourceDates.Dated dated =
        SourceDates.dated("effective_time_frame", time, SourceDates.fitbit(time), "ISO", zone);
    if (dated.fault() != null) {
      return dated.fault();
    }
    LocalDate date = dated.date();
    Integer q = rating(quality);
    if (q == null) {
      return new Fault(
          "sleep_quality",
          quality,
          "sleep_quality \"" + quality + "\" is not a whole number 1-5; PMSys rates it 1-5");
    }
    tally.row(
        new CanonicalRow.Symptom(
            patientId, date, null, null, null, null, MeasureValues.fromOneToFive(q), null));
    return null;
  }

  /** Counts each session rating as read and skipped. */
  static void srpe(Path file, RecordTally tally) throws IOException, InputFileException {
    SourceCsv.readAll(
        file,
        List.of(),
        FIX,
        SourceCsv.Names.UNIQUE,
        tally,
        row -> {
          tally.skip(SRPE);
          return null;
        });
  }

  private static Integer rating(String text) {
    try {
      int q = Integer.parseInt(text);
      return q >= 1 && q <= 5 ? q : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.ingest.Measure;

/**
 * Sleeps of one patient gathered per date they end on, naps included, and written as one
 * sleep_hours value per date: the sum of their asleep minutes (spec section 7). The first record of
 * a date makes the row, the others count as combined; a date over 24 hours rejects each of its
 * records.
 */
final class SleepDays {

  private record Source(String file, String location) {}

  private static final class Day {
    private double minutes;
    private final List<Source> sources = new ArrayList<>();
  }

  private final Map<LocalDate, Day> days = new TreeMap<>();

  /** Adds a sleep of some asleep minutes, not negative, ending on a date. */
  void add(LocalDate date, double minutes, String file, String location) {
    Day day = days.computeIfAbsent(date, d -> new Day());
    day.minutes += minutes;
    day.sources.add(new Source(file, location));
  }

  /** Writes the days to the tally, in date order, for one patient. */
  void finish(RecordTally tally, String patientId) {
    for (Map.Entry<LocalDate, Day> entry : days.entrySet()) {
      Day day = entry.getValue();
      double hours = day.minutes / 60.0;
      if (hours > Measure.SLEEP_HOURS.max()) {
        String reason =
            "minutesAsleep of the sleeps of "
                + entry.getKey()
                + " sum to "
                + CanonicalFile.decimal(hours)
                + " hours; "
                + Measure.SLEEP_HOURS.meaning();
        day.sources.forEach(s -> tally.reject(s.file(), s.location(), "minutesAsleep", "", reason));
        continue;
      }
      tally.row(
          new CanonicalRow.Symptom(patientId, entry.getKey(), null, null, null, hours, null, null));
      tally.combined(day.sources.size() - 1L);
    }
  }
}

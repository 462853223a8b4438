package org.rehabprogress.importer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.ingest.Measure;

/**
 * Asleep intervals made into one sleep_hours value per night (spec section 7): the intervals'
 * union, so that time recorded twice (a phone and a watch both recording, or stages inside an
 * unspecified sleep) counts once; each joined stretch of sleep belongs to the local date of its end
 * in its own offset (the wake-up date), naps included, and a date's stretches are summed. Touching
 * intervals join too, so a sleep split at midnight is one night.
 */
final class AppleSleep {

  private record Interval(Instant start, Instant end, OffsetDateTime endTime, String location) {}

  private static final class Night {
    private Duration asleep = Duration.ZERO;
    private final List<String> locations = new ArrayList<>();
  }

  private final List<Interval> intervals = new ArrayList<>();

  /** Adds an asleep interval; {@code end} is not before {@code start}. */
  void add(OffsetDateTime start, OffsetDateTime end, String location) {
    intervals.add(new Interval(start.toInstant(), end.toInstant(), end, location));
  }

  /** Writes one symptom row per night to the tally, by date; a night over 24 h is rejected. */
  void finish(RecordTally tally, String patientId, String file) {
    intervals.sort(Comparator.comparing(Interval::start).thenComparing(Interval::end));
    Map<LocalDate, Night> nights = new TreeMap<>();
    int i = 0;
    while (i < intervals.size()) {
      Interval first = intervals.get(i);
      Instant end = first.end();
      OffsetDateTime endTime = first.endTime();
      List<String> locations = new ArrayList<>();
      while (i < intervals.size() && !intervals.get(i).start().isAfter(end)) {
        Interval next = intervals.get(i);
        if (next.end().isAfter(end)) {
          end = next.end();
          endTime = next.endTime();
        }
        locations.add(next.location());
        i++;
      }
      Night night = nights.computeIfAbsent(endTime.toLocalDate(), d -> new Night());
      night.asleep = night.asleep.plus(Duration.between(first.start(), end));
      night.locations.addAll(locations);
    }
    for (Map.Entry<LocalDate, Night> entry : nights.entrySet()) {
      Night night = entry.getValue();
      double hours = night.asleep.toMillis() / 3_600_000.0;
      if (hours > Measure.SLEEP_HOURS.max()) {
        String reason =
            "asleep time ending on "
                + entry.getKey()
                + " sums to "
                + CanonicalFile.decimal(hours)
                + " hours; "
                + Measure.SLEEP_HOURS.meaning();
        night.locations.forEach(at -> tally.reject(file, at, "", "", reason));
        continue;
      }
      tally.row(
          new CanonicalRow.Symptom(patientId, entry.getKey(), null, null, null, hours, null, null));
      tally.combined(night.locations.size() - 1L);
    }
  }
}

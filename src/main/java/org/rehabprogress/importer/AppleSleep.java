package org.rehabprogress.importer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabprogress.canonical.Cells;
import org.rehabprogress.canonical.Measure;

/**
 * Asleep intervals made into one sleep_hours value per night (spec section 7): the intervals'
 * union, so that time recorded twice (a phone and a watch both recording, or stages inside an
 * unspecified sleep) counts once; each joined stretch of sleep belongs to the local date of its end
 * in its own offset (the wake-up date), naps included, and a date's stretches are summed. Touching
 * intervals join too, so a sleep split at midnight is one night.
 */
final class AppleSleep {

  private record Interval(Instant start, Instant end, OffsetDateTime endTime, String location) {}

  private final List<Interval> intervals = new ArrayList<>();

  /** Adds an asleep interval; {@code end} is not before {@code start}. */
  void add(OffsetDateTime start, OffsetDateTime end, String location) {
    intervals.add(new Interval(start.toInstant(), end.toInstant(), end, location));
  }

  /** Writes one symptom row per night to the tally, by date; a night over 24 h is rejected. */
  void finish(RecordTally tally, String patientId, String file) {
    SleepTotals nights =
        SleepTotals.byDate(
            tally,
            millis -> millis / 3_600_000.0,
            (date, hours, sleeps) ->
                "asleep time ending on "
                    + date
                    + " sums to "
                    + Cells.decimal(hours)
                    + " hours; "
                    + Measure.SLEEP_HOURS.meaning());
    intervals.sort(Comparator.comparing(Interval::start).thenComparing(Interval::end));
    int i = 0;
    while (i < intervals.size()) {
      Interval first = intervals.get(i);
      Instant end = first.end();
      OffsetDateTime endTime = first.endTime();
      int from = i;
      while (i < intervals.size() && !intervals.get(i).start().isAfter(end)) {
        Interval next = intervals.get(i);
        if (next.end().isAfter(end)) {
          end = next.end();
          endTime = next.endTime();
        }
        i++;
      }
      LocalDate date = endTime.toLocalDate();
      // The stretch's time counts once, on its first interval; the others are its records too.
      long millis = Duration.between(first.start(), end).toMillis();
      for (int k = from; k < i; k++) {
        nights.add(
            patientId, date, k == from ? millis : 0, file, intervals.get(k).location(), "", "");
      }
    }
    nights.finish();
  }
}

package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.ingest.Measure;

/**
 * Sleep gathered per patient and date, written as one sleep_hours value each: the asleep time of
 * every sleep that ends on that date, naps included, summed (spec section 7). The first record of a
 * date makes the row and the others are counted as combined; a date whose sum exceeds 24 hours
 * rejects each of its records.
 */
final class SleepTotals {

  private record Key(String patientId, LocalDate date) {}

  private record Source(String file, String location, String field, String value) {}

  private static final class Night {
    private final int place;
    private double hours;
    private final List<Source> sources = new ArrayList<>();

    private Night(int place) {
      this.place = place;
    }
  }

  private final Map<Key, Night> nights = new LinkedHashMap<>();
  private final RecordTally tally;

  /** Creates the totals for an import; each night's row takes the place of its first sleep. */
  SleepTotals(RecordTally tally) {
    this.tally = tally;
  }

  /**
   * Adds one sleep of 0-24 hours, and where it came from for a possible reject.
   *
   * @param date the date the sleep ends on
   */
  void add(
      String patientId,
      LocalDate date,
      double hours,
      String file,
      String location,
      String field,
      String value) {
    Night night = nights.computeIfAbsent(new Key(patientId, date), k -> new Night(tally.reserve()));
    night.hours += hours;
    night.sources.add(new Source(file, location, field, value));
  }

  /** Writes the nights to the tally, each in the place of its first sleep. */
  void finish() {
    for (Map.Entry<Key, Night> entry : nights.entrySet()) {
      Key key = entry.getKey();
      Night night = entry.getValue();
      double hours = MeasureValues.round2(night.hours);
      if (hours <= Measure.SLEEP_HOURS.max()) {
        tally.fill(
            night.place,
            new CanonicalRow.Symptom(
                key.patientId(), key.date(), null, null, null, hours, null, null));
        tally.combined(night.sources.size() - 1L);
        continue;
      }
      String reason =
          "sleep_hours \""
              + MeasureValues.plain(hours)
              + "\", the sum of "
              + night.sources.size()
              + " sleeps ending on "
              + key.date()
              + ", is out of range 0-24; "
              + Measure.SLEEP_HOURS.meaning();
      for (Source source : night.sources) {
        tally.reject(source.file(), source.location(), source.field(), source.value(), reason);
      }
    }
  }
}

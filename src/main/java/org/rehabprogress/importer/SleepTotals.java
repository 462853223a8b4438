package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.rehabprogress.canonical.Measure;

/**
 * Sleep gathered per patient and date, written as one sleep_hours value each: the asleep time of
 * every sleep that ends on that date, naps included, summed (spec section 7). The first record of a
 * date makes the row and the others are counted as combined; a date whose sum exceeds 24 hours
 * rejects each of its records.
 */
final class SleepTotals {

  /** Says why the sleeps of a date that sum to more than a day are rejected. */
  interface Overflow {
    /** Returns the reason, given the date, the sum in hours and the number of sleeps. */
    String reason(LocalDate date, double hours, int sleeps);
  }

  private record Key(String patientId, LocalDate date) {}

  private record Source(String file, String location, String field, String value) {}

  private static final class Night {
    private final int place;
    private double amount;
    private final List<Source> sources = new ArrayList<>();

    private Night(int place) {
      this.place = place;
    }
  }

  private static final Comparator<Key> BY_PATIENT_AND_DATE =
      Comparator.comparing(Key::patientId).thenComparing(Key::date);

  private final RecordTally tally;
  private final boolean inPlace;
  private final DoubleUnaryOperator hours;
  private final Overflow overflow;
  private final Map<Key, Night> nights;

  private SleepTotals(
      RecordTally tally, boolean inPlace, DoubleUnaryOperator hours, Overflow overflow) {
    this.tally = tally;
    this.inPlace = inPlace;
    this.hours = hours;
    this.overflow = overflow;
    this.nights = inPlace ? new LinkedHashMap<>() : new TreeMap<>(BY_PATIENT_AND_DATE);
  }

  /**
   * Returns totals of sleeps given in hours, each sum rounded to 0.01 hour, whose rows take the
   * places of their dates' first sleeps (diary and health-record imports).
   */
  static SleepTotals inHours(RecordTally tally) {
    return new SleepTotals(
        tally,
        true,
        MeasureValues::round2,
        (date, hours, sleeps) ->
            "sleep_hours \""
                + MeasureValues.plain(hours)
                + "\", the sum of "
                + sleeps
                + " sleeps ending on "
                + date
                + ", is out of range 0-24; "
                + Measure.SLEEP_HOURS.meaning());
  }

  /**
   * Returns totals of a tracker's sleeps, given in any unit, whose rows follow every row made
   * before {@link #finish}, by patient and date.
   *
   * @param hours converts a sum in the sleeps' unit to hours
   */
  static SleepTotals byDate(RecordTally tally, DoubleUnaryOperator hours, Overflow overflow) {
    return new SleepTotals(tally, false, hours, overflow);
  }

  /**
   * Adds one sleep, not negative, and where it came from for a possible reject.
   *
   * @param date the date the sleep ends on
   * @param amount the asleep time, in the unit these totals take
   */
  void add(
      String patientId,
      LocalDate date,
      double amount,
      String file,
      String location,
      String field,
      String value) {
    Night night =
        nights.computeIfAbsent(
            new Key(patientId, date), k -> new Night(inPlace ? tally.reserve() : -1));
    night.amount += amount;
    night.sources.add(new Source(file, location, field, value));
  }

  /** Writes each date's row, or rejects its sleeps, to the tally. */
  void finish() {
    for (Map.Entry<Key, Night> entry : nights.entrySet()) {
      Key key = entry.getKey();
      Night night = entry.getValue();
      double sum = hours.applyAsDouble(night.amount);
      if (sum > Measure.SLEEP_HOURS.max()) {
        String reason = overflow.reason(key.date(), sum, night.sources.size());
        for (Source source : night.sources) {
          tally.reject(source.file(), source.location(), source.field(), source.value(), reason);
        }
        continue;
      }
      CanonicalRow row =
          new CanonicalRow.Symptom(key.patientId(), key.date(), null, null, null, sum, null, null);
      if (inPlace) {
        tally.fill(night.place, row, night.sources.size() - 1L);
      } else {
        tally.row(row, night.sources.size() - 1L);
      }
    }
  }
}

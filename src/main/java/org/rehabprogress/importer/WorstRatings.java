package org.rehabprogress.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rehabprogress.canonical.Measure;

/**
 * Diary ratings of one person gathered per date, time of day and measure, written as the worst
 * rating of each such moment (pain, leg pain or anxiety): the first record of a moment makes the
 * row, in its place, and the others are folded into it. The row's notes are the time of day as
 * written, then the notes of the moment's records, joined by "; ": the time of day also keeps two
 * moments of one day with the same rating from reading as a duplicate row.
 */
final class WorstRatings {

  private record Moment(LocalDate date, String timeOfDay, Measure measure) {}

  private static final class Worst {
    private final int place;
    private final Set<String> notes = new LinkedHashSet<>();
    private double value = Double.NEGATIVE_INFINITY;
    private long records;

    private Worst(int place) {
      this.place = place;
    }
  }

  private final RecordTally tally;
  private final String patientId;
  private final Map<Moment, Worst> moments = new LinkedHashMap<>();

  /** Creates the ratings of one person's import. */
  WorstRatings(RecordTally tally, String patientId) {
    this.tally = tally;
    this.patientId = patientId;
  }

  /**
   * Adds one rating on the canonical 0-10 scale.
   *
   * @param timeOfDay the time of day as written ({@code am}, {@code 14:30}), or ""
   * @param measure {@link Measure#PAIN}, {@link Measure#LEG_PAIN} or {@link Measure#ANXIETY}
   * @param note the record's notes, or ""
   */
  void add(LocalDate date, String timeOfDay, Measure measure, double value, String note) {
    if (measure != Measure.PAIN && measure != Measure.LEG_PAIN && measure != Measure.ANXIETY) {
      throw new IllegalArgumentException(
          "only pain, leg pain and anxiety are rated per moment: " + measure);
    }
    Worst worst =
        moments.computeIfAbsent(
            new Moment(date, MeasureValues.fold(timeOfDay), measure),
            m -> new Worst(tally.reserve()));
    if (worst.records == 0 && !timeOfDay.isEmpty()) {
      worst.notes.add(timeOfDay);
    }
    worst.value = Math.max(worst.value, value);
    worst.records++;
    if (!note.isEmpty()) {
      worst.notes.add(note);
    }
  }

  /** Writes each moment's row to the tally in its place. */
  void finish() {
    for (Map.Entry<Moment, Worst> entry : moments.entrySet()) {
      Moment moment = entry.getKey();
      Worst worst = entry.getValue();
      Measure measure = moment.measure();
      Double value = worst.value;
      tally.fill(
          worst.place,
          new CanonicalRow.Symptom(
              patientId,
              moment.date(),
              measure == Measure.PAIN ? value : null,
              measure == Measure.LEG_PAIN ? value : null,
              measure == Measure.ANXIETY ? value : null,
              null,
              null,
              null,
              null,
              null,
              null,
              worst.notes.isEmpty() ? null : String.join("; ", worst.notes)),
          worst.records - 1);
    }
  }
}

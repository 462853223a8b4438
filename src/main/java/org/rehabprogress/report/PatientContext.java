package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.ingest.SymptomLog;

/**
 * What a patient page shows beside the figures: the events up to end(M), the diary notes of the
 * month, the last symptom entry, and the month's entry counts (days of M on or after start).
 *
 * @param events the events on or before end(M) with the medication starts, stops and dose changes
 *     (SPEC 3c), in date order
 * @param notes the notes of the month's symptom and activity entries, in date order
 * @param lastSymptomDay the last day with a symptom entry on or before end(M), or null
 * @param symptomEntries symptom entries on the days of M on or after start
 * @param activityEntries activity entries on the days of M on or after start
 * @param activitiesWithoutMinutes of those, entries without a duration (an exposure, no minutes)
 * @param lowImpactEntries low-impact activity entries on the days of M on or after start
 * @param lowImpactWithoutMinutes of those, entries without a duration
 * @param daysWithoutMinutes the days up to end(M) with an activity entry without a duration, in day
 *     order (the weekly chart marks their weeks)
 * @param strayStart the start taken from a first logged day that lies more than 28 days before the
 *     next entry, or null
 */
public record PatientContext(
    List<PatientEvent> events,
    List<DiaryNote> notes,
    LocalDate lastSymptomDay,
    int symptomEntries,
    int activityEntries,
    int activitiesWithoutMinutes,
    int lowImpactEntries,
    int lowImpactWithoutMinutes,
    List<LocalDate> daysWithoutMinutes,
    StrayStart strayStart) {

  /**
   * More days than this between a first logged day taken as the start and the next entry: the first
   * entry is likely a stray one (SPEC section 4).
   */
  public static final int STRAY_GAP_DAYS = 28;

  /** Checks for nulls and copies the lists. */
  public PatientContext {
    events = List.copyOf(events);
    notes = List.copyOf(notes);
    daysWithoutMinutes = List.copyOf(daysWithoutMinutes);
  }

  /**
   * A start taken from the first logged day, far before the next entry.
   *
   * @param first the first logged day, taken as the start
   * @param next the next day with an entry, on or before end(M)
   */
  public record StrayStart(LocalDate first, LocalDate next) {

    /** Checks for nulls. */
    public StrayStart {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(next, "next");
    }
  }

  /**
   * A note from a diary entry.
   *
   * @param date the entry's day
   * @param source {@code symptom diary}, or {@code activity: <name>}
   * @param text the note as written
   */
  public record DiaryNote(LocalDate date, String source, String text) {

    /** Checks for nulls. */
    public DiaryNote {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Returns the context of a patient's page from the patient's rows and figures. */
  public static PatientContext of(PatientLog log, PatientResult result) {
    int end = Math.toIntExact(result.end().toEpochDay());
    int monthFirst = Math.toIntExact(result.monthStart().toEpochDay());
    int counted = Math.max(monthFirst, Math.toIntExact(result.start().toEpochDay()));
    List<DiaryNote> notes = new ArrayList<>();
    SymptomLog symptoms = log.symptoms();
    int lastSymptom = Integer.MIN_VALUE;
    int symptomEntries = 0;
    int start = Math.toIntExact(result.start().toEpochDay());
    // The first day with an entry after the start, for the stray-start hint.
    int next = Integer.MAX_VALUE;
    for (int row = symptoms.from(log.code()); row < symptoms.to(log.code()); row++) {
      int day = symptoms.day(row);
      if (day > end) {
        break;
      }
      if (day > start && day < next) {
        next = day;
      }
      lastSymptom = day;
      if (day >= counted) {
        symptomEntries++;
      }
      if (day >= monthFirst) {
        addNote(notes, day, "symptom diary", symptoms.notes(row));
      }
    }
    ActivityLog activities = log.activities();
    int activityEntries = 0;
    int withoutMinutes = 0;
    int lowImpact = 0;
    int lowImpactWithout = 0;
    List<LocalDate> daysWithout = new ArrayList<>();
    for (int row = activities.from(log.code()); row < activities.to(log.code()); row++) {
      int day = activities.day(row);
      if (day > end) {
        break;
      }
      if (day > start && day < next) {
        next = day;
      }
      boolean unknown = Double.isNaN(activities.minutes(row));
      if (unknown
          && (daysWithout.isEmpty()
              || !daysWithout.get(daysWithout.size() - 1).equals(LocalDate.ofEpochDay(day)))) {
        daysWithout.add(LocalDate.ofEpochDay(day));
      }
      if (day >= counted) {
        activityEntries++;
        boolean low = log.classes().get(activities.activity(row)) == ActivityClass.LOW_IMPACT;
        lowImpact += low ? 1 : 0;
        if (unknown) {
          withoutMinutes++;
          lowImpactWithout += low ? 1 : 0;
        }
      }
      if (day >= monthFirst) {
        String name = activities.names().get(activities.activity(row)).strip();
        addNote(notes, day, "activity: " + name, activities.notes(row));
      }
    }
    notes.sort(Comparator.comparing(DiaryNote::date));
    List<PatientEvent> events = new ArrayList<>();
    for (PatientEvent e : log.events()) {
      if (!e.date().isAfter(result.end())) {
        events.add(e);
      }
    }
    // Medication starts, stops and dose changes are drawn and listed like events (SPEC 3c); a
    // stable sort keeps events.csv's rows first on a day.
    events.addAll(result.panel().medicationEvents());
    events.sort(Comparator.comparing(PatientEvent::date));
    return new PatientContext(
        events,
        notes,
        lastSymptom == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastSymptom),
        symptomEntries,
        activityEntries,
        withoutMinutes,
        lowImpact,
        lowImpactWithout,
        daysWithout,
        strayStart(log, result, next));
  }

  /**
   * Returns the stray start when the start is the first logged day (no treatment_start) and the
   * next entry on or before end(M) lies more than 28 days after it.
   */
  private static StrayStart strayStart(PatientLog log, PatientResult result, int next) {
    boolean given = log.info() != null && log.info().treatmentStart() != null;
    if (given || next == Integer.MAX_VALUE) {
      return null;
    }
    LocalDate nextDay = LocalDate.ofEpochDay(next);
    return result.start().plusDays(STRAY_GAP_DAYS).isBefore(nextDay)
        ? new StrayStart(result.start(), nextDay)
        : null;
  }

  private static void addNote(List<DiaryNote> notes, int day, String source, String text) {
    if (text != null && !text.isBlank()) {
      notes.add(new DiaryNote(LocalDate.ofEpochDay(day), source, text.strip()));
    }
  }
}

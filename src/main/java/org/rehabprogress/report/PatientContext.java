package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.ingest.SymptomLog;

/**
 * What a patient page shows beside the figures: the events up to end(M), the diary notes of the
 * month, the last symptom entry, and the month's entry counts (days of M on or after start).
 *
 * @param events the events on or before end(M), in date order
 * @param notes the notes of the month's symptom and activity entries, in date order
 * @param lastSymptomDay the last day with a symptom entry on or before end(M), or null
 * @param symptomEntries symptom entries on the days of M on or after start
 * @param activityEntries activity entries on the days of M on or after start
 * @param activitiesWithoutMinutes of those, entries without a duration (an exposure, no minutes)
 */
public record PatientContext(
    List<PatientEvent> events,
    List<DiaryNote> notes,
    LocalDate lastSymptomDay,
    int symptomEntries,
    int activityEntries,
    int activitiesWithoutMinutes) {

  /** Checks for nulls and copies the lists. */
  public PatientContext {
    events = List.copyOf(events);
    notes = List.copyOf(notes);
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
    for (int row = symptoms.from(log.code()); row < symptoms.to(log.code()); row++) {
      int day = symptoms.day(row);
      if (day > end) {
        break;
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
    for (int row = activities.from(log.code()); row < activities.to(log.code()); row++) {
      int day = activities.day(row);
      if (day > end) {
        break;
      }
      if (day >= counted) {
        activityEntries++;
        if (Double.isNaN(activities.minutes(row))) {
          withoutMinutes++;
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
    return new PatientContext(
        events,
        notes,
        lastSymptom == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(lastSymptom),
        symptomEntries,
        activityEntries,
        withoutMinutes);
  }

  private static void addNote(List<DiaryNote> notes, int day, String source, String text) {
    if (text != null && !text.isBlank()) {
      notes.add(new DiaryNote(LocalDate.ofEpochDay(day), source, text.strip()));
    }
  }
}

package org.rehabprogress.sample;

import static org.rehabprogress.sample.PatientRows.WORDS;

import java.time.LocalDate;
import java.util.List;

/** Formats a patient's rows as canonical CSV text, by hand: this is the generator's hot loop. */
final class RowText {

  private static final String[] EFFORT = {"light", "moderate", "vigorous"};
  private static final int DUPLICATE = Fault.DUPLICATE.ordinal() + 1;
  private static final int BAD_DATE = Fault.BAD_DATE.ordinal() + 1;
  private static final int EMPTY = Fault.EMPTY_REQUIRED.ordinal() + 1;

  private RowText() {}

  /** Returns the patient's text of the five files. */
  static PatientText format(PatientPlan plan, PatientRows rows, List<PlantedFault> planted) {
    char[] dates = dates(plan.start(), plan.span());
    StringBuilder patient = new StringBuilder(96);
    patient.append(plan.id()).append(',').append(plan.start()).append(',');
    if (plan.surgery() != null) {
      patient.append(plan.surgery());
    }
    patient.append(',').append(Texts.cell(plan.site())).append(',').append(plan.birthYear());
    patient.append(',').append(plan.sex()).append('\n');
    StringBuilder symptoms = new StringBuilder(rows.symptoms.size() * 36 + 64);
    int symptomRows = 0;
    PatientRows.Table s = rows.symptoms;
    for (int r = 0; r < s.size(); r++) {
      int start = symptoms.length();
      int fault = s.get(r, PatientRows.S_FAULT);
      symptoms.append(plan.id()).append(',');
      date(symptoms, dates, s.get(r, PatientRows.S_DAY), fault, plan.start());
      symptoms.append(',');
      halves(symptoms, s.get(r, PatientRows.S_PAIN));
      symptoms.append(',');
      halves(symptoms, s.get(r, PatientRows.S_LEG));
      symptoms.append(',');
      halves(symptoms, s.get(r, PatientRows.S_ANXIETY));
      symptoms.append(',');
      whole(symptoms, s.get(r, PatientRows.S_GAD7));
      symptoms.append(',');
      int sleep = s.get(r, PatientRows.S_SLEEP);
      if (sleep >= 0) {
        symptoms.append(sleep / 10).append('.').append((char) ('0' + sleep % 10));
      }
      symptoms.append(',');
      whole(symptoms, s.get(r, PatientRows.S_QUALITY));
      symptoms.append(',');
      thirds(symptoms, s.get(r, PatientRows.S_PEG));
      symptoms.append(',');
      whole(symptoms, s.get(r, PatientRows.S_ODI));
      symptoms.append(',');
      whole(symptoms, s.get(r, PatientRows.S_PGIC));
      symptoms.append(',');
      note(symptoms, Texts.SYMPTOM_NOTE_CELLS, s.get(r, PatientRows.S_NOTE));
      symptoms.append('\n');
      symptomRows += repeat(symptoms, start, fault);
    }
    StringBuilder activities = new StringBuilder(rows.activities.size() * 40 + 64);
    int activityRows = 0;
    PatientRows.Table a = rows.activities;
    for (int r = 0; r < a.size(); r++) {
      int start = activities.length();
      int fault = a.get(r, PatientRows.A_FAULT);
      activities.append(plan.id()).append(',');
      date(
          activities,
          dates,
          a.get(r, PatientRows.A_DAY),
          fault == BAD_DATE ? fault : 0,
          plan.start());
      activities.append(',');
      if (fault != EMPTY) {
        ActivityKind kind = ActivityMenu.KINDS.get(a.get(r, PatientRows.A_KIND));
        activities.append(kind.spellings().get(a.get(r, PatientRows.A_SPELLING)));
      }
      activities.append(',');
      whole(activities, a.get(r, PatientRows.A_MINUTES));
      activities.append(',');
      int intensity = a.get(r, PatientRows.A_INTENSITY);
      if (intensity >= WORDS) {
        activities.append(EFFORT[intensity - WORDS]);
      } else {
        whole(activities, intensity);
      }
      activities.append(',');
      note(activities, Texts.ACTIVITY_NOTE_CELLS, a.get(r, PatientRows.A_NOTE));
      activities.append('\n');
      activityRows += repeat(activities, start, fault);
    }
    StringBuilder events = new StringBuilder(rows.events.size() * 48 + 16);
    for (int r = 0; r < rows.events.size(); r++) {
      events.append(plan.id()).append(',');
      events.append(dates, rows.events.get(r, 0) * 10, 10).append(',');
      events.append(Texts.EVENT_CELLS[rows.events.get(r, 1)]).append('\n');
    }
    StringBuilder medications = new StringBuilder(rows.medications.size() * 64);
    PatientRows.Table m = rows.medications;
    for (int r = 0; r < m.size(); r++) {
      int drug = m.get(r, Prescriptions.M_DRUG);
      int end = m.get(r, Prescriptions.M_END);
      medications.append(plan.id()).append(',');
      medications.append(plan.start().plusDays(m.get(r, Prescriptions.M_START))).append(',');
      if (end != Prescriptions.ONGOING) {
        medications.append(plan.start().plusDays(end));
      }
      medications.append(',');
      medications.append(Texts.cell(Prescriptions.drug(drug / 8).spellings().get(drug % 8)));
      medications.append(',').append(m.get(r, Prescriptions.M_DOSE)).append(',');
      medications.append(Prescriptions.UNITS[m.get(r, Prescriptions.M_UNIT)]).append('\n');
    }
    return new PatientText(
        plan.id(),
        plan.archetype(),
        patient.toString(),
        symptoms.toString(),
        activities.toString(),
        events.toString(),
        medications.toString(),
        symptomRows,
        activityRows,
        rows.events.size(),
        m.size(),
        planted);
  }

  /** Writes a row's date: as is, empty, or as a typo that is no calendar day. */
  private static void date(StringBuilder out, char[] dates, int day, int fault, LocalDate start) {
    if (fault == EMPTY) {
      return;
    }
    if (fault != BAD_DATE) {
      out.append(dates, day * 10, 10);
      return;
    }
    LocalDate date = start.plusDays(day);
    int bad = date.lengthOfMonth() < 31 ? date.lengthOfMonth() + 1 : 32;
    out.append(dates, day * 10, 8).append(bad);
  }

  /** Appends the row just written once more when it is a planted duplicate; returns the rows. */
  private static int repeat(StringBuilder out, int start, int fault) {
    if (fault != DUPLICATE) {
      return 1;
    }
    out.append(out.substring(start));
    return 2;
  }

  private static void halves(StringBuilder out, int halves) {
    if (halves >= 0) {
      out.append(halves >> 1);
      if ((halves & 1) != 0) {
        out.append(".5");
      }
    }
  }

  /** Writes a PEG from the sum of its three items: the mean, to 2 decimals (19 gives 6.33). */
  private static void thirds(StringBuilder out, int sum) {
    if (sum >= 0) {
      out.append(sum / 3);
      if (sum % 3 != 0) {
        out.append(sum % 3 == 1 ? ".33" : ".67");
      }
    }
  }

  private static void whole(StringBuilder out, int value) {
    if (value >= 0) {
      out.append(value);
    }
  }

  private static void note(StringBuilder out, String[] cells, int note) {
    if (note >= 0) {
      out.append(cells[note]);
    }
  }

  /** Returns the ISO text of every day of the span, ten characters each. */
  private static char[] dates(LocalDate start, int span) {
    char[] text = new char[(span + 1) * 10];
    LocalDate date = start;
    for (int d = 0; d <= span; d++) {
      int year = date.getYear();
      int at = d * 10;
      text[at] = (char) ('0' + year / 1000);
      text[at + 1] = (char) ('0' + year / 100 % 10);
      text[at + 2] = (char) ('0' + year / 10 % 10);
      text[at + 3] = (char) ('0' + year % 10);
      text[at + 4] = '-';
      text[at + 5] = (char) ('0' + date.getMonthValue() / 10);
      text[at + 6] = (char) ('0' + date.getMonthValue() % 10);
      text[at + 7] = '-';
      text[at + 8] = (char) ('0' + date.getDayOfMonth() / 10);
      text[at + 9] = (char) ('0' + date.getDayOfMonth() % 10);
      date = date.plusDays(1);
    }
    return text;
  }
}

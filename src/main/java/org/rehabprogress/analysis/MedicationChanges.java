package org.rehabprogress.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rehabprogress.ingest.DoseUnit;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.ingest.PatientEvent;
import org.rehabprogress.medication.Dose;
import org.rehabprogress.medication.Mme;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.Round;

/**
 * A patient's medications up to the end day, as the page lists them and as the timeline draws them
 * (SPEC 3c: starts, stops and dose changes drawn like events). A dose change is a row of one drug
 * ending the day before another row of the same drug starts (the way medications.csv records a
 * change: an end on the old row, a new row from the next day); one drug is one opioid ingredient,
 * or for other drugs the same text (case and surrounding space aside).
 */
final class MedicationChanges {

  private MedicationChanges() {}

  /**
   * Returns the rows started on or before {@code end}, in start then line order, with their MME.
   */
  static List<MedicationLine> lines(List<Medication> rows, LocalDate end) {
    List<MedicationLine> lines = new ArrayList<>();
    for (Medication row : rows) {
      if (!row.start().isAfter(end)) {
        lines.add(new MedicationLine(row, Mme.of(row)));
      }
    }
    return lines;
  }

  /**
   * Returns the starts, stops and dose changes on or before {@code end}, in day order, as events
   * (the line is the medications.csv row's). A stop is dated the first day without the drug.
   */
  static List<PatientEvent> events(List<MedicationLine> lines, LocalDate end) {
    int n = lines.size();
    boolean[] continued = new boolean[n]; // the row's start is a dose change, not a start
    boolean[] changed = new boolean[n]; // the row's end is followed by a dose change
    List<PatientEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Medication before = lines.get(i).row();
      if (before.end() == null) {
        continue;
      }
      LocalDate next = before.end().plusDays(1);
      for (int j = 0; j < n; j++) {
        Medication after = lines.get(j).row();
        if (!continued[j]
            && j != i
            && after.start().equals(next)
            && sameDrug(lines.get(i), lines.get(j))) {
          continued[j] = true;
          changed[i] = true;
          if (!next.isAfter(end)) {
            events.add(event(after, next, change(lines.get(i), lines.get(j))));
          }
          break;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      MedicationLine line = lines.get(i);
      Medication row = line.row();
      if (!continued[i]) {
        // Name and dose first, so that the timeline's short label shows them.
        events.add(
            event(
                row, row.start(), name(line) + " " + amount(row) + " started" + mme(line.dose())));
      }
      if (row.end() != null && !changed[i] && !row.end().plusDays(1).isAfter(end)) {
        events.add(
            event(
                row, row.end().plusDays(1), name(line) + " stopped (last day " + row.end() + ")"));
      }
    }
    events.sort(Comparator.comparing(PatientEvent::date).thenComparingLong(PatientEvent::line));
    return events;
  }

  private static PatientEvent event(Medication row, LocalDate day, String text) {
    return new PatientEvent(row.patientId(), day, text, row.line());
  }

  /** Returns whether two rows are one drug: one opioid ingredient, or the same other drug. */
  private static boolean sameDrug(MedicationLine a, MedicationLine b) {
    return key(a).equals(key(b));
  }

  private static String key(MedicationLine line) {
    String ingredient = ingredient(line.dose());
    return ingredient != null
        ? "opioid:" + ingredient
        : "drug:" + line.row().drug().strip().toLowerCase(Locale.ROOT);
  }

  /** Returns the drug as the events name it: the opioid's ingredient, else the text as written. */
  static String name(MedicationLine line) {
    String ingredient = ingredient(line.dose());
    return ingredient != null ? ingredient : line.row().drug().strip();
  }

  private static String ingredient(Dose dose) {
    if (dose instanceof Dose.Converted c) {
      return c.ingredient().label();
    }
    if (dose instanceof Dose.Unconverted u) {
      return u.ingredient().label();
    }
    if (dose instanceof Dose.NotCounted b) {
      return b.ingredient().label();
    }
    return null;
  }

  /**
   * Returns a dose change as the events list it, the new dose first so that the timeline's short
   * label shows it: {@code oxycodone \u2192 20 mg a day (from 40 mg a day; 60 \u2192 30 MME a
   * day)}.
   */
  private static String change(MedicationLine from, MedicationLine to) {
    String text = name(to) + " \u2192 " + amount(to.row()) + " (from " + amount(from.row());
    if (from.dose() instanceof Dose.Converted a && to.dose() instanceof Dose.Converted b) {
      return text + "; " + number(a.mme()) + " \u2192 " + number(b.mme()) + " MME a day)";
    }
    return text + ")" + mme(to.dose());
  }

  private static String amount(Medication row) {
    String unit = row.unit() == DoseUnit.MG_A_DAY ? "mg a day" : "mcg/h";
    return row.dailyDose().stripTrailingZeros().toPlainString() + " " + unit;
  }

  private static String mme(Dose dose) {
    if (dose instanceof Dose.Converted c) {
      return " (" + number(c.mme()) + " MME a day)";
    }
    if (dose instanceof Dose.Unconverted) {
      return " (MME unknown)";
    }
    if (dose instanceof Dose.NotCounted) {
      return " (no MME)";
    }
    return "";
  }

  /** Returns an exact MME as shown: 2 decimals half away from zero, trailing zeros dropped. */
  private static String number(BigDecimal mme) {
    return new BigDecimal(Round.format(Ratio.of(mme).toDouble()))
        .stripTrailingZeros()
        .toPlainString();
  }
}

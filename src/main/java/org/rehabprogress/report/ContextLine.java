package org.rehabprogress.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The patient's context and the stray-start hint as the pages print them (SPEC section 4). */
final class ContextLine {

  private ContextLine() {}

  /** Returns the context line, or a sentence saying that patients.csv gives none. */
  static String of(ClinicalContext c, LocalDate end) {
    if (c.givesNothing()) {
      return "patients.csv gives no age, sex, site or surgery date for this patient.";
    }
    List<String> parts = new ArrayList<>();
    if (c.ageBand() != null) {
      parts.add("age " + c.ageBand() + " at the start of treatment (from the birth year)");
    }
    if (c.sex() != null) {
      parts.add("sex " + c.sex());
    }
    if (c.site() != null) {
      parts.add("site " + c.site());
    }
    if (c.surgeryDate() != null) {
      parts.add(
          "surgery "
              + c.surgeryDate()
              + (c.weeksSinceSurgery() == null
                  ? " (after the end of the month)"
                  : " ("
                      + Figures.count(c.weeksSinceSurgery(), "week", "weeks")
                      + " by "
                      + end
                      + ")"));
    }
    if (c.treatmentStart() != null) {
      parts.add("treatment_start " + c.treatmentStart());
    }
    String text = String.join(" \u00B7 ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  /** Returns the stray-start hint, or null when the start needs none. */
  static String strayHint(PatientContext.StrayStart stray) {
    if (stray == null) {
      return null;
    }
    long gap = stray.next().toEpochDay() - stray.first().toEpochDay();
    return "The start, "
        + stray.first()
        + ", is the patient's first entry, "
        + Figures.count(gap, "day", "days")
        + " before the next one ("
        + stray.next()
        + "). If that entry is a stray one, give the day treatment began as treatment_start in"
        + " patients.csv: the baseline is taken from the 14 days from the start, and with a stray"
        + " start it stays empty.";
  }
}

package org.rehabprogress.importer;

import java.util.Locale;
import org.rehabprogress.canonical.Measure;

/**
 * The clinical codes the EHR importers (FHIR, Synthea) map: LOINC observation codes to symptom
 * measures, and the SNOMED CT finding chronic low back pain, whose onset becomes the patient's
 * treatment start.
 */
enum Loinc {
  /** LOINC 72514-3, pain severity on a 0-10 verbal numeric rating scale. */
  PAIN("72514-3", Measure.PAIN),
  /** LOINC 38208-5, pain severity as reported, 0-10 (Synthea's pain survey). */
  PAIN_REPORTED("38208-5", Measure.PAIN),
  /** LOINC 70274-6, the GAD-7 total score, a whole number 0-21. */
  GAD7("70274-6", Measure.GAD7),
  /** LOINC 93832-4, sleep duration, in hours or minutes as its unit says. */
  SLEEP("93832-4", Measure.SLEEP_HOURS),
  /** LOINC 75893-8, PEG item 1: average pain in the past week, 0-10. */
  PEG_PAIN("75893-8", Measure.PEG),
  /** LOINC 91145-3, PEG item 2: pain's interference with enjoyment of life, 0-10. */
  PEG_ENJOYMENT("91145-3", Measure.PEG),
  /** LOINC 91146-1, PEG item 3: pain's interference with general activity, 0-10. */
  PEG_ACTIVITY("91146-1", Measure.PEG),
  /** LOINC 91148-7, the PEG score, the mean of the three items (Krebs et al. 2009). */
  PEG_SCORE("91148-7", Measure.PEG);

  /** SNOMED CT 278860009, chronic low back pain (finding). */
  static final String CHRONIC_LOW_BACK_PAIN = "278860009";

  private final String code;
  private final Measure measure;

  Loinc(String code, Measure measure) {
    this.code = code;
    this.measure = measure;
  }

  /** Returns the LOINC code. */
  String code() {
    return code;
  }

  /** Returns the canonical measure the code maps to. */
  Measure measure() {
    return measure;
  }

  /** Returns whether the code is one of the three PEG items (not the score). */
  boolean pegItem() {
    return this == PEG_PAIN || this == PEG_ENJOYMENT || this == PEG_ACTIVITY;
  }

  /** Returns the mapped code for a LOINC code, or null when rehab does not follow it. */
  static Loinc of(String code) {
    for (Loinc loinc : values()) {
      if (loinc.code.equals(code.strip())) {
        return loinc;
      }
    }
    return null;
  }

  /**
   * Converts an observation's value to the canonical measure's unit: sleep duration from hours or
   * minutes to hours; the scores as they are.
   *
   * @param value the value as a number
   * @param unit the value's unit as written (UCUM code or text), may be empty
   * @return the value on the canonical scale, or NaN when a sleep duration's unit is not a unit of
   *     time rehab knows
   */
  double canonical(double value, String unit) {
    if (this != SLEEP) {
      return value;
    }
    switch (unit.strip().toLowerCase(Locale.ROOT)) {
      case "h":
      case "hr":
      case "hour":
      case "hours":
        return value;
      case "min":
      case "minute":
      case "minutes":
        return value / 60.0;
      default:
        return Double.NaN;
    }
  }

  /** Returns the reason written when a sleep duration's unit is not known. */
  static String unknownSleepUnit(String unit) {
    return "sleep duration unit \""
        + unit
        + "\" is not a unit of time rehab knows; expected h or min";
  }
}

package org.rehabprogress.importer;

import org.rehabprogress.ingest.Measure;

/**
 * The measures of symptoms.csv as the importers check them (SPEC section 1): column, range, whole
 * numbers only or not, and what the measure is, as reject reasons say it. The measures the
 * canonical reader already knows take all of this from {@link Measure}.
 */
enum SymptomScale {
  /** Back or overall pain, a 0-10 numeric rating. */
  PAIN(Measure.PAIN),
  /** Leg or radicular pain, a 0-10 numeric rating. */
  LEG_PAIN("leg_pain", 0, 10, false, "leg_pain is a 0-10 numeric rating"),
  /** Anxiety, a 0-10 numeric rating. */
  ANXIETY(Measure.ANXIETY),
  /** The GAD-7 total, a whole number 0-21. */
  GAD7(Measure.GAD7),
  /** Hours asleep, 0-24. */
  SLEEP_HOURS(Measure.SLEEP_HOURS),
  /** Sleep quality, 0-10, 10 best. */
  SLEEP_QUALITY(Measure.SLEEP_QUALITY),
  /** The PEG-3 score, the mean of its three 0-10 items. */
  PEG("peg", 0, 10, false, "peg is the PEG-3 score, the mean of its three 0-10 items"),
  /** The Oswestry Disability Index, 0-100. */
  ODI("odi", 0, 100, false, "odi is the Oswestry Disability Index, 0-100"),
  /** The patient global impression of change, a whole number 1-7. */
  PGIC(
      "pgic",
      1,
      7,
      true,
      "pgic is the patient global impression of change, a whole number 1-7 (1 very much"
          + " improved, 7 very much worse)");

  private final String column;
  private final double min;
  private final double max;
  private final boolean whole;
  private final String meaning;

  // TODO(#15): take leg_pain, peg, odi and pgic from ingest's Measure once it reads them.
  SymptomScale(String column, double min, double max, boolean whole, String meaning) {
    this.column = column;
    this.min = min;
    this.max = max;
    this.whole = whole;
    this.meaning = meaning;
  }

  SymptomScale(Measure measure) {
    this(measure.column(), measure.min(), measure.max(), measure.whole(), measure.meaning());
  }

  /** Returns the column name in symptoms.csv. */
  String column() {
    return column;
  }

  /** Returns the smallest valid value. */
  double min() {
    return min;
  }

  /** Returns the largest valid value. */
  double max() {
    return max;
  }

  /** Returns whether only whole numbers are valid. */
  boolean whole() {
    return whole;
  }

  /** Returns what the measure is, as said in reject reasons. */
  String meaning() {
    return meaning;
  }
}

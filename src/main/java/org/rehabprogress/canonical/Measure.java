package org.rehabprogress.canonical;

import java.util.List;

/**
 * The symptom measures of symptoms.csv, each with its column name, range, whether the patient
 * reports it (SPEC 3: a day with a self-reported entry is a logged day; a wearable's sleep alone is
 * not) and what it means. Declared in the order of SPEC section 1.
 */
public enum Measure {
  /** Pain, a 0-10 numeric rating of back or overall pain; the primary outcome. */
  PAIN("pain", 0, 10, false, true, "pain is a 0-10 numeric rating"),
  /** Leg (radicular) pain, a 0-10 numeric rating. */
  LEG_PAIN(
      "leg_pain", 0, 10, false, true, "leg_pain is a 0-10 numeric rating of leg (radicular) pain"),
  /** Anxiety, a 0-10 numeric rating. */
  ANXIETY("anxiety", 0, 10, false, true, "anxiety is a 0-10 numeric rating"),
  /** The GAD-7 questionnaire total, a whole number 0-21. */
  GAD7("gad7", 0, 21, true, true, "gad7 is the GAD-7 total, a whole number 0-21"),
  /** Hours asleep, 0-24; often recorded by a wearable, so not self-reported. */
  SLEEP_HOURS("sleep_hours", 0, 24, false, false, "sleep_hours is hours asleep, 0-24"),
  /**
   * Sleep quality, a 0-10 rating with 10 best; often scored by a wearable, so not self-reported.
   */
  SLEEP_QUALITY("sleep_quality", 0, 10, false, false, "sleep_quality is a 0-10 rating, 10 best"),
  /**
   * The PEG-3 score (pain intensity, interference with enjoyment of life and with general
   * activity), the mean of its three 0-10 items, so 0-10 in steps of a third.
   */
  PEG("peg", 0, 10, false, true, "peg is the PEG-3 score, the mean of its three 0-10 items, 0-10"),
  /**
   * The Oswestry Disability Index, 0-100 (a percentage; not always whole when items are left out).
   */
  ODI("odi", 0, 100, false, true, "odi is the Oswestry Disability Index, 0-100"),
  /**
   * The patient's global impression of change, a whole number 1-7: 1 very much improved, 4 no
   * change, 7 very much worse.
   */
  PGIC(
      "pgic",
      1,
      7,
      true,
      true,
      "pgic is the patient global impression of change, a whole number 1-7 (1 very much"
          + " improved, 7 very much worse)");

  /** All measures in column order. */
  public static final List<Measure> ALL = List.of(values());

  private final String column;
  private final double min;
  private final double max;
  private final boolean whole;
  private final boolean selfReported;
  private final String meaning;

  Measure(
      String column, double min, double max, boolean whole, boolean selfReported, String meaning) {
    this.column = column;
    this.min = min;
    this.max = max;
    this.whole = whole;
    this.selfReported = selfReported;
    this.meaning = meaning;
  }

  /** Returns the column name in symptoms.csv. */
  public String column() {
    return column;
  }

  /** Returns the smallest valid value. */
  public double min() {
    return min;
  }

  /** Returns the largest valid value. */
  public double max() {
    return max;
  }

  /** Returns whether only whole numbers are valid. */
  public boolean whole() {
    return whole;
  }

  /**
   * Returns whether the patient reports this measure, so that an entry of it makes the day logged
   * (SPEC 3: pain, leg_pain, anxiety, gad7, peg, odi, pgic; sleep values alone, often recorded by a
   * wearable, do not).
   */
  public boolean selfReported() {
    return selfReported;
  }

  /** Returns what the measure is, as said in reject reasons. */
  public String meaning() {
    return meaning;
  }

  /** Returns the measures' column names in column order, joined by ", " (for messages). */
  public static String columns() {
    return String.join(", ", ALL.stream().map(Measure::column).toList());
  }
}

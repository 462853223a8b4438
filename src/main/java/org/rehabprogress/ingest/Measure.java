package org.rehabprogress.ingest;

import java.util.List;

/** The symptom measures of symptoms.csv, each with its column name, range and what it means. */
public enum Measure {
  /** Pain, a 0-10 numeric rating; the primary outcome. */
  PAIN("pain", 0, 10, false, "pain is a 0-10 numeric rating"),
  /** Anxiety, a 0-10 numeric rating. */
  ANXIETY("anxiety", 0, 10, false, "anxiety is a 0-10 numeric rating"),
  /** The GAD-7 questionnaire total, a whole number 0-21. */
  GAD7("gad7", 0, 21, true, "gad7 is the GAD-7 total, a whole number 0-21"),
  /** Hours asleep, 0-24. */
  SLEEP_HOURS("sleep_hours", 0, 24, false, "sleep_hours is hours asleep, 0-24"),
  /** Sleep quality, a 0-10 rating with 10 best. */
  SLEEP_QUALITY("sleep_quality", 0, 10, false, "sleep_quality is a 0-10 rating, 10 best");

  /** All measures in column order. */
  public static final List<Measure> ALL = List.of(values());

  private final String column;
  private final double min;
  private final double max;
  private final boolean whole;
  private final String meaning;

  Measure(String column, double min, double max, boolean whole, String meaning) {
    this.column = column;
    this.min = min;
    this.max = max;
    this.whole = whole;
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

  /** Returns what the measure is, as said in reject reasons. */
  public String meaning() {
    return meaning;
  }
}

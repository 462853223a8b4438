package org.rehabprogress.ingest;

import java.util.Locale;

/** The units of medications.csv's daily_dose: milligrams a day, or micrograms an hour (a patch). */
public enum DoseUnit {
  /** Milligrams a day. */
  MG_A_DAY("mg"),
  /** Micrograms an hour, the rate a transdermal patch is labelled with. */
  MCG_AN_HOUR("mcg/h");

  private final String text;

  DoseUnit(String text) {
    this.text = text;
  }

  /** Returns the unit as written in medications.csv: {@code mg} or {@code mcg/h}. */
  public String text() {
    return text;
  }

  /** Returns the unit written as {@code text} (any case, trimmed), or null when it is neither. */
  public static DoseUnit of(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (DoseUnit unit : values()) {
      if (unit.text.equals(t)) {
        return unit;
      }
    }
    return null;
  }
}

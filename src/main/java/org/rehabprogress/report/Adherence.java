package org.rehabprogress.report;

import org.rehabprogress.analysis.PatientSummary;

/**
 * The low-impact adherence figure as the pages show it: minutes per week, but never a zero that
 * only stands for minutes nobody recorded (SPEC section 4). Entries without a duration count as
 * exposures and add no minutes, so the figure says how many entries it could not time.
 */
final class Adherence {

  private Adherence() {}

  /**
   * Returns {@code 341 min/week}; {@code 4 entries, minutes unknown for 4} when no low-impact entry
   * of the month has a duration; {@code at least 120 min/week (6 entries, minutes unknown for 2)}
   * when some have none.
   */
  static String lowImpact(PatientSummary s, PatientContext c) {
    int unknown = c.lowImpactWithoutMinutes();
    if (unknown == 0) {
      return Figures.whole(s.lowImpactMinPerWeek(), "min/week");
    }
    String entries =
        Figures.count(c.lowImpactEntries(), "entry", "entries")
            + ", minutes unknown for "
            + unknown;
    if (unknown == c.lowImpactEntries()) {
      return entries;
    }
    return "at least " + Figures.whole(s.lowImpactMinPerWeek(), "min/week") + " (" + entries + ")";
  }

  /**
   * Returns the overview's cell, whose header gives the unit: {@code 341}; {@code 4 entries,
   * minutes unknown for 4}; {@code ≥ 120 (minutes unknown for 2 of 6 entries)}.
   */
  static String lowImpactCell(PatientSummary s, PatientContext c) {
    int unknown = c.lowImpactWithoutMinutes();
    if (unknown == 0) {
      return Figures.whole(s.lowImpactMinPerWeek());
    }
    if (unknown == c.lowImpactEntries()) {
      return lowImpact(s, c);
    }
    return "\u2265 "
        + Figures.whole(s.lowImpactMinPerWeek())
        + " (minutes unknown for "
        + unknown
        + " of "
        + Figures.count(c.lowImpactEntries(), "entry", "entries")
        + ")";
  }
}

package org.rehabprogress.analysis;

import org.rehabprogress.stats.Ratio;

/**
 * The month figures of SPEC section 3 over the days of M on or after start ({@code from .. end}),
 * computed exactly from the minutes as written.
 *
 * @param days the number of those days, at least 1
 * @param lowImpactMinutes low-impact minutes on those days, exactly
 * @param flaggedEntries flagged activity entries on those days
 * @param daysLogged those days with a self-reported symptom entry
 */
record Month(int days, Ratio lowImpactMinutes, int flaggedEntries, int daysLogged) {

  /** Returns the month figures over the epoch days {@code from .. end}. */
  static Month of(Days days, int from, int end) {
    int flagged = 0;
    int logged = 0;
    int first = days.index(from);
    int last = days.index(end);
    for (int i = first; i <= last; i++) {
      flagged += days.flaggedEntries[i];
      logged += days.logged[i] ? 1 : 0;
    }
    return new Month(end - from + 1, days.lowImpact.total(first, last), flagged, logged);
  }

  /** Returns {@code low-impact minutes / (days / 7)}, that is {@code 7 * minutes / days}. */
  double lowImpactMinPerWeek() {
    return lowImpactMinutes.times(7).divide(days).toDouble();
  }

  /** Returns {@code 100 * days logged / days}. */
  double completenessPct() {
    return Ratio.of(100L * daysLogged, days).toDouble();
  }
}

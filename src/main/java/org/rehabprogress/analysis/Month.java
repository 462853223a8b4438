package org.rehabprogress.analysis;

/**
 * The month figures of SPEC section 3 over the days of M on or after start ({@code from .. end}).
 *
 * @param days the number of those days, at least 1
 * @param lowImpactMinutes low-impact minutes on those days
 * @param flaggedEntries flagged activity entries on those days
 * @param daysLogged those days with any symptom entry
 */
record Month(int days, double lowImpactMinutes, int flaggedEntries, int daysLogged) {

  /** Returns the month figures over the epoch days {@code from .. end}. */
  static Month of(Days days, int from, int end) {
    double minutes = 0;
    int flagged = 0;
    int logged = 0;
    for (int i = days.index(from), last = days.index(end); i <= last; i++) {
      minutes += days.lowImpactMinutes[i];
      flagged += days.flaggedEntries[i];
      logged += days.logged[i] ? 1 : 0;
    }
    return new Month(end - from + 1, minutes, flagged, logged);
  }

  /** Returns {@code low-impact minutes / (days / 7)}. */
  double lowImpactMinPerWeek() {
    return lowImpactMinutes / (days / 7.0);
  }

  /** Returns {@code 100 * days logged / days}. */
  double completenessPct() {
    return 100.0 * daysLogged / days;
  }
}

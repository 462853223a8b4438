package org.rehabprogress.sample;

/**
 * How a patient's pain and anxiety run, the hidden truth behind the diary.
 *
 * @param painStart the pain level at the start of treatment, 0-10
 * @param painEnd the pain level the trend reaches on the last day, 0-10
 * @param early whether most of the change comes early (then a plateau) rather than evenly
 * @param flaggedEffect how much higher pain is the day after a flagged activity, in points
 * @param lowImpactEffect how much lower pain is the day after low-impact activity, in points
 * @param anxietyStart the anxiety level at the start, 0-10
 * @param epiduralDay the day offset of an epidural injection (relief for some weeks), or -1
 * @param epiduralRelief the points of relief just after the injection
 */
record Course(
    double painStart,
    double painEnd,
    boolean early,
    double flaggedEffect,
    double lowImpactEffect,
    double anxietyStart,
    int epiduralDay,
    double epiduralRelief) {

  /** Returns the trend pain level on day offset {@code day} of a course {@code span} days long. */
  double trend(int day, int span) {
    double u = span == 0 ? 1.0 : (double) day / span;
    double shape = early ? 1.0 - (1.0 - u) * (1.0 - u) : u;
    double relief = 0.0;
    if (epiduralDay >= 0 && day >= epiduralDay + 2) {
      // Epidural steroid relief is temporary: weeks, not months.
      relief = epiduralRelief * Math.exp(-(day - epiduralDay - 2) / 14.0);
    }
    return painStart + (painEnd - painStart) * shape - relief;
  }
}

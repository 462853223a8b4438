package org.rehabprogress.chart;

/**
 * Pain across patients in one week since start, a point of the trajectories chart.
 *
 * @param week the week since start, 0 for the first 7 days
 * @param patients the number of patients with pain that week, at least 1
 * @param mean the mean of the patients' weekly mean pain (0-10)
 * @param lowerQuartile the 25th percentile of the patients' weekly pain, at most the upper one
 * @param upperQuartile the 75th percentile of the patients' weekly pain
 */
public record WeeklyPain(
    int week, int patients, double mean, double lowerQuartile, double upperQuartile) {

  /** Checks the week, the count and the order of the quartiles. */
  public WeeklyPain {
    if (week < 0) {
      throw new IllegalArgumentException("week must be 0 or more, got " + week);
    }
    if (patients < 1) {
      throw new IllegalArgumentException("week " + week + ": patients must be at least 1");
    }
    if (!Double.isFinite(mean)
        || !Double.isFinite(lowerQuartile)
        || !Double.isFinite(upperQuartile)
        || lowerQuartile > upperQuartile) {
      throw new IllegalArgumentException(
          "week " + week + ": mean and quartiles must be finite, quartiles in order");
    }
  }
}

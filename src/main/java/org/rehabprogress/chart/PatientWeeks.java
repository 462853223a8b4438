package org.rehabprogress.chart;

import java.util.Arrays;

/**
 * One patient's mean pain per week since start, a thin line of the trajectories chart.
 *
 * @param pain the mean pain of week {@code i} at index {@code i}, NaN for a week without pain;
 *     copied on the way in and out
 */
public record PatientWeeks(double[] pain) {

  /** Copies the array. */
  public PatientWeeks {
    pain = pain.clone();
  }

  /** Returns a copy of the weekly pain. */
  @Override
  public double[] pain() {
    return pain.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatientWeeks weeks && Arrays.equals(weeks.pain, pain);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pain);
  }

  @Override
  public String toString() {
    return "PatientWeeks" + Arrays.toString(pain);
  }
}

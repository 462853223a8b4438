package org.rehabprogress.chart;

import java.util.Objects;

/**
 * The responders of one site, a bar of the responders-by-site chart.
 *
 * @param site the site's name
 * @param patients the patients of the site counted, at least 1
 * @param improved those with status IMPROVED, 0 to {@code patients}
 * @param low the lower end of the Wilson 95% interval of the share, 0 to 1
 * @param high the upper end of the Wilson 95% interval of the share, 0 to 1
 */
public record SiteShare(String site, int patients, int improved, double low, double high) {

  /** Checks the counts and that the interval holds the share. */
  public SiteShare {
    Objects.requireNonNull(site, "site");
    if (patients < 1 || improved < 0 || improved > patients) {
      throw new IllegalArgumentException(
          site + ": " + improved + " improved of " + patients + " is not a count of patients");
    }
    double share = (double) improved / patients;
    if (!(low >= 0 && low <= share + 1e-12 && high >= share - 1e-12 && high <= 1)) {
      throw new IllegalArgumentException(
          site + ": interval " + low + " .. " + high + " does not hold the share " + share);
    }
  }

  /** Returns {@code improved / patients}. */
  public double share() {
    return (double) improved / patients;
  }
}

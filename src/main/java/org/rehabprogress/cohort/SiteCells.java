package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;

/**
 * One row of responders by site as shown.
 *
 * @param site the site, or null for the patients without one
 * @param responders the site's responders among its patients with enough data
 */
public record SiteCells(String site, ProportionCells responders) {

  /** Returns whether any figure of the row is shown, i.e. worth plotting. */
  public boolean plotted() {
    Cell share = responders.share();
    return share.shown();
  }
}

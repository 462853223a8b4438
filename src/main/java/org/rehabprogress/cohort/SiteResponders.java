package org.rehabprogress.cohort;

import org.rehabprogress.stats.Wilson;

/**
 * Responders at one site among its patients with enough data.
 *
 * @param site the patients.csv site, or null for the patients without one
 * @param responders improved of those with enough data, with the Wilson 95% interval
 */
public record SiteResponders(String site, Wilson.Interval responders) {}

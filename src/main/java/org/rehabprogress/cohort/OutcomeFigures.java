package org.rehabprogress.cohort;

import java.util.Objects;
import org.rehabprogress.stats.WilcoxonResult;
import org.rehabprogress.stats.Wilson;

/**
 * The FBSS outcome panel across patients (SPEC 3c, 5) at full precision, before any small cell is
 * suppressed.
 *
 * @param legPainResponders leg pain IMPROVED (its own status) among the patients with enough leg
 *     pain data, with the Wilson 95% interval
 * @param legPainRespondersItt leg pain IMPROVED among every analysed patient with a leg pain entry,
 *     those without enough leg pain data counted as non-responders
 * @param odiPatients the patients with an ODI baseline and current figure
 * @param odiChange the signed-rank test of their ODI changes (current - baseline) with the
 *     Hodges-Lehmann estimate
 */
public record OutcomeFigures(
    Wilson.Interval legPainResponders,
    Wilson.Interval legPainRespondersItt,
    int odiPatients,
    WilcoxonResult odiChange) {

  /** Checks for nulls. */
  public OutcomeFigures {
    Objects.requireNonNull(legPainResponders, "legPainResponders");
    Objects.requireNonNull(legPainRespondersItt, "legPainRespondersItt");
    Objects.requireNonNull(odiChange, "odiChange");
  }
}

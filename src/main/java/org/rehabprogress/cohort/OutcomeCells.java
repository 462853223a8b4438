package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;

/**
 * The FBSS outcome panel across patients as it may be shown (SPEC 3c, 5): the leg pain responders
 * by the rules of the pain responders, the ODI change by the rules of a signed-rank test.
 *
 * @param legPainResponders leg pain improved among the patients with enough leg pain data
 * @param legPainRespondersItt leg pain improved among every patient with a leg pain entry
 * @param odiPatients the patients with an ODI baseline and current figure
 * @param odiChange the signed-rank test of their ODI changes
 */
public record OutcomeCells(
    ProportionCells legPainResponders,
    ProportionCells legPainRespondersItt,
    Cell odiPatients,
    EffectCells odiChange) {}

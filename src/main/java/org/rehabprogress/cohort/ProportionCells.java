package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;

/**
 * A proportion as shown: the number of patients, the number improved, the share and its Wilson 95%
 * interval, each a value or suppressed.
 *
 * @param n the patients counted
 * @param improved those with status IMPROVED
 * @param share {@code improved / n}
 * @param ciLow the interval's lower bound
 * @param ciHigh the interval's upper bound
 */
public record ProportionCells(Cell n, Cell improved, Cell share, Cell ciLow, Cell ciHigh) {}

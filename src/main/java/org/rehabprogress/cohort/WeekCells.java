package org.rehabprogress.cohort;

import org.rehabprogress.privacy.Cell;

/**
 * One week of the pain trajectory as shown.
 *
 * @param week the week since start, from 0
 * @param patients the patients with pain in the week
 * @param mean the mean of their weekly means
 * @param q1 the first quartile
 * @param q3 the third quartile
 */
public record WeekCells(int week, Cell patients, Cell mean, Cell q1, Cell q3) {}

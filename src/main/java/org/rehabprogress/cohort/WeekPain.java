package org.rehabprogress.cohort;

/**
 * Pain in one week since start across patients: each patient's mean daily pain in the week, then
 * their mean and quartiles (R's {@code quantile}, type 7).
 *
 * @param week the week since start, 0 for days {@code start .. start+6}
 * @param patients the patients with pain in the week
 * @param mean the mean of their weekly means, NaN when none
 * @param q1 the first quartile, NaN when none
 * @param q3 the third quartile, NaN when none
 */
public record WeekPain(int week, int patients, double mean, double q1, double q3) {}

/**
 * The cohort analysis of SPEC section 5: every patient through the per-patient analysis over the
 * whole log, then the figures across patients and their small-cell suppression.
 *
 * <p>Entry class: {@link org.rehabprogress.cohort.CohortAnalysis}: {@code analyse(Dataset,
 * ActivityCatalog, CohortParameters)} returns a {@link org.rehabprogress.cohort.CohortResult};
 * {@link org.rehabprogress.cohort.CohortCells#of} turns it into the figures as they may be shown.
 * Pure: no I/O, no clock, no console.
 *
 * <p>A package of its own rather than part of {@code analysis}: {@code analysis} is the map step, a
 * function of one patient's columns; this is the reduce step over the per-patient table ({@link
 * org.rehabprogress.cohort.CohortStatistics} needs only {@link
 * org.rehabprogress.cohort.CohortPatient} rows), the part a distributed engine runs once after
 * grouping by patient (SPEC section 10): {@link org.rehabprogress.cohort.CohortAnalysis#part} is
 * the map step over the patients of one task (a {@link org.rehabprogress.cohort.CohortPart}), and
 * {@link org.rehabprogress.cohort.CohortAnalysis#combine} places the parts' activity names in the
 * groups of the whole input and reduces. Zeros and ties across patients are decided on the exact
 * per-patient figures ({@code ExactTies}) before the signed-rank test. Uses {@code analysis},
 * {@code ingest}'s dataset (the column model, never its readers), {@code catalog}, {@code stats}
 * and {@code privacy}; never an I/O package or {@code cli} (ArchitectureTest). Used by {@code
 * pipeline}, {@code report}, {@code chart} and the Spark job.
 */
package org.rehabprogress.cohort;

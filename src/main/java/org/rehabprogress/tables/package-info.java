/**
 * Tablesaw, the data-frame library of the product's stack, behind one door (SPEC section 11): the
 * cohort's per-patient table as a Tablesaw {@code Table} ({@link
 * org.rehabprogress.tables.PatientTable}), the day-pair panel of SPEC 3b ({@link
 * org.rehabprogress.tables.DayPairTable}), the adjusted per-activity rows ({@link
 * org.rehabprogress.tables.ActivityEffectTable}) and the subgroups of {@code rehab cohort --by},
 * computed with Tablesaw's {@code summarize(...).by(...)} on that table ({@link
 * org.rehabprogress.tables.Subgroups}). Pure: no files, no clock.
 *
 * <p>Tablesaw's {@code Table} scans the class path when first used (0.6 s on a quiet machine, up to
 * 3 s under load), so only the paths that need a table come here: {@code rehab cohort --by}, the
 * Spark job with {@code --by}, and the researchers' entry point {@code api.CohortTables}. No class
 * outside this package and {@code api} names a Tablesaw type, and what this package returns to the
 * pipeline is the cohort's own records, so that a report or a plain cohort run never loads Tablesaw
 * (a test runs them with {@code -verbose:class}). Uses {@code cohort}, {@code analysis}, {@code
 * stats}, {@code privacy} (the cells as shown) and {@code report} (the per_patient.csv cells, so
 * the table holds what the file holds); used by {@code pipeline}, {@code spark} (through {@code
 * pipeline}) and {@code api}.
 */
package org.rehabprogress.tables;

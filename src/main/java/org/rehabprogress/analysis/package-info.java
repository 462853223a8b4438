/**
 * The per-patient analysis of SPEC section 3, a pure function of one patient's columns.
 *
 * <p>Entry class: {@link org.rehabprogress.analysis.PatientAnalysis}: {@code analyse(PatientLog,
 * monthStart, end)} returns a {@link org.rehabprogress.analysis.PatientResult} holding the
 * summary.csv figures ({@link org.rehabprogress.analysis.PatientSummary}), the verdict's rule, the
 * next-day comparisons, the flagged days, the daily series for charts and the adjusted comparison
 * of SPEC 3b ({@link org.rehabprogress.analysis.AdjustedComparison}: the day pairs as a panel,
 * {@link org.rehabprogress.analysis.DayPairs}; the class and per-activity models fitted by {@code
 * stats.NextDayModel}; the choice check, {@link org.rehabprogress.analysis.ChoiceCheck}), and the
 * FBSS outcome panel of SPEC 3c ({@link org.rehabprogress.analysis.OutcomePanel}: leg pain with its
 * own verdict, PEG and ODI with their important changes, the month's PGIC, the opioid dose in MME a
 * day from the patient's medications.csv rows, and the medication starts, stops and dose changes as
 * events). No I/O, no clock, no console; NaN stands for none in the summary, a reason for none in
 * the adjusted figures.
 *
 * <p>Figures are exact (SPEC section 3): one pass over the patient's symptom rows and one over the
 * activity rows fill primitive arrays indexed by day offset ({@code Days}), each measure's entries
 * summed per day as long counts of the smallest decimal unit ({@code DayColumn}, the decimals as
 * written recovered by {@code stats.Decimals}); every figure is then an exact fraction ({@code
 * stats.Ratio}) over those arrays, handed out as its exact-faithful double, whose rounding as shown
 * is the exact value's, so that every threshold and printed figure agrees with exact arithmetic.
 * Uses {@code ingest}'s dataset (the column model, never its readers), {@code canonical} (the
 * measures), {@code catalog} (activity classes), {@code medication} (MME a day with the CDC 2022
 * factors: pure, like {@code catalog}) and {@code stats} (Theil-Sen, rounding as shown); never an
 * I/O package or {@code cli} (ArchitectureTest). Used by {@code cohort}, {@code pipeline}, {@code
 * chart}, {@code report}, {@code privacy} and the Spark job.
 */
package org.rehabprogress.analysis;

/**
 * Opioid doses in morphine milligram equivalents (MME) a day, with the CDC 2022 conversion factors:
 * drug names in, MME out. Pure: no files, no clock, no console.
 *
 * <p>Entry classes: {@link org.rehabprogress.medication.Mme} ({@code of(Medication)}: what one
 * medications.csv row is in MME, a {@link org.rehabprogress.medication.Dose}) and {@link
 * org.rehabprogress.medication.DailyMme} ({@code of(rows, first, last)}: a patient's MME on each
 * day, as a step function, with exact sums over windows). {@link
 * org.rehabprogress.medication.Ingredient} holds the factors and their source; {@code DrugNames}
 * finds the opioid in a drug's free text. A package of its own, as {@code catalog} is for activity
 * names, because the analysis (MME windows), the report (medications listed), anonymise (the
 * ingredient kept) and the importers (opioid prescriptions) all need it, and none of them should
 * depend on another for it. Uses only ingest's {@code Medication} rows; used by analysis, report,
 * privacy and importer as their parts of issue 15 land.
 */
package org.rehabprogress.medication;

/**
 * Opioid doses in morphine milligram equivalents (MME) a day, with the CDC 2022 conversion factors:
 * drug names in, MME out. Pure: no files, no clock, no console.
 *
 * <p>Entry classes: {@link org.rehabprogress.medication.Mme} ({@code of(Medication)}: what one
 * medications.csv row is in MME, a {@link org.rehabprogress.medication.Dose}) and {@link
 * org.rehabprogress.medication.DailyMme} ({@code of(rows, first, last)}: a patient's MME on each
 * day, as a step function, with exact sums over windows); {@link
 * org.rehabprogress.medication.SharedName} gives a drug's name as an anonymised copy writes it (the
 * ingredient, read back as the same dose). {@link org.rehabprogress.medication.Ingredient} holds
 * the factors and their source; {@code DrugNames} finds the opioid in a drug's free text. A package
 * of its own, as {@code catalog} is for activity names, because the analysis (MME windows), the
 * report (medications listed), anonymise (the ingredient kept) and the importers (opioid
 * prescriptions) all need it, and none of them should depend on another for it. Uses only ingest's
 * {@code Medication} rows; used by analysis (MME windows, the medications and their changes),
 * report (the medications listed), privacy (the shared name) and importer.
 */
package org.rehabprogress.medication;

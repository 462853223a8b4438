/**
 * Anonymised exports (SPEC section 6): keyed pseudonyms, study or shifted dates, age bands, and the
 * small-cell rule for text that describes patients.
 *
 * <p>Entry class: {@link org.rehabprogress.privacy.ExportPlan}: {@code of(Dataset, catalog, key,
 * regime, minCell)} decides each patient's pseudonym ({@link org.rehabprogress.privacy.Pseudonym}),
 * date offset ({@link org.rehabprogress.privacy.StudyDates}, {@link
 * org.rehabprogress.privacy.DateShift}) and age band ({@link org.rehabprogress.privacy.AgeBand}),
 * the activity names ({@link org.rehabprogress.privacy.ActivityNaming}: the catalog's name, or
 * {@code unclassified}), the site codes ({@link org.rehabprogress.privacy.SiteCode}) and the sites
 * and sex values kept ({@link org.rehabprogress.privacy.Sharing}, by {@link
 * org.rehabprogress.privacy.MinCell}; a distributed engine gathers the same decisions one patient
 * at a time); {@link org.rehabprogress.privacy.AnonymisedLogs} and {@link
 * org.rehabprogress.privacy.AnonymisedTables} write the files to writers the caller opens and
 * closes, and {@link org.rehabprogress.privacy.Manifest} says what was done. No files, no clock, no
 * console.
 *
 * <p>Uses {@code ingest} (the column model), {@code catalog} (names and classes), {@code analysis}
 * (a patient's start, so the copy's start is the analysis's), {@code medication} (a drug's name as
 * shared: its recognised ingredient, never the free text), {@code canonical} (the canonical files'
 * names and headers, exact number text and the spreadsheet-formula guard, shared with the importers
 * and the report) and Commons CSV to quote cells; never {@code importer}. Used by {@code pipeline},
 * {@code cohort} (the small-cell rule), and by {@code report} for manifest.json.
 */
package org.rehabprogress.privacy;

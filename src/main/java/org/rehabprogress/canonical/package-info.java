/**
 * The canonical file format (SPEC section 1), in one place: the five files and their columns
 * ({@link org.rehabprogress.canonical.CanonicalFile}: name, header in canonical order, required and
 * optional columns), the symptom measures with their ranges ({@link
 * org.rehabprogress.canonical.Measure}), and the text of the cells the project writes ({@link
 * org.rehabprogress.canonical.Cells}: canonical decimals, and the spreadsheet-formula guard every
 * CSV output applies to text from input).
 *
 * <p>Pure: no I/O. Uses nothing of the project's and no library; used by {@code ingest} (what a
 * file must and may hold), {@code importer} (what an import writes), {@code privacy} (the
 * anonymised copy's files and numbers), {@code report} (the guard), {@code analysis} (the measures)
 * and the Spark job.
 */
package org.rehabprogress.canonical;

/**
 * Reads the canonical CSV files into patient-sorted primitive columns and an account of every row:
 * bytes in, typed columns, rejects and exact repeats out. Commons CSV sits here (and in the CSV
 * writers of report, importer and privacy).
 *
 * <p>Entry class: {@link org.rehabprogress.ingest.CanonicalReader}: {@code read(InputFolder,
 * ReadOptions)} returns a {@link org.rehabprogress.ingest.Dataset}: a {@link
 * org.rehabprogress.ingest.SymptomLog} and an {@link org.rehabprogress.ingest.ActivityLog} (rows
 * grouped by patient code in patient id order, then by day), the patients.csv rows, the events, a
 * {@link org.rehabprogress.ingest.FileLedger} per file (rows read = accepted + rejected + repeats),
 * the rejects and the repeats. It does I/O (it reads the files it is given); nothing else here does
 * but {@code CsvFile} and {@code RangeInputStream}, which it uses.
 *
 * <p>Inside: {@code CsvFile} reads a file's header and cuts its data into byte ranges; for each
 * range, on its own thread, {@code RowSplitter} cuts lines into cells and hands each row to a
 * {@code Piece} ({@code SymptomPiece}, {@code ActivityPiece}, {@code PatientPiece}, {@code
 * EventPiece}), which adds it from the bytes when its cells are in the common form ({@code
 * LineCells}, {@code DayCache}, {@code ByteCodes}, {@code LineHash}) and otherwise checks it as
 * text against the rules ({@code Numbers}, {@code Dates}, {@code PatientIds}, {@code Problem});
 * {@code Assembly} then moves the pieces' rows together ({@code Columns}), sorts them in place by
 * patient and day when they came in another order ({@code RowSort}), keeps the notes of the rows
 * that have any ({@code Notes}) and drops exact repeats ({@code Repeats}). {@link
 * org.rehabprogress.ingest.Records} runs the same row rules over records split by another reader (a
 * distributed engine's). Uses nothing of the project's but {@code catalog} (the catalog file,
 * names' matching keys); used by {@code pipeline}, {@code analysis}, {@code cohort}, {@code
 * report}, {@code privacy}, {@code importer} and {@code spark}.
 */
package org.rehabprogress.ingest;

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
 * the rejects and the repeats. It does I/O (it reads the files it is given) through the byte route,
 * {@code ingest.bytes}, alone.
 *
 * <p>Inside: {@code bytes.CsvFile} reads a file's header and cuts its data into byte ranges; for
 * each range, on its own thread, it splits lines into records and hands each to a {@code Piece}
 * (the {@code bytes.RowSink} that {@code SymptomPiece}, {@code ActivityPiece}, {@code
 * PatientPiece}, {@code EventPiece} and {@code MedicationPiece} extend), which adds it from the
 * bytes when its cells are in the common form ({@code bytes.Line}, {@code DayCache}, {@code
 * ByteCodes}) and otherwise checks it as text against the rules ({@code Numbers}, {@code Dates},
 * {@code PatientIds}, {@code Problem}); {@code Assembly} then moves the pieces' rows together
 * ({@code Columns}), sorts them in place by patient and day when they came in another order ({@code
 * RowSort}), keeps the notes of the rows that have any ({@code Notes}) and drops exact repeats
 * ({@code Repeats}). {@link org.rehabprogress.ingest.Records} runs the same row rules over records
 * split by another reader (a distributed engine's), and {@link org.rehabprogress.ingest.PartReader}
 * runs the whole byte route over the byte ranges one task of a distributed engine holds ({@link
 * org.rehabprogress.ingest.FileBytes}: a file wherever it lies, read as ranges on their own, {@code
 * bytes.CsvFile.range}), numbering lines on from range to range so that the engine can place them
 * in their files. What the files must and may hold is {@code canonical}'s ({@code CanonicalFile},
 * {@code Measure}).
 *
 * <p>Uses {@code canonical} (the format), {@code catalog} (the catalog file, names' matching keys)
 * and {@code ingest.bytes}; Commons CSV sits here and in the byte route (and in the CSV writers of
 * report, importer and privacy). Used by {@code pipeline}, {@code cli}, {@code medication}, {@code
 * importer} (the id rule, reject reasons, {@code InputFileException}), {@code privacy}, {@code
 * report}, {@code chart} and the Spark job; {@code analysis} and {@code cohort} use only the
 * dataset it hands over ({@code Dataset}, {@code SymptomLog}, {@code ActivityLog}, {@code
 * PatientInfo}, {@code PatientEvent}, {@code Medication} and the ledger's records), never its
 * readers.
 */
package org.rehabprogress.ingest;

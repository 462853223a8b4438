/**
 * Importers: exports of trackers, diaries and health records converted into canonical rows, and
 * those rows merged into a folder of canonical files.
 *
 * <p>Entry classes: {@link org.rehabprogress.importer.Importers} (the formats by command-line
 * name), each {@link org.rehabprogress.importer.Importer} (Apple Health, Fitbit, Garmin, Strava,
 * Bearable, FHIR, Synthea), and {@link org.rehabprogress.importer.CanonicalFolder} (the merge). An
 * importer reads its source and returns an {@link org.rehabprogress.importer.ImportBatch} in which
 * every source record read is a row, combined into a row, rejected with a reason, or skipped by
 * reason; it writes nothing. Uses Commons CSV, Jackson and StAX for the sources, {@code canonical}
 * for the files and columns it writes, the measures' ranges, canonical decimals and the
 * spreadsheet-formula guard ({@code RowCells} renders a row as its file's cells), {@code ingest}
 * for the id rule, reject reasons and {@code InputFileException}, {@code medication} for opioid
 * names and {@code files} for the folder swap. To add a format: implement {@code Importer}, count
 * each record once in a {@code RecordTally} (a row made of several records says how many), and list
 * the importer in {@code Importers}. Shared pieces, one of each: {@code SourceCsv} reads a source
 * CSV (its {@code readAll} counts, maps and rejects every record) and {@code OnePersonCsv} a
 * one-person CSV in whichever of its vendor's layouts its header shows; {@code
 * PatientIdRule.forOnePerson} gives a one-person export its id and refuses a vendor's default name
 * ({@code VendorNames}); {@code SleepTotals} sums sleep per patient and date; {@code SourceDates}
 * reads the dates exports write into {@code Stamp}s and dates them (range, time of day, UTC in the
 * user's zone); {@code ValueCap} and its three filters keep values over 1,000 characters from the
 * heap; {@code RowIdentity} says when two rows are one observation.
 */
package org.rehabprogress.importer;

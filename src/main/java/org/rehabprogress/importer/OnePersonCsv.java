package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads a CSV export of one person (Garmin's and Strava's activity lists): every record is mapped
 * for the patient id {@link PatientIdRule#forOnePerson} gives, a repeated header name means its
 * first column, and a record whose number of cells differs from the header's is rejected.
 */
final class OnePersonCsv {

  /** Maps one record for the export's patient. */
  interface Mapper {
    /** Adds what the record makes to the tally; returns null, or why it cannot be mapped. */
    Fault map(SourceCsv.Row row, String patientId, RecordTally tally);
  }

  private OnePersonCsv() {}

  /**
   * Reads the export.
   *
   * @param format the importer's format name
   * @param required columns the file must have
   * @param kind what the file should be, e.g. {@code a Garmin Connect activities.csv}
   * @throws InputFileException when the file is missing, empty, malformed or lacks a column
   * @throws ImportOptionException when the chosen patient id breaks the id rule
   */
  static ImportBatch read(
      String format,
      Path source,
      ImportOptions options,
      List<String> required,
      String kind,
      Mapper mapper)
      throws InputFileException, IOException {
    String patientId = PatientIdRule.forOnePerson(options, source);
    RecordTally tally = new RecordTally(format);
    SourceCsv.readAll(
        source,
        required,
        "name " + kind,
        SourceCsv.Names.FIRST_OF_REPEATS,
        tally,
        SourceCsv.complete(row -> mapper.map(row, patientId, tally)));
    return tally.batch();
  }
}

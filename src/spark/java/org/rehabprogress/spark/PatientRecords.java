package org.rehabprogress.spark;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.InputFileException;
import org.rehabprogress.ingest.Records;
import org.rehabprogress.ingest.Reject;

/**
 * One patient's records of every input file, read by the CLI's row rules ({@link Records}): the
 * same checks, rejects, exact repeats and columns as {@code rehab} gives those rows. Records of a
 * patient id that is not valid are grouped under the trimmed cell and rejected here like any other.
 */
final class PatientRecords {

  /**
   * Where a rejected row is.
   *
   * @param kind the input file's kind, by ordinal
   * @param fileIndex the part file it is in, by index
   * @param seq its order in that file
   * @param file the name of the file it is in
   * @param line its line (Parquet: row) when the engine can tell, else null
   */
  record Located(int kind, int fileIndex, long seq, String file, Long line) {}

  private final String patientId;
  private final List<List<Row>> byKind = new ArrayList<>();

  /** Starts an empty group for a patient id (the trimmed patient_id cell). */
  PatientRecords(String patientId) {
    this.patientId = patientId;
    for (int k = 0; k < CanonicalFile.values().length; k++) {
      byKind.add(new ArrayList<>());
    }
  }

  /** Returns the patient id the records were grouped by. */
  String patientId() {
    return patientId;
  }

  /** Adds a record row ({@link CanonicalRows#SCHEMA}), in file order. */
  void add(Row row) {
    byKind.get(row.getInt(CanonicalRows.KIND)).add(row);
  }

  /**
   * Reads the records.
   *
   * @param inputs the job's inputs, activities and symptoms first
   * @param dateFormat the --date-format pattern, or null
   */
  Dataset read(List<KindInput> inputs, DateTimeFormatter dateFormat) {
    Records.Source[] sources = new Records.Source[CanonicalFile.values().length];
    for (KindInput input : inputs) {
      List<Row> rows = byKind.get(input.kind().ordinal());
      List<Records.Record> records = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        List<String> cells = rows.get(i).getList(CanonicalRows.CELLS);
        // The line given is the record's place in this list, to find it again from a reject.
        records.add(new Records.Record(cells.toArray(String[]::new), i + 1));
      }
      sources[input.kind().ordinal()] =
          new Records.Source(input.name(), input.header(), input.decimalComma(), records);
    }
    try {
      return Records.read(
          sources[CanonicalFile.ACTIVITIES.ordinal()],
          sources[CanonicalFile.SYMPTOMS.ordinal()],
          sources[CanonicalFile.PATIENTS.ordinal()],
          sources[CanonicalFile.EVENTS.ordinal()],
          sources[CanonicalFile.MEDICATIONS.ordinal()],
          dateFormat);
    } catch (InputFileException e) {
      // The driver has read every header by the same rules before the job started.
      throw new IllegalStateException(e);
    }
  }

  /** Returns a reject of {@link #read}'s dataset with its file's own name and its line or row. */
  Located locate(Reject reject, List<KindInput> inputs) {
    for (KindInput input : inputs) {
      if (input.name().equals(reject.file())) {
        Row row = byKind.get(input.kind().ordinal()).get(Math.toIntExact(reject.line() - 1));
        Long line = row.isNullAt(CanonicalRows.LINE) ? null : row.getLong(CanonicalRows.LINE);
        int file = row.getInt(CanonicalRows.FILE);
        return new Located(
            input.kind().ordinal(),
            file,
            row.getLong(CanonicalRows.SEQ),
            input.fileNames().get(file),
            line);
      }
    }
    throw new IllegalArgumentException("a reject of no input file: " + reject.file());
  }
}

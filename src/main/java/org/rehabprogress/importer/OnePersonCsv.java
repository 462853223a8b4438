package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabprogress.ingest.InputFileException;

/**
 * Reads a CSV export of one person (Garmin's and Strava's activity lists) in whichever of its
 * vendor's layouts its header shows: every record is mapped for the patient id {@link
 * PatientIdRule#forOnePerson} gives, a repeated header name means its first column, and a record
 * whose number of cells differs from the header's is rejected.
 */
final class OnePersonCsv {

  /** Maps one record for the export's patient. */
  interface Mapper {
    /** Adds what the record makes to the tally; returns null, or why it cannot be mapped. */
    Fault map(SourceCsv.Row row, String patientId, RecordTally tally);
  }

  /**
   * One layout of a vendor's file, recognised by the columns its header names.
   *
   * @param description the layout as messages name it, e.g. {@code Activity Type, Date and Time}
   * @param required the columns that tell the layout apart
   * @param mapper maps a record of the layout
   */
  record Layout(String description, List<String> required, Mapper mapper) {
    /** Copies the list. */
    Layout {
      required = List.copyOf(required);
    }
  }

  private OnePersonCsv() {}

  /**
   * Reads the export in the first layout whose columns its header names.
   *
   * @param format the importer's format name
   * @param vendor who names the export, for the patient id's message
   * @param layouts the vendor's layouts, in the order they are tried
   * @param kind what the file should be, e.g. {@code a Garmin Connect activities.csv}
   * @throws InputFileException when the file is missing, empty, malformed or in none of the layouts
   * @throws ImportOptionException when the chosen patient id breaks the id rule, or none is chosen
   *     for a file with the vendor's default name
   */
  static ImportBatch read(
      String format,
      Path source,
      ImportOptions options,
      String vendor,
      List<Layout> layouts,
      String kind)
      throws InputFileException, IOException {
    String patientId = PatientIdRule.forOnePerson(options, source, vendor);
    RecordTally tally = new RecordTally(format);
    String name = source.toString();
    try (SourceCsv csv =
        SourceCsv.open(source, name, List.of(), "name " + kind, SourceCsv.Names.FIRST_OF_REPEATS)) {
      Layout layout = null;
      for (Layout candidate : layouts) {
        if (candidate.required().stream().allMatch(csv::has)) {
          layout = candidate;
          break;
        }
      }
      if (layout == null) {
        throw new InputFileException(
            name,
            csv.empty() ? 0 : 1,
            csv.empty()
                ? "the file is empty"
                : "the header has the columns of none of the layouts rehab reads ("
                    + layouts.stream().map(Layout::description).collect(Collectors.joining("; "))
                    + ")",
            "name " + kind);
      }
      Mapper mapper = layout.mapper();
      csv.each(
          tally,
          String.valueOf(source.getFileName()),
          SourceCsv.complete(row -> mapper.map(row, patientId, tally)));
    }
    return tally.batch();
  }
}

package org.rehabprogress.ingest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads canonical rows that some other CSV parser has already split into cells (a distributed
 * engine's reader, say) with exactly the rules of {@link CanonicalReader}: the same checks,
 * rejects, duplicates and patient-sorted columns. Used to run one patient's rows at a time.
 */
public final class Records {

  /**
   * One record of a canonical file.
   *
   * @param cells the record's cells, as many as the header has
   * @param line the record's line in its file, or 0 when the reader cannot tell
   */
  public record Record(String[] cells, long line) {}

  /**
   * One canonical file as records.
   *
   * @param name the file's name, e.g. {@code symptoms.csv}
   * @param header the header cells
   * @param decimalComma whether the file was semicolon-separated (a decimal comma is then valid)
   * @param records the data records in file order
   */
  public record Source(
      String name, List<String> header, boolean decimalComma, List<Record> records) {
    /** Copies the lists. */
    public Source {
      header = List.copyOf(header);
      records = List.copyOf(records);
    }
  }

  private Records() {}

  /**
   * Reads sources into a dataset.
   *
   * @param activities activities.csv
   * @param symptoms symptoms.csv
   * @param patients patients.csv, or null
   * @param events events.csv, or null
   * @param dateFormat the --date-format pattern, or null
   * @throws InputFileException when a header lacks a required column
   */
  public static Dataset read(
      Source activities,
      Source symptoms,
      Source patients,
      Source events,
      DateTimeFormatter dateFormat)
      throws InputFileException {
    List<String> warnings = new ArrayList<>();
    Header ha = header(activities, FileKind.ACTIVITIES, warnings);
    Header hs = header(symptoms, FileKind.SYMPTOMS, warnings);
    ActivityPiece a =
        feed(
            new ActivityPiece(
                activities.name(), activities.decimalComma(), ha, dateFormat, region(activities)),
            activities);
    SymptomPiece s =
        feed(
            new SymptomPiece(
                symptoms.name(), symptoms.decimalComma(), hs, dateFormat, region(symptoms)),
            symptoms);
    PatientPiece p = null;
    if (patients != null) {
      Header hp = header(patients, FileKind.PATIENTS, warnings);
      p = feed(new PatientPiece(patients.name(), patients.decimalComma(), hp, 0), patients);
    }
    EventPiece e = null;
    if (events != null) {
      Header he = header(events, FileKind.EVENTS, warnings);
      e = feed(new EventPiece(events.name(), events.decimalComma(), he, dateFormat), events);
    }
    return Assembly.dataset(
        new Assembly.Parts<>(activities.name(), 0, List.of(a)),
        new Assembly.Parts<>(symptoms.name(), 0, List.of(s)),
        p == null ? null : new Assembly.Parts<>(patients.name(), 0, List.of(p)),
        e == null ? null : new Assembly.Parts<>(events.name(), 0, List.of(e)),
        warnings);
  }

  private static Region region(Source source) {
    return Region.own(source.records().size() + 1);
  }

  private static <P extends Piece> P feed(P piece, Source source) {
    for (Record record : source.records()) {
      piece.accept(record.cells(), Math.toIntExact(record.line()));
    }
    return piece;
  }

  private static Header header(Source source, FileKind kind, List<String> warnings)
      throws InputFileException {
    Header header = Header.of(source.header(), kind, source.name());
    if (!header.unknown().isEmpty()) {
      warnings.add(Header.unknownWarning(source.name(), header));
    }
    return header;
  }
}

package org.rehabprogress.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.bytes.CsvFault;
import org.rehabprogress.ingest.bytes.CsvFile;

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

  /**
   * A file's header row as the CLI reads it.
   *
   * @param cells the header cells
   * @param delimiter the separator: ',' or, when the header has more semicolons than commas, ';'
   * @param dataStart the offset of the first byte after the header row (and the byte-order mark)
   * @param headerLines the lines the header row spans (the first data line is this plus one)
   */
  public record Head(List<String> cells, char delimiter, long dataStart, long headerLines) {
    /** Copies the list. */
    public Head {
      cells = List.copyOf(cells);
    }

    /** Returns a header of these cells and separator, where the data's place is not known. */
    public Head(List<String> cells, char delimiter) {
      this(cells, delimiter, 0, 1);
    }

    /** Returns whether another file's header has the same cells and separator. */
    public boolean sameColumns(Head other) {
      return cells.equals(other.cells) && delimiter == other.delimiter;
    }

    /** Returns whether the file is semicolon-separated, so that a decimal comma is valid. */
    public boolean decimalComma() {
      return delimiter == ';';
    }
  }

  private Records() {}

  /**
   * Reads a file's header from its first bytes exactly as the CLI does: a byte-order mark is
   * skipped, the separator detected, the header row split.
   *
   * @param prefix the file's first bytes (up to 1 MB, or the whole file when smaller)
   * @param size the file's size in bytes
   * @param display the file as the user named it, for messages
   * @throws InputFileException when the file is empty, its header is not UTF-8, malformed, or
   *     longer than 1 MB
   */
  public static Head head(byte[] prefix, long size, String display) throws InputFileException {
    try {
      CsvFile.Head head = CsvFile.head(prefix, size, display);
      return new Head(head.cells(), head.delimiter(), head.dataStart(), head.headerLines());
    } catch (CsvFault fault) {
      throw InputFileException.of(fault);
    } catch (CharacterCodingException e) {
      throw new InputFileException(
          display,
          1,
          "bytes that are not UTF-8 text in the header row",
          "save or export the file again as UTF-8");
    }
  }

  /**
   * Splits the text of one record as the CLI's parser does (RFC 4180 quoting), for a record another
   * parser could not split to the header's width.
   *
   * @param text the record's text, without its line end
   * @param delimiter the file's separator
   * @param display the file as the user named it, for messages
   * @throws InputFileException when the text is malformed CSV, as the CLI would stop on it
   */
  public static String[] split(String text, char delimiter, String display)
      throws InputFileException {
    try (CSVParser parser = CsvFile.format(delimiter).parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().values() : new String[] {""};
    } catch (UncheckedIOException e) {
      throw InputFileException.of(CsvFile.malformed(display, 0, e.getCause()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads sources into a dataset, without medications.csv.
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
    return read(activities, symptoms, patients, events, null, dateFormat);
  }

  /**
   * Reads sources into a dataset.
   *
   * @param activities activities.csv
   * @param symptoms symptoms.csv
   * @param patients patients.csv, or null
   * @param events events.csv, or null
   * @param medications medications.csv, or null
   * @param dateFormat the --date-format pattern, or null
   * @throws InputFileException when a header lacks a required column
   */
  public static Dataset read(
      Source activities,
      Source symptoms,
      Source patients,
      Source events,
      Source medications,
      DateTimeFormatter dateFormat)
      throws InputFileException {
    List<String> warnings = new ArrayList<>();
    Header ha = header(activities, CanonicalFile.ACTIVITIES, warnings);
    Header hs = header(symptoms, CanonicalFile.SYMPTOMS, warnings);
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
      Header hp = header(patients, CanonicalFile.PATIENTS, warnings);
      p = feed(new PatientPiece(patients.name(), patients.decimalComma(), hp, 0), patients);
    }
    EventPiece e = null;
    if (events != null) {
      Header he = header(events, CanonicalFile.EVENTS, warnings);
      e = feed(new EventPiece(events.name(), events.decimalComma(), he, dateFormat), events);
    }
    MedicationPiece m = null;
    if (medications != null) {
      Header hm = header(medications, CanonicalFile.MEDICATIONS, warnings);
      m =
          feed(
              new MedicationPiece(medications.name(), medications.decimalComma(), hm, dateFormat),
              medications);
    }
    return Assembly.dataset(
        new Assembly.Parts<>(activities.name(), 0, List.of(a)),
        new Assembly.Parts<>(symptoms.name(), 0, List.of(s)),
        p == null ? null : new Assembly.Parts<>(patients.name(), 0, List.of(p)),
        e == null ? null : new Assembly.Parts<>(events.name(), 0, List.of(e)),
        m == null ? null : new Assembly.Parts<>(medications.name(), 0, List.of(m)),
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

  private static Header header(Source source, CanonicalFile kind, List<String> warnings)
      throws InputFileException {
    Header header = Header.of(source.header(), kind, source.name());
    if (!header.unknown().isEmpty()) {
      warnings.add(Header.unknownWarning(source.name(), header));
    }
    return header;
  }
}

package org.rehabprogress.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rehabprogress.ingest.Duplicate;
import org.rehabprogress.ingest.Reject;

/** Writes rejects.csv ({@code file,line,column,value,reason}) and duplicates.csv. */
public final class RejectsCsv {

  private RejectsCsv() {}

  /** Writes every reject, in the given order, to a writer the caller opens and closes. */
  public static void write(List<Reject> rejects, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, format("file", "line", "column", "value", "reason"));
    for (Reject r : rejects) {
      printer.printRecord(
          CsvCells.text(r.file()),
          r.line(),
          CsvCells.text(r.column()),
          CsvCells.text(r.value()),
          CsvCells.text(r.reason()));
    }
    printer.flush();
  }

  /** Writes every exact repeat ({@code file,line,repeats_line}). */
  public static void writeDuplicates(List<Duplicate> duplicates, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, format("file", "line", "repeats_line"));
    for (Duplicate d : duplicates) {
      printer.printRecord(CsvCells.text(d.file()), d.line(), d.firstLine());
    }
    printer.flush();
  }

  static CSVFormat format(String... header) {
    return CsvCells.FORMAT.builder().setHeader(header).get();
  }
}

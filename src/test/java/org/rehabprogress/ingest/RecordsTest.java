package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows split by another parser go through the same rules as files read by CanonicalReader. */
class RecordsTest {

  @TempDir Path dir;

  private static Records.Source source(String name, String text) throws Exception {
    List<String> header = new ArrayList<>();
    List<Records.Record> records = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      long next = 1;
      for (CSVRecord record : parser) {
        long line = next;
        next = parser.getCurrentLineNumber() + 1;
        if (header.isEmpty()) {
          header.addAll(record.toList());
        } else {
          records.add(new Records.Record(record.values(), line));
        }
      }
    }
    return new Records.Source(name, header, false, records);
  }

  @Test
  void givesTheSameDatasetAsReadingTheFiles() throws Exception {
    String symptoms = PiecesTestData.symptoms(11, 1500);
    String activities =
        CanonicalReaderTest.ACTIVITIES
            + "P001,2026-01-02,Golf,30,,\nP001,2026-01-02,Golf,30,,\nP000,2026-01-01,Walk,,x,\n";
    String patients = "patient_id,treatment_start\nP000,2026-01-01\nP000,2026-01-02\n";
    String events = "patient_id,date,event\nP001,2026-01-03,injection\n";
    CanonicalReaderTest.write(dir, "symptoms.csv", symptoms);
    CanonicalReaderTest.write(dir, "activities.csv", activities);
    CanonicalReaderTest.write(dir, "patients.csv", patients);
    CanonicalReaderTest.write(dir, "events.csv", events);
    Dataset files = CanonicalReaderTest.read(dir);
    Dataset records =
        Records.read(
            source("activities.csv", activities),
            source("symptoms.csv", symptoms),
            source("patients.csv", patients),
            source("events.csv", events),
            null);
    assertEquals(PiecesTestData.describe(files), PiecesTestData.describe(records));
    assertEquals(files.ledgers(), records.ledgers());
    assertEquals(files.events(), records.events());
    assertEquals(files.patients(), records.patients());
  }

  @Test
  void readsAHeaderAsTheFileReaderDoes() throws Exception {
    byte[] prefix =
        "\uFEFFpatient_id;date;\"pain\"\nP1;2026-01-01;7,5\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Records.Head head = Records.head(prefix, prefix.length, "symptoms.csv");
    assertEquals(List.of("patient_id", "date", "pain"), head.cells());
    assertEquals(';', head.delimiter());
    assertEquals(true, head.decimalComma());
  }

  @Test
  void namesAHeaderThatIsNotUtf8() {
    byte[] prefix = {'p', 'a', (byte) 0xC3, '\n'};
    InputFileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InputFileException.class, () -> Records.head(prefix, prefix.length, "a.csv"));
    assertEquals(
        "a.csv:1: bytes that are not UTF-8 text in the header row;"
            + " save or export the file again as UTF-8",
        e.getMessage());
  }

  @Test
  void splitsARecordAsTheFileReaderDoes() throws Exception {
    assertEquals(
        List.of("P1", "a, b", "say \"hi\"", ""),
        List.of(Records.split("P1,\"a, b\",\"say \"\"hi\"\"\",", ',', "a.csv")));
    assertEquals(List.of(""), List.of(Records.split("", ',', "a.csv")));
  }

  @Test
  void stopsOnARecordTheFileReaderCannotSplit() {
    InputFileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InputFileException.class, () -> Records.split("P1,\"a\"b,c", ',', "a.csv"));
    assertEquals(
        "a.csv:0: text follows the closing quote of a quoted cell;"
            + " quote the whole cell, and write a quote inside a quoted cell as \"\"",
        e.getMessage());
  }
}

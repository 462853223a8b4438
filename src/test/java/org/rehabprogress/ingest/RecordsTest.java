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
import org.rehabprogress.canonical.Measure;

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
  void givesTheSameOutcomeMeasuresAsReadingTheFiles() throws Exception {
    // Every new measure, with values in range, at the edges, out of range and not whole, and a
    // file without some measures (their columns are then absent in both routes).
    String symptoms =
        "patient_id,date,pgic,leg_pain,odi,peg,notes\n"
            + "P000,2026-01-01,1,0,0,0,\n"
            + "P000,2026-01-02,7,10,100,10,\n"
            + "P000,2026-01-03,4,6.5,44.44,6.33,\"a note, with a comma\"\n"
            + "P000,2026-01-04,8,,,,\n"
            + "P000,2026-01-05,2.5,,,,\n"
            + "P000,2026-01-06,0,,,,\n"
            + "P000,2026-01-07,,10.5,,,\n"
            + "P000,2026-01-08,,,101,,\n"
            + "P000,2026-01-09,,,,10.01,\n"
            + "P000,2026-01-10,,,,,just a note\n"
            + "P000,2026-01-11,,,62,,\n"
            + "P000,2026-01-11,,,62,,\n";
    String activities = CanonicalReaderTest.ACTIVITIES + "P000,2026-01-02,Golf,30,,\n";
    CanonicalReaderTest.write(dir, "symptoms.csv", symptoms);
    CanonicalReaderTest.write(dir, "activities.csv", activities);
    Dataset files = CanonicalReaderTest.read(dir);
    Dataset records =
        Records.read(
            source("activities.csv", activities),
            source("symptoms.csv", symptoms),
            null,
            null,
            null);
    assertEquals(allMeasures(files), allMeasures(records));
    assertEquals(files.ledgers(), records.ledgers());
    assertEquals(
        List.of(
            "symptoms.csv:5: pgic \"8\" is out of range 1-7; pgic is the patient global impression"
                + " of change, a whole number 1-7 (1 very much improved, 7 very much worse)",
            "symptoms.csv:6: pgic \"2.5\" is not a whole number; pgic is the patient global"
                + " impression of change, a whole number 1-7 (1 very much improved, 7 very much"
                + " worse)",
            "symptoms.csv:7: pgic \"0\" is out of range 1-7; pgic is the patient global impression"
                + " of change, a whole number 1-7 (1 very much improved, 7 very much worse)",
            "symptoms.csv:8: leg_pain \"10.5\" is out of range 0-10; leg_pain is a 0-10 numeric"
                + " rating of leg (radicular) pain",
            "symptoms.csv:9: odi \"101\" is out of range 0-100; odi is the Oswestry Disability"
                + " Index, 0-100",
            "symptoms.csv:10: peg \"10.01\" is out of range 0-10; peg is the PEG-3 score, the mean"
                + " of its three 0-10 items, 0-10",
            "symptoms.csv:11: the row has no symptom value; fill at least one of pain, leg_pain,"
                + " anxiety, gad7, sleep_hours, sleep_quality, peg, odi, pgic"),
        records.rejects().stream().map(Reject::describe).toList());
    assertEquals(new FileLedger("symptoms.csv", 12, 4, 7, 1), records.ledgers().get(1));
  }

  /** Every measure of every row (absent columns shown as such), then rejects and duplicates. */
  private static List<String> allMeasures(Dataset data) {
    List<String> out = new ArrayList<>();
    SymptomLog s = data.symptoms();
    for (int i = 0; i < s.size(); i++) {
      StringBuilder row = new StringBuilder(s.day(i) + ":");
      for (Measure m : Measure.ALL) {
        row.append(' ').append(s.has(m) ? String.valueOf(s.value(m, i)) : "-");
      }
      out.add(row + " " + s.notes(i));
    }
    data.rejects().forEach(r -> out.add(r.describe()));
    data.duplicates().forEach(d -> out.add(d.toString()));
    return out;
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

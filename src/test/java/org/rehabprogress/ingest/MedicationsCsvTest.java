package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** medications.csv (SPEC section 1): its rows, rejects, repeats and ledger, by both readers. */
class MedicationsCsvTest {

  static final String HEADER = "patient_id,start,end,drug,daily_dose,unit\n";

  @TempDir Path dir;

  private Dataset read(String medications) throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    CanonicalReaderTest.write(dir, "medications.csv", medications);
    return CanonicalReaderTest.read(dir);
  }

  @Test
  void readsRowsByPatientInStartOrderWithTheDoseExactlyAsWritten() throws Exception {
    Dataset data =
        read(
            HEADER
                + "P2,2026-10-05,,Tramadol 50 mg tablet,200,mg\n" // line 2
                + "P1,2026-10-03,2026-10-09,Oxycodone hydrochloride 5 MG Oral Tablet,7.5,mg\n"
                + "P1,2026-09-01,,fentanyl patch,12.5,MCG/H\n" // line 4: unit in any case
                + "P1,2026-10-03,,paracetamol,4000,mg\n"); // line 5
    assertEquals(List.of(), data.rejects());
    assertEquals(List.of(), data.warnings());
    List<Medication> p1 = data.medications().get("P1");
    assertEquals(
        List.of(
            new Medication(
                "P1",
                LocalDate.parse("2026-09-01"),
                null,
                "fentanyl patch",
                new BigDecimal("12.5"),
                DoseUnit.MCG_AN_HOUR,
                4),
            new Medication(
                "P1",
                LocalDate.parse("2026-10-03"),
                LocalDate.parse("2026-10-09"),
                "Oxycodone hydrochloride 5 MG Oral Tablet",
                new BigDecimal("7.5"),
                DoseUnit.MG_A_DAY,
                3),
            new Medication(
                "P1",
                LocalDate.parse("2026-10-03"),
                null,
                "paracetamol",
                new BigDecimal("4000"),
                DoseUnit.MG_A_DAY,
                5)),
        p1);
    assertEquals(1, data.medications().get("P2").size());
    assertEquals(new FileLedger("medications.csv", 4, 4, 0, 0), data.ledgers().get(2));
  }

  @Test
  void aDecimalCommaDoseIsReadExactlyInASemicolonFile() throws Exception {
    Dataset data = read("patient_id;start;drug;daily_dose;unit\nP1;2026-10-01;Morphine;22,5;mg\n");
    Medication m = data.medications().get("P1").get(0);
    assertEquals(new BigDecimal("22.5"), m.dailyDose());
    assertNull(m.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        ",2026-10-01,,oxycodone,10,mg| medications.csv:2: patient_id is empty; every row needs a patient_id",
        "P1,,,oxycodone,10,mg| medications.csv:2: start is empty; every row needs a start (yyyy-MM-dd)",
        "P1,2026-02-30,,oxycodone,10,mg| medications.csv:2: start \"2026-02-30\" is not a day of the calendar; check day and month",
        "P1,2026-10-01,soon,oxycodone,10,mg| medications.csv:2: end \"soon\" is not a date; expected yyyy-MM-dd (an ISO date)",
        "P1,2026-10-05,2026-10-04,oxycodone,10,mg| medications.csv:2: end \"2026-10-04\" is before start \"2026-10-05\"; end is the last day taken (inclusive), empty while the drug is still taken",
        "P1,2026-10-01,,,10,mg| medications.csv:2: drug is empty; name the drug, e.g. oxycodone 5 mg tablet",
        "P1,2026-10-01,,oxycodone,,mg| medications.csv:2: daily_dose is empty; give the dose a day (mg a day, or mcg/h for a patch)",
        "P1,2026-10-01,,oxycodone,0,mg| medications.csv:2: daily_dose \"0\" is out of range; daily_dose is the dose a day, above 0: mg a day, or mcg/h for a transdermal patch",
        "P1,2026-10-01,,oxycodone,-5,mg| medications.csv:2: daily_dose \"-5\" is out of range; daily_dose is the dose a day, above 0: mg a day, or mcg/h for a transdermal patch",
        "P1,2026-10-01,,oxycodone,ten,mg| medications.csv:2: daily_dose \"ten\" is not a number; daily_dose is the dose a day, above 0: mg a day, or mcg/h for a transdermal patch",
        "P1,2026-10-01,,oxycodone,10,| medications.csv:2: unit is empty; use mg (a day) or mcg/h (a transdermal patch)",
        "P1,2026-10-01,,oxycodone,10,mg/day| medications.csv:2: unit \"mg/day\" is not recognised; use mg (a day) or mcg/h (a transdermal patch)",
        "P1,2026-10-01,,fentanyl,25,mcg/hr| medications.csv:2: unit \"mcg/hr\" is not recognised; use mg (a day) or mcg/h (a transdermal patch)"
      })
  void rejectsABadRowWithItsReason(String row, String expected) throws Exception {
    Dataset data = read(HEADER + row + "\n");
    assertEquals(List.of(expected.strip()), data.rejects().stream().map(Reject::describe).toList());
    assertEquals(new FileLedger("medications.csv", 1, 0, 1, 0), data.ledgers().get(2));
    assertEquals(0, data.medications().size());
  }

  @Test
  void anEndOnTheStartDayIsOneDay() throws Exception {
    Dataset data = read(HEADER + "P1,2026-10-05,2026-10-05,oxycodone,10,mg\n");
    assertEquals(List.of(), data.rejects());
    assertEquals(LocalDate.parse("2026-10-05"), data.medications().get("P1").get(0).end());
  }

  @Test
  void countsAnExactRepeatOnceAndKeepsRowsThatDifferInAnyText() throws Exception {
    Dataset data =
        read(
            HEADER
                + "P1,2026-10-01,,oxycodone,10,mg\n" // line 2
                + "P1,2026-10-01,,oxycodone,10,mg\n" // line 3: repeats 2
                + "P1,2026-10-01,,oxycodone,10.0,mg\n" // another text: a second row, summed
                + "P1,2026-10-01,,oxycodone,0,mg\n" // line 5: rejected
                + "P1,2026-10-01,,oxycodone,0,mg\n" // line 6: a rejected row again
                + "P1,2026-10-01,,oxycodone,10,mg\n"); // line 7: repeats 2
    assertEquals(
        List.of(new Duplicate("medications.csv", 3, 2), new Duplicate("medications.csv", 7, 2)),
        data.duplicates());
    assertEquals(2, data.rejects().size());
    assertEquals(2, data.medications().get("P1").size());
    assertEquals(new FileLedger("medications.csv", 6, 2, 2, 2), data.ledgers().get(2));
  }

  @Test
  void aMissingRequiredColumnStopsTheRun() throws Exception {
    InputFileException e =
        assertThrows(
            InputFileException.class,
            () -> read("patient_id,start,drug,daily_dose\nP1,2026-10-01,oxycodone,10\n"));
    assertEquals(
        dir.resolve("medications.csv")
            + ":1: required column \"unit\" is missing (the header has: patient_id, start, drug,"
            + " daily_dose); name the columns patient_id, start, drug, daily_dose, unit (see the"
            + " README)",
        e.getMessage());
  }

  @Test
  void warnsOfAnUnknownColumnOnce() throws Exception {
    Dataset data = read("patient_id,start,drug,daily_dose,unit,route\nP1,2026-10-01,x,1,mg,oral\n");
    assertEquals(
        List.of(dir.resolve("medications.csv") + ": ignoring unknown columns \"route\""),
        data.warnings());
  }

  @Test
  void aFolderWithoutMedicationsHasNone() throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    Dataset data = CanonicalReaderTest.read(dir);
    assertEquals(0, data.medications().size());
    assertEquals(2, data.ledgers().size());
  }

  @Test
  void recordsGiveTheSameMedicationsAsReadingTheFile() throws Exception {
    String medications =
        HEADER
            + "P1,2026-10-01,,oxycodone,10,mg\n"
            + "P1,2026-10-01,,oxycodone,10,mg\n"
            + "P1,2026-10-03,2026-10-01,oxycodone,10,mg\n"
            + "P2,2026-10-01,,\"Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG, tablet\",20,mg\n"
            + "P1,2026-09-01,,fentanyl,25,mcg/h\n";
    String symptoms = "patient_id,date,pain\nP1,2026-10-01,5\n";
    Dataset files = read(medications);
    Dataset records =
        Records.read(
            source("activities.csv", CanonicalReaderTest.ACTIVITIES),
            source("symptoms.csv", symptoms),
            null,
            null,
            source("medications.csv", medications),
            null);
    assertEquals(files.medications(), records.medications());
    assertEquals(files.ledgers(), records.ledgers());
    assertEquals(files.rejects(), records.rejects());
    assertEquals(files.duplicates(), records.duplicates());
  }

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
}

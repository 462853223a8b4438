package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;

class CanonicalReaderTest {

  static final String SYMPTOMS =
      "patient_id,date,pain,anxiety,gad7,sleep_hours,sleep_quality,notes\n";
  static final String ACTIVITIES = "patient_id,date,activity,duration_min,intensity,notes\n";

  @TempDir Path dir;

  static Dataset read(Path dir) throws Exception {
    return CanonicalReader.read(
        InputFolder.of(dir, null, null, null, null), ReadOptions.defaults());
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void readsRowsIntoPatientSortedColumns() throws Exception {
    write(
        dir,
        "symptoms.csv",
        SYMPTOMS + "P2,2026-10-02,6,,,7.5,,\nP1,2026-10-01,4,3,9,,8,slept well\n");
    write(
        dir,
        "activities.csv",
        ACTIVITIES + "P1,2026-10-01,Walking,30,light,\nP1,2026-10-02,Golf,,7,\n");
    write(
        dir,
        "patients.csv",
        "patient_id,treatment_start,site,birth_year\nP1,2026-09-01,North,1961\n");
    write(
        dir,
        "events.csv",
        "patient_id,date,event\nP1,2026-10-05,injection\nP1,2026-10-01,physio start\n");
    Dataset data = read(dir);

    assertEquals(List.of("P1", "P2"), data.patientIds());
    SymptomLog s = data.symptoms();
    assertEquals(2, s.size());
    assertEquals(0, s.from(0));
    assertEquals(1, s.to(0));
    assertEquals(day("2026-10-01"), s.day(0));
    assertEquals(4.0, s.value(Measure.PAIN, 0));
    assertEquals(9.0, s.value(Measure.GAD7, 0));
    assertTrue(Double.isNaN(s.value(Measure.SLEEP_HOURS, 0)));
    assertEquals("slept well", s.notes(0));
    assertEquals(7.5, s.value(Measure.SLEEP_HOURS, 1));
    assertNull(s.notes(1));

    ActivityLog a = data.activities();
    assertEquals(List.of("Walking", "Golf"), a.names());
    assertEquals(30.0, a.minutes(0));
    assertTrue(Double.isNaN(a.minutes(1)), "an empty duration is an exposure without minutes");
    assertEquals("light", a.intensity(0));
    assertEquals("7", a.intensity(1));
    assertEquals(0, a.from(1) - a.to(1) + 0, "P2 has no activity rows");

    PatientInfo p1 = data.patients().get("P1");
    assertEquals(LocalDate.of(2026, 9, 1), p1.treatmentStart());
    assertEquals("North", p1.site());
    assertEquals(1961, p1.birthYear());
    List<PatientEvent> events = data.events().get("P1");
    assertEquals("physio start", events.get(0).event());
    assertEquals(3, events.get(0).line());
    assertEquals(
        List.of(
            new FileLedger("activities.csv", 2, 2, 0, 0),
            new FileLedger("symptoms.csv", 2, 2, 0, 0),
            new FileLedger("patients.csv", 1, 1, 0, 0),
            new FileLedger("events.csv", 2, 2, 0, 0)),
        data.ledgers());
  }

  @Test
  void acceptsBomCrlfShuffledHeadersInAnyCaseAndWarnsOnceOfUnknownColumns() throws Exception {
    write(
        dir,
        "symptoms.csv",
        "\uFEFF Date ,MOOD,Pain,Patient_ID,Weather\r\n2026-10-01,ok,5,P1,sun\r\n");
    write(
        dir,
        "activities.csv",
        "Activity,patient_id,DATE,Duration_Min\r\nSwim,P1,2026-10-01,20\r\n");
    Dataset data = read(dir);
    assertEquals(5.0, data.symptoms().value(Measure.PAIN, 0));
    assertEquals(20.0, data.activities().minutes(0));
    assertEquals(
        List.of(dir.resolve("symptoms.csv") + ": ignoring unknown columns \"MOOD\", \"Weather\""),
        data.warnings());
  }

  @Test
  void readsSemicolonFilesWithDecimalCommas() throws Exception {
    write(dir, "symptoms.csv", "patient_id;date;pain;sleep_hours\nP1;2026-10-01;6,5;7,25\n");
    write(
        dir, "activities.csv", "patient_id;date;activity;duration_min\nP1;2026-10-01;Walk;12,5\n");
    Dataset data = read(dir);
    assertEquals(6.5, data.symptoms().value(Measure.PAIN, 0));
    assertEquals(7.25, data.symptoms().value(Measure.SLEEP_HOURS, 0));
    assertEquals(12.5, data.activities().minutes(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P1,2026-10-02,11,,,,,| symptoms.csv:2: pain \"11\" is out of range 0-10; pain is a 0-10 numeric rating",
        "P1,2026-10-02,-1,,,,,| symptoms.csv:2: pain \"-1\" is out of range 0-10; pain is a 0-10 numeric rating",
        "P1,2026-10-02,high,,,,,| symptoms.csv:2: pain \"high\" is not a number; pain is a 0-10 numeric rating",
        "P1,2026-10-02,,10.5,,,,| symptoms.csv:2: anxiety \"10.5\" is out of range 0-10; anxiety is a 0-10 numeric rating",
        "P1,2026-10-02,,,7.5,,,| symptoms.csv:2: gad7 \"7.5\" is not a whole number; gad7 is the GAD-7 total, a whole number 0-21",
        "P1,2026-10-02,,,22,,,| symptoms.csv:2: gad7 \"22\" is out of range 0-21; gad7 is the GAD-7 total, a whole number 0-21",
        "P1,2026-10-02,,,,25,,| symptoms.csv:2: sleep_hours \"25\" is out of range 0-24; sleep_hours is hours asleep, 0-24",
        "P1,2026-10-02,,,,,11,| symptoms.csv:2: sleep_quality \"11\" is out of range 0-10; sleep_quality is a 0-10 rating, 10 best",
        "P1,2026-10-02,,,,,,just a note| symptoms.csv:2: the row has no symptom value; fill at least one of pain, leg_pain, anxiety, gad7, sleep_hours, sleep_quality, peg, odi, pgic",
        ",2026-10-02,5,,,,,| symptoms.csv:2: patient_id is empty; every row needs a patient_id",
        "P 1,2026-10-02,5,,,,,| symptoms.csv:2: patient_id \"P 1\" is not a valid id; use 1-64 letters, digits, '.', '_' or '-'",
        "P1,,5,,,,,| symptoms.csv:2: date is empty; every row needs a date (yyyy-MM-dd)",
        "P1,03/04/2026,5,,,,,| symptoms.csv:2: date \"03/04/2026\" has day and month in an unknown order; write yyyy-MM-dd or pass --date-format, e.g. --date-format dd/MM/yyyy",
        "P1,2026-02-30,5,,,,,| symptoms.csv:2: date \"2026-02-30\" is not a day of the calendar; check day and month",
        "P1,2026-10-02,5,,,,| symptoms.csv:2: the row has 7 cells but the header has 8; quote text that holds the separator and keep one cell per column"
      })
  void rejectsABadSymptomRowWithItsReason(String row, String expected) throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS + row + "\n");
    write(dir, "activities.csv", ACTIVITIES);
    Dataset data = read(dir);
    assertEquals(1, data.rejects().size());
    assertEquals(expected.strip(), data.rejects().get(0).describe());
    assertEquals(new FileLedger("symptoms.csv", 1, 0, 1, 0), data.ledgers().get(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P1,2026-10-02,Golf,0,,| activities.csv:2: duration_min \"0\" is out of range; duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)",
        "P1,2026-10-02,Golf,1441,,| activities.csv:2: duration_min \"1441\" is out of range; duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)",
        "P1,2026-10-02,Golf,an hour,,| activities.csv:2: duration_min \"an hour\" is not a number; duration_min is minutes, above 0 and at most 1440 (leave it empty when unknown)",
        "P1,2026-10-02,,30,,| activities.csv:2: activity is empty; name the activity",
        "P1,2026-10-02,Golf,30,hard,| activities.csv:2: intensity \"hard\" is not recognised; use light, moderate, vigorous or an RPE 0-10",
        "P1,2026-10-02,Golf,30,11,| activities.csv:2: intensity \"11\" is not recognised; use light, moderate, vigorous or an RPE 0-10"
      })
  void rejectsABadActivityRowWithItsReason(String row, String expected) throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS);
    write(dir, "activities.csv", ACTIVITIES + row + "\n");
    Dataset data = read(dir);
    assertEquals(expected.strip(), data.rejects().get(0).describe());
    assertEquals(new FileLedger("activities.csv", 1, 0, 1, 0), data.ledgers().get(0));
  }

  @Test
  void acceptsTheEdgesOfEveryRange() throws Exception {
    write(
        dir,
        "symptoms.csv",
        SYMPTOMS + "P1,2026-10-01,0,0,0,0,0,\nP1,2026-10-02,10,10,21,24,10,\n");
    write(
        dir,
        "activities.csv",
        ACTIVITIES + "P1,2026-10-01,Walk,0.5,VIGOROUS,\nP1,2026-10-01,Walk,1440,0,\n");
    Dataset data = read(dir);
    assertEquals(List.of(), data.rejects());
    assertEquals(2, data.activities().size());
  }

  @Test
  void countsAnExactRepeatOnceAndKeepsRowsThatDifferInAnyText() throws Exception {
    write(
        dir,
        "symptoms.csv",
        SYMPTOMS
            + "P1,2026-10-01,5,,,,,\n" // line 2
            + "P1,2026-10-01,5,,,,,\n" // line 3: exact repeat of 2
            + "P1,2026-10-01,5.0,,,,,\n" // same value, other text: a second entry
            + "P1,2026-10-01T20:00,5,,,,,\n" // another time that day: a second entry
            + "P1,2026-10-01,5,,,,,evening\n" // other notes: a second entry
            + "P1,2026-10-01,5,,,,,\n"); // line 7: repeats line 2 again
    write(dir, "activities.csv", ACTIVITIES + "P1,2026-10-01,Walk,30,,\nP1,2026-10-01,Walk,30,,\n");
    Dataset data = read(dir);
    assertEquals(4, data.symptoms().size());
    assertEquals(
        List.of(
            new Duplicate("activities.csv", 3, 2),
            new Duplicate("symptoms.csv", 3, 2),
            new Duplicate("symptoms.csv", 7, 2)),
        data.duplicates());
    assertEquals(new FileLedger("symptoms.csv", 6, 4, 0, 2), data.ledgers().get(1));
  }

  @Test
  void aStrayQuoteInAHeaderNameIsTextAndEveryRowIsRead() throws Exception {
    // The quote does not open a quoted cell (it is not at a cell's start): it must not swallow
    // the rows after it into the header.
    write(
        dir,
        "activities.csv",
        "patient_id,date,activity,duration_min,no\"tes\n"
            + "P1,2026-10-01,Walk,30,a\n"
            + "P1,2026-10-02,Walk,30,\"b\"\n");
    write(dir, "symptoms.csv", SYMPTOMS);
    Dataset data = read(dir);
    assertEquals(new FileLedger("activities.csv", 2, 2, 0, 0), data.ledgers().get(0));
    assertEquals(2, data.activities().size());
  }

  @Test
  void readsFilesWhoseLinesEndWithACarriageReturnAlone() throws Exception {
    write(
        dir,
        "activities.csv",
        "patient_id,date,activity,duration_min\r"
            + "P1,2026-10-01,Walk,30\r" // line 2
            + "P1,2026-02-30,Walk,30\r" // line 3: no such day
            + "P1,2026-10-01,Walk,30\r" // line 4: repeats line 2
            + "P1,2026-10-03,Walk,30\r");
    write(dir, "symptoms.csv", SYMPTOMS);
    Dataset data = read(dir);
    assertEquals(new FileLedger("activities.csv", 4, 2, 1, 1), data.ledgers().get(0));
    assertEquals(3, data.rejects().get(0).line());
    assertEquals(List.of(new Duplicate("activities.csv", 4, 2)), data.duplicates());
  }

  @Test
  void findsRepeatsAndSortsRowsOfAnUnsortedFile() throws Exception {
    write(
        dir,
        "symptoms.csv",
        SYMPTOMS
            + "P2,2026-10-03,1,,,,,\n"
            + "P1,2026-10-02,2,,,,,\n"
            + "P1,2026-10-01,3,,,,,\n"
            + "P2,2026-10-03,1,,,,,\n"
            + "P1,2026-10-02,4,,,,,\n");
    write(dir, "activities.csv", ACTIVITIES);
    Dataset data = read(dir);
    SymptomLog s = data.symptoms();
    assertEquals(4, s.size());
    double[] pains = new double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      pains[i] = s.value(Measure.PAIN, i);
    }
    assertEquals("[3.0, 2.0, 4.0, 1.0]", java.util.Arrays.toString(pains), "by patient, day, line");
    assertEquals(List.of(new Duplicate("symptoms.csv", 5, 2)), data.duplicates());
  }

  @Test
  void readsNamedDateOrdersWithTheDateFormatOption() throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS + "P1,03/04/2026,5,,,,,\nP1,2026-04-05,5,,,,,\n");
    write(dir, "activities.csv", ACTIVITIES);
    Dataset data =
        CanonicalReader.read(
            InputFolder.of(dir, null, null, null, null),
            new ReadOptions(Dates.pattern("dd/MM/yyyy"), 2, null));
    assertEquals(List.of(), data.rejects());
    assertEquals(day("2026-04-03"), data.symptoms().day(0));
  }

  @Test
  void keepsOnePatientsRowPerPatient() throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS);
    write(dir, "activities.csv", ACTIVITIES);
    write(
        dir,
        "patients.csv",
        "patient_id,treatment_start,birth_year\n"
            + "P1,2026-09-01,1961\n"
            + "P1,2026-09-01,1961\n"
            + "P1,2026-09-02,1961\n"
            + "P2,,19x1\n");
    Dataset data = read(dir);
    assertEquals(List.of(new Duplicate("patients.csv", 3, 2)), data.duplicates());
    assertEquals(
        List.of(
            "patients.csv:4: patient_id \"P1\" is already listed on line 2; list each patient once",
            "patients.csv:5: birth_year \"19x1\" is not a number; birth_year is a year such as 1961"),
        data.rejects().stream().map(Reject::describe).toList());
    assertEquals(new FileLedger("patients.csv", 4, 1, 2, 1), data.ledgers().get(2));
  }

  @Test
  void rejectsAnEventWithoutText() throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS);
    write(dir, "activities.csv", ACTIVITIES);
    write(dir, "events.csv", "patient_id,date,event\nP1,2026-10-01,\n");
    Dataset data = read(dir);
    assertEquals(
        "events.csv:2: event is empty; describe the event", data.rejects().get(0).describe());
  }

  @Test
  void skipsBlankLinesWithoutCountingThemAsRows() throws Exception {
    write(dir, "symptoms.csv", SYMPTOMS + "\nP1,2026-10-01,5,,,,,\n\n\nP1,2026-10-02,x,,,,,\n");
    write(dir, "activities.csv", ACTIVITIES);
    Dataset data = read(dir);
    assertEquals(new FileLedger("symptoms.csv", 2, 1, 1, 0), data.ledgers().get(1));
    assertEquals(6, data.rejects().get(0).line());
  }
}

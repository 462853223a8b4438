package org.rehabprogress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabprogress.canonical.Measure;

/** The FBSS outcome columns of symptoms.csv: leg_pain, peg, odi and pgic (SPEC section 1). */
class OutcomeColumnsTest {

  private static final String HEADER = "patient_id,date,pain,leg_pain,peg,odi,pgic,notes\n";

  @TempDir Path dir;

  private Dataset read(String symptoms) throws Exception {
    CanonicalReaderTest.write(dir, "symptoms.csv", symptoms);
    CanonicalReaderTest.write(dir, "activities.csv", CanonicalReaderTest.ACTIVITIES);
    return CanonicalReaderTest.read(dir);
  }

  @Test
  void readsEachOutcomeMeasureWithoutAnUnknownColumnWarning() throws Exception {
    Dataset data = read(HEADER + "P1,2026-10-01,4,7.5,6.33,44,2,\n");
    SymptomLog s = data.symptoms();
    assertEquals(List.of(), data.warnings());
    assertEquals(4.0, s.value(Measure.PAIN, 0));
    assertEquals(7.5, s.value(Measure.LEG_PAIN, 0));
    assertEquals(6.33, s.value(Measure.PEG, 0));
    assertEquals(44.0, s.value(Measure.ODI, 0));
    assertEquals(2.0, s.value(Measure.PGIC, 0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P1,2026-10-01,,5,,,,| leg_pain",
        "P1,2026-10-01,,,3.67,,,| peg",
        "P1,2026-10-01,,,,0,,| odi",
        "P1,2026-10-01,,,,,7,| pgic"
      })
  void aRowWithOnlyOneOutcomeMeasureIsASymptomRow(String row, String measure) throws Exception {
    Dataset data = read(HEADER + row + "\n");
    assertEquals(List.of(), data.rejects());
    assertEquals(1, data.symptoms().size());
    for (Measure m : Measure.ALL) {
      assertEquals(
          m.column().equals(measure), !Double.isNaN(data.symptoms().value(m, 0)), m.column());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P1,2026-10-01,,11,,,,| symptoms.csv:2: leg_pain \"11\" is out of range 0-10; leg_pain is a 0-10 numeric rating of leg (radicular) pain",
        "P1,2026-10-01,,-0.5,,,,| symptoms.csv:2: leg_pain \"-0.5\" is out of range 0-10; leg_pain is a 0-10 numeric rating of leg (radicular) pain",
        "P1,2026-10-01,,severe,,,,| symptoms.csv:2: leg_pain \"severe\" is not a number; leg_pain is a 0-10 numeric rating of leg (radicular) pain",
        "P1,2026-10-01,,,10.5,,,| symptoms.csv:2: peg \"10.5\" is out of range 0-10; peg is the PEG-3 score, the mean of its three 0-10 items, 0-10",
        "P1,2026-10-01,,,,100.01,,| symptoms.csv:2: odi \"100.01\" is out of range 0-100; odi is the Oswestry Disability Index, 0-100",
        "P1,2026-10-01,,,,44%,,| symptoms.csv:2: odi \"44%\" is not a number; odi is the Oswestry Disability Index, 0-100",
        "P1,2026-10-01,,,,,8,| symptoms.csv:17: pgic \"8\" is out of range 1-7; pgic is the patient global impression of change, a whole number 1-7 (1 very much improved, 7 very much worse)",
        "P1,2026-10-01,,,,,0,| symptoms.csv:2: pgic \"0\" is out of range 1-7; pgic is the patient global impression of change, a whole number 1-7 (1 very much improved, 7 very much worse)",
        "P1,2026-10-01,,,,,3.5,| symptoms.csv:2: pgic \"3.5\" is not a whole number; pgic is the patient global impression of change, a whole number 1-7 (1 very much improved, 7 very much worse)",
        "P1,2026-10-01,,,,,,only a note| symptoms.csv:2: the row has no symptom value; fill at least one of pain, leg_pain, anxiety, gad7, sleep_hours, sleep_quality, peg, odi, pgic"
      })
  void rejectsABadOutcomeValueWithItsReason(String row, String expected) throws Exception {
    // The pgic "8" case sits on line 17, as in the house style's example.
    int line = expected.contains(":17:") ? 17 : 2;
    StringBuilder text = new StringBuilder(HEADER);
    for (int filler = 2; filler < line; filler++) {
      text.append("P0,2026-10-").append(String.format("%02d", filler)).append(",5,,,,,\n");
    }
    Dataset data = read(text + row + "\n");
    assertEquals(1, data.rejects().size());
    assertEquals(expected.strip(), data.rejects().get(0).describe());
    assertEquals(new FileLedger("symptoms.csv", line - 1, line - 2, 1, 0), data.ledgers().get(1));
  }

  @Test
  void aMeasureTheHeaderLacksHasNoColumn() throws Exception {
    Dataset data = read("patient_id,date,pgic\nP1,2026-10-01,3\n");
    SymptomLog s = data.symptoms();
    assertTrue(s.has(Measure.PGIC));
    for (Measure m : Measure.ALL) {
      if (m != Measure.PGIC) {
        assertFalse(s.has(m), m.column());
        assertTrue(Double.isNaN(s.value(m, 0)), m.column());
      }
    }
  }

  @Test
  void everyMeasureButSleepIsSelfReported() {
    // SPEC 3: days logged count pain, leg_pain, anxiety, gad7, peg, odi and pgic entries.
    assertEquals(
        List.of("pain", "leg_pain", "anxiety", "gad7", "peg", "odi", "pgic"),
        Measure.ALL.stream().filter(Measure::selfReported).map(Measure::column).toList());
  }
}

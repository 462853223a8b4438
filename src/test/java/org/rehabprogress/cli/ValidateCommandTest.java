package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void exitsZeroAndPrintsTheLedgerWhenEveryRowIsAccepted() throws Exception {
    write("symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    write("activities.csv", "patient_id,date,activity,duration_min\nP1,2026-10-01,Walk,30\n");
    Run run = Run.of("validate", "--in", dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        String.join(
            "\n",
            "file             rows read    accepted    rejected  duplicates",
            "activities.csv           1           1           0           0",
            "symptoms.csv             1           1           0           0",
            ""),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void exitsThreeListsRejectsAndWritesThemAll() throws Exception {
    write(
        "symptoms.csv",
        "patient_id,date,pain,mood\nP1,2026-10-01,11,ok\nP1,2026-10-01,5,ok\nP1,2026-10-01,5,ok\n");
    write("activities.csv", "patient_id,date,activity,duration_min\nP1,2026-10-01,=cmd(),0\n");
    Path rejects = dir.resolve("out/rejects.csv");
    Run run = Run.of("validate", "--in", dir.toString(), "--rejects", rejects.toString());
    assertEquals(3, run.exit());
    assertTrue(
        run.out()
            .contains(
                "Rejected rows (2):\n"
                    + "  activities.csv:2: duration_min \"0\" is out of range; duration_min is minutes,"
                    + " above 0 and at most 1440 (leave it empty when unknown)\n"
                    + "  symptoms.csv:2: pain \"11\" is out of range 0-10; pain is a 0-10 numeric rating\n"
                    + "Exact repeats, counted once (1):\n"
                    + "  symptoms.csv:4: repeats line 3\n"),
        run.out());
    assertEquals(
        "rehab: warning: " + dir.resolve("symptoms.csv") + ": ignoring unknown columns \"mood\"\n",
        run.err());
    assertEquals(
        "file,line,column,value,reason\n"
            + "activities.csv,2,duration_min,0,\"duration_min \"\"0\"\" is out of range; duration_min is"
            + " minutes, above 0 and at most 1440 (leave it empty when unknown)\"\n"
            + "symptoms.csv,2,pain,11,\"pain \"\"11\"\" is out of range 0-10; pain is a 0-10 numeric"
            + " rating\"\n",
        Files.readString(rejects));
  }

  @Test
  void listsActivityNamesTheCatalogDoesNotKnowUnlessACatalogFileAddsThem() throws Exception {
    write("symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    write(
        "activities.csv",
        "patient_id,date,activity,duration_min\n"
            + "P1,2026-10-01,Geocaching,30\nP1,2026-10-02,Geocaching,30\nP1,2026-10-02,Swim,30\n");
    Run run = Run.of("validate", "--in", dir.toString());
    assertTrue(
        run.out()
            .endsWith(
                "Unclassified activities (counted as neutral; add them to a catalog file):\n"
                    + "  Geocaching (2 entries)\n"),
        run.out());
    write("mine.csv", "activity,class,reason\nGeocaching,LOW_IMPACT,walking outdoors\n");
    Run extended =
        Run.of("validate", "--in", dir.toString(), "--catalog", dir.resolve("mine.csv").toString());
    assertEquals(0, extended.exit());
    assertTrue(!extended.out().contains("Unclassified"), extended.out());
  }

  @Test
  void exitsFourWithOneLineForAMissingFile() throws Exception {
    write("symptoms.csv", "patient_id,date,pain\n");
    Run run = Run.of("validate", "--in", dir.toString());
    assertEquals(4, run.exit());
    assertEquals(
        "rehab: "
            + dir.resolve("activities.csv")
            + ":0: file not found; check the name, or pass the folder that holds it with --in\n",
        run.err());
  }

  @Test
  void exitsTwoForABadDateFormatPattern() throws Exception {
    Run run = Run.of("validate", "--in", dir.toString(), "--date-format", "qq{");
    assertEquals(2, run.exit());
    assertTrue(
        run.err().startsWith("rehab: --date-format \"qq{\" is not a date pattern"), run.err());
  }

  @Test
  void exitsTwoForAnUnknownOption() {
    Run run = Run.of("validate", "--frobnicate");
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: unknown option: '--frobnicate'; rehab validate --help lists the options\n",
        run.err());
  }

  @Test
  void showsTheLedgerAndRejectsOfTheFoldersMedications() throws Exception {
    write("symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    write("activities.csv", "patient_id,date,activity,duration_min\nP1,2026-10-01,Walk,30\n");
    write(
        "medications.csv",
        "patient_id,start,end,drug,daily_dose,unit\n"
            + "P1,2026-09-01,,Oxycodone 10 mg tablet,20,mg\n"
            + "P1,2026-09-01,,Oxycodone 10 mg tablet,20,mg\n"
            + "P1,2026-09-01,,fentanyl patch,25,mcg/hr\n");
    Run run = Run.of("validate", "--in", dir.toString());
    assertEquals(3, run.exit(), run.err());
    assertEquals(
        String.join(
            "\n",
            "file              rows read    accepted    rejected  duplicates",
            "activities.csv            1           1           0           0",
            "symptoms.csv              1           1           0           0",
            "medications.csv           3           1           1           1",
            "Rejected rows (1):",
            "  medications.csv:4: unit \"mcg/hr\" is not recognised; use mg (a day) or mcg/h (a"
                + " transdermal patch)",
            "Exact repeats, counted once (1):",
            "  medications.csv:3: repeats line 2",
            ""),
        run.out());
  }

  @Test
  void readsAMedicationsFileNamedOnTheCommandLine() throws Exception {
    write("symptoms.csv", "patient_id,date,pain\nP1,2026-10-01,5\n");
    write("activities.csv", "patient_id,date,activity,duration_min\nP1,2026-10-01,Walk,30\n");
    Path elsewhere = dir.resolve("other/meds.csv");
    Files.createDirectories(elsewhere.getParent());
    Files.writeString(
        elsewhere,
        "patient_id,start,drug,daily_dose,unit\nP1,2026-09-01,tramadol,100,mg\n",
        StandardCharsets.UTF_8);
    Run run = Run.of("validate", "--in", dir.toString(), "--medications", elsewhere.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        String.join(
            "\n",
            "file             rows read    accepted    rejected  duplicates",
            "activities.csv           1           1           0           0",
            "symptoms.csv             1           1           0           0",
            "meds.csv                 1           1           0           0",
            ""),
        run.out());
    Run missing =
        Run.of(
            "validate", "--in", dir.toString(), "--medications", dir.resolve("no.csv").toString());
    assertEquals(4, missing.exit());
    assertEquals(
        "rehab: "
            + dir.resolve("no.csv")
            + ":0: file not found; check the name, or pass the folder that holds it with --in\n",
        missing.err());
  }
}

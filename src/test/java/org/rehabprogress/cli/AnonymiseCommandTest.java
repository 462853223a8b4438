package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.pipeline.ToolVersion;

class AnonymiseCommandTest {

  @TempDir Path dir;
  private Path in;
  private Path key;
  private Path out;

  @BeforeEach
  void copyFixture() throws Exception {
    in = AnonymiseFixture.copy(dir);
    key = dir.resolve("key");
    out = dir.resolve("out");
  }

  private Run anonymise(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "anonymise",
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--key-file",
                key.toString()));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  /**
   * The expected copy was worked out by hand from the fixture: pseudonyms from {@code printf
   * 'PAT-ALPHA-001' | openssl dgst -sha256 -hmac "$KEY"} (8631be0acddb1e04; BRAVO 851f3892ebe2201e,
   * CHARLIE 13c2b963141a6cef), each start on 2000-01-01 (BRAVO's is his first entry, 2026-03-05),
   * ALPHA's surgery 2419 days before start, 1993-05-15. medications.csv: ALPHA's oxycodone from
   * 2026-02-01 (29 days before start: 1999-12-03) to 03-10 (2000-01-09), then two rows from 03-11
   * (2000-01-10) that read the same once their text is gone, written as one of 20 + 20 mg; the
   * codeine of 0 mg rejected; BRAVO's gabapentin (start 03-05, so 03-01 is 1999-12-28) as
   * non-opioid; CHARLIE's injected morphine as parenteral morphine; ECHO (in no other file) left
   * out.
   */
  @Test
  void writesTheExpectedStudyDateCopy() {
    Run run = anonymise("--min-cell", "2");
    assertEquals(0, run.exit(), run.err());
    Map<String, String> files = AnonymiseFixture.files(out);
    assertEquals(
        List.of(
            "activities.csv",
            "events.csv",
            "manifest.json",
            "medications.csv",
            "patients.csv",
            "symptoms.csv"),
        List.copyOf(files.keySet()));
    for (String file : AnonymiseFixture.FILES) {
      assertEquals(AnonymiseFixture.resource("anonymise-expected/" + file), files.get(file), file);
    }
    assertEquals(
        AnonymiseFixture.resource("anonymise-expected/manifest.json")
            .replace("rehab VERSION", "rehab " + ToolVersion.get()),
        files.get("manifest.json"));
    assertEquals(
        String.join(
            "\n",
            "file              rows read    accepted    rejected  duplicates",
            "activities.csv            7           6           1           0",
            "symptoms.csv              7           6           1           0",
            "patients.csv              4           4           0           0",
            "events.csv                6           6           0           0",
            "medications.csv           8           7           1           0",
            "Rejected rows (3):",
            "  activities.csv:5: duration_min \"0\" is out of range; duration_min is minutes, above"
                + " 0 and at most 1440 (leave it empty when unknown)",
            "  symptoms.csv:8: pain \"11\" is out of range 0-10; pain is a 0-10 numeric rating",
            "  medications.csv:5: daily_dose \"0\" is out of range; daily_dose is the dose a day,"
                + " above 0: mg a day, or mcg/h for a transdermal patch",
            "Wrote an anonymised copy of 3 patients to " + out + " (study-dates, min-cell 2):",
            "  activities.csv: 6 rows",
            "  symptoms.csv: 6 rows",
            "  patients.csv: 3 rows",
            "  events.csv: 3 rows",
            "  medications.csv: 5 rows",
            "  manifest.json",
            "Left out 1 patient with no treatment_start and no entry (no start to date from).",
            "Sites coded: 1, dropped: 1; activity names the catalog knows: 2, written as"
                + " unclassified: 3.",
            ""),
        run.out());
    assertEquals(
        "rehab: warning: "
            + in.resolve("activities.csv")
            + ": ignoring unknown columns \"device_serial\"\n"
            + "rehab: warning: "
            + in.resolve("patients.csv")
            + ": ignoring unknown columns \"nhs_number\"\n",
        run.err());
  }

  @Test
  void readsMedicationsNamedOnTheCommandLine() throws Exception {
    // --medications names a file outside the folder: read, checked and anonymised like the
    // folder's own
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("drugs.csv");
    Files.move(in.resolve("medications.csv"), elsewhere);
    Run run = anonymise("--min-cell", "2", "--medications", elsewhere.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        AnonymiseFixture.resource("anonymise-expected/medications.csv"),
        AnonymiseFixture.files(out).get("medications.csv"));
  }

  @Test
  void writesNoMedicationsWithoutTheFile() throws Exception {
    Files.delete(in.resolve("medications.csv"));
    Run run = anonymise("--min-cell", "2");
    assertEquals(0, run.exit(), run.err());
    assertFalse(AnonymiseFixture.files(out).containsKey("medications.csv"));
    assertFalse(run.out().contains("medications"), run.out());
  }

  @Test
  void blanksEverySiteAndRareNameAtTheDefaultMinCell() {
    assertEquals(0, anonymise().exit());
    Map<String, String> files = AnonymiseFixture.files(out);
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,age_band,sex\n"
            + "13c2b963141a6cef,2000-01-01,,,35-39,\n"
            + "851f3892ebe2201e,,1993-12-09,,90+,\n"
            + "8631be0acddb1e04,2000-01-01,1993-05-15,,65-69,\n",
        files.get("patients.csv"));
    assertFalse(files.get("activities.csv").contains("Aqua zumba"));
    assertTrue(files.get("manifest.json").contains("\"min_cell\" : 11"));
  }

  /** Shifts: ALPHA 13 days earlier, BRAVO 181, CHARLIE 11 (1 + first 4 MAC bytes mod 364). */
  @Test
  void shiftsEachPatientsDatesByItsKeyedDays() {
    Run run = anonymise("--dates", "shift", "--min-cell", "2");
    assertEquals(0, run.exit(), run.err());
    Map<String, String> files = AnonymiseFixture.files(out);
    assertEquals(
        "patient_id,treatment_start,surgery_date,site,age_band,sex\n"
            + "13c2b963141a6cef,2026-02-26,,,35-39,F\n"
            // printf SITE-SHARED-NORTH | openssl dgst -sha256 -hmac "$KEY" -> 3cb46cc69577...
            + "851f3892ebe2201e,,2019-08-14,site-3cb46c,90+,\n"
            + "8631be0acddb1e04,2026-02-17,2019-07-02,site-3cb46c,65-69,F\n",
        files.get("patients.csv"));
    assertEquals(
        "patient_id,date,event\n"
            + "851f3892ebe2201e,2025-09-20,physiotherapy start\n"
            + "8631be0acddb1e04,2026-02-20,medication change\n"
            + "8631be0acddb1e04,2026-02-20,event\n",
        files.get("events.csv"));
    assertTrue(files.get("symptoms.csv").contains("\n13c2b963141a6cef,2026-02-27,4,2,,6,7,\n"));
    assertTrue(
        files
            .get("manifest.json")
            .contains(
                "\"regime\" : \"shifted-dates\",\n"
                    + "  \"regime_description\" : \"a limited data set, not Safe Harbor: "));
  }

  @Test
  void rerunGivesTheSameBytesAndAnotherKeyOtherPseudonyms() throws Exception {
    assertEquals(0, anonymise().exit());
    Map<String, String> first = AnonymiseFixture.files(out);
    assertEquals(0, anonymise().exit());
    assertEquals(first, AnonymiseFixture.files(out));
    Files.writeString(key, AnonymiseFixture.KEY + "!", StandardCharsets.UTF_8);
    assertEquals(0, anonymise().exit());
    String other = AnonymiseFixture.files(out).get("patients.csv");
    assertFalse(other.contains("8631be0acddb1e04"), other);
    assertEquals(4, other.split("\n").length);
  }

  @Test
  void theCopyPassesValidateWithNoRejects() {
    assertEquals(0, anonymise("--min-cell", "2").exit());
    Run validate = Run.of("validate", "--in", out.toString());
    assertEquals(0, validate.exit(), validate.out());
    assertEquals("", validate.err());
    assertTrue(
        validate
            .out()
            .startsWith(
                String.join(
                    "\n",
                    "file              rows read    accepted    rejected  duplicates",
                    "activities.csv            6           6           0           0",
                    "symptoms.csv              6           6           0           0",
                    "patients.csv              3           3           0           0",
                    "events.csv                3           3           0           0",
                    "medications.csv           5           5           0           0",
                    "")),
        validate.out());
  }

  @Test
  void writesOnlyTheFilesTheInputHasAndNamesActivitiesByTheGivenCatalog() throws Exception {
    Files.delete(in.resolve("patients.csv"));
    Files.delete(in.resolve("events.csv"));
    Files.delete(in.resolve("medications.csv"));
    Path catalog =
        Files.writeString(
            dir.resolve("catalog.csv"),
            "activity,class,reason,aliases\nAqua zumba,LOW_IMPACT,water,aqua zumba evening\n",
            StandardCharsets.UTF_8);
    Run run = anonymise("--catalog", catalog.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    Map<String, String> files = AnonymiseFixture.files(out);
    assertEquals(
        List.of("activities.csv", "manifest.json", "symptoms.csv"), List.copyOf(files.keySet()));
    assertTrue(
        files.get("activities.csv").contains("\n8631be0acddb1e04,2000-01-02,Aqua zumba,45,,\n"),
        files.get("activities.csv"));
    assertFalse(files.get("manifest.json").contains("patients.csv"));
  }

  @Test
  void strictWritesNothingWhenARowWasRejected() {
    Run run = anonymise("--strict");
    assertEquals(3, run.exit());
    assertTrue(run.err().endsWith("rehab: --strict: 3 rows were rejected; nothing written\n"));
    assertFalse(Files.exists(out));
  }
}

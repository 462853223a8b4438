package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rehabprogress.importer.ImportChecks.DEFAULTS;
import static org.rehabprogress.importer.ImportChecks.assertReconciles;
import static org.rehabprogress.importer.ImportFixtures.path;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabprogress.ingest.InputFileException;

class BearableImporterTest {

  private static final String ID = "bearable-export";
  private static final ImportOptions OPTIONS = new ImportOptions(ID, Set.of());
  private final BearableImporter importer = new BearableImporter();

  @Test
  void convertsSeveritiesSleepAndMedicationInSourceOrder() throws Exception {
    ImportBatch batch = importer.read(path("bearable/bearable-export.csv"), OPTIONS);

    assertEquals(
        List.of(
            // am: lower back moderate (2 -> 5.0) is back pain; sciatica severe (3 -> 7.5) is leg
            // pain, a row of its own.
            pain("2021-03-03", 5.0, "am"),
            legPain("2021-03-03", 7.5, "am; shooting, down left leg"),
            pain("2021-03-03", 2.5, "pm"),
            new CanonicalRow.Symptom(
                ID, LocalDate.parse("2021-03-03"), null, 5.0, null, null, null, "pm"),
            // 7:30 asleep plus a 0:45 nap on the same date.
            sleep("2021-03-03", 8.25),
            // Sleep quality 4 of 1-5 -> (4 - 1) x 2.5.
            new CanonicalRow.Symptom(
                ID, LocalDate.parse("2021-03-03"), null, null, null, null, 7.5, null),
            // One tablet: the amount 1 is left out; the time of day stays.
            new CanonicalRow.Event(
                ID, LocalDate.parse("2021-03-03"), "medication: Ibuprofen 400mg am"),
            // Empty rating/amount: the detail's word, Severe = 3 -> 7.5.
            pain("2021-03-04", 7.5, "mid"),
            // Asleep 01:15 - 06:45 from the detail; in bed 00:50 - 07:30 is not sleep.
            sleep("2021-03-04", 5.5),
            pain("2021-03-05", 0.0, "pre; good day")),
        batch.rows());
    // The nap folded into the night's sleep.
    assertEquals(1, batch.combined());
  }

  @Test
  void skipsWhatRehabDoesNotFollowByReason() throws Exception {
    ImportBatch batch = importer.read(path("bearable/bearable-export.csv"), OPTIONS);

    assertEquals(
        Map.of(
            "Symptom Neck pain is not back or leg pain, the condition rehab follows", 1L,
            "Symptom Headache is not a measure rehab follows", 1L,
            "Mood is not a measure rehab follows", 1L,
            "Energy is not a measure rehab follows", 1L,
            "Factors is not a measure rehab follows", 1L,
            "Health measurements is not a measure rehab follows", 1L),
        batch.skipped());
  }

  @Test
  void rejectsWhatCannotBeReadWithReasons() throws Exception {
    ImportBatch batch = importer.read(path("bearable/bearable-export.csv"), OPTIONS);

    String scale = "Bearable rates symptoms 0-4 (none, mild, moderate, severe, unbearable)";
    assertEquals(
        List.of(
            reject(16, "rating/amount", "5", "rating/amount \"5\" is out of range 0-4; " + scale),
            reject(17, "rating/amount", "x", "rating/amount \"x\" is not a number; " + scale),
            reject(
                19,
                "rating/amount",
                "6",
                "rating/amount \"6\" is not a sleep quality; Bearable rates it 1-5"),
            reject(
                20,
                "date",
                "31st Feb 2021",
                "date \"31st Feb 2021\" is not a date; expected a date like 22nd Sep 2020"),
            reject(
                21,
                "rating/amount",
                "",
                "rating/amount \"\" is not a sleep duration and the detail has no asleep time;"
                    + " expected h:mm hours asleep"),
            reject(24, "detail", "", "detail is empty; a medication entry needs its name"),
            reject(
                25,
                "category",
                "",
                "category is empty; expected a Bearable category such as Symptom")),
        batch.rejects());
    assertEquals(24, batch.read());
    assertReconciles(batch);
  }

  @Test
  void countsTheChosenSymptomsAsPain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("diary.csv");
    Files.writeString(
        file,
        "date,time of day,category,rating/amount,detail\n"
            + "1st Jun 2022,am,Symptom,2,Neck pain (Moderate)\n"
            + "1st Jun 2022,am,Symptom,4,Back (lower) pain (Unbearable)\n",
        StandardCharsets.UTF_8);

    ImportBatch batch = importer.read(file, new ImportOptions("p9", Set.of(" Neck Pain ")));

    assertEquals(
        List.of(
            new CanonicalRow.Symptom(
                "p9", LocalDate.parse("2022-06-01"), 5.0, null, null, null, null, "am")),
        batch.rows());
    assertEquals(
        Map.of(
            "Symptom Back (lower) pain is not back or leg pain, the condition rehab follows", 1L),
        batch.skipped());
  }

  @Test
  void keepsTwoMomentsWithTheSameRatingApart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("diary.csv");
    Files.writeString(
        file,
        "date,time of day,category,rating/amount,detail\n"
            + "1st Jun 2022,am,Symptom,2,Back (lower) pain (Moderate)\n"
            + "1st Jun 2022,PM,Symptom,2,Back (lower) pain (Moderate)\n"
            + "1st Jun 2022,pm,Symptom,1,Back (upper) pain (Mild)\n",
        StandardCharsets.UTF_8);

    ImportBatch batch = importer.read(file, new ImportOptions("p9", Set.of()));

    // The time of day in the notes keeps the two rows from being one duplicate row; the upper
    // back's mild rating folds into the worse lower back rating of that moment.
    assertEquals(
        List.of(
            new CanonicalRow.Symptom(
                "p9", LocalDate.parse("2022-06-01"), 5.0, null, null, null, null, "am"),
            new CanonicalRow.Symptom(
                "p9", LocalDate.parse("2022-06-01"), 5.0, null, null, null, null, "PM")),
        batch.rows());
    assertEquals(1, batch.combined());
  }

  @Test
  void rejectsASleepDaySummingPastTwentyFourHours(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("diary.csv");
    Files.writeString(
        file,
        "date,category,rating/amount,detail\n"
            + "1st Jun 2022,Sleep,20:00,\n"
            + "1st Jun 2022,Sleep,5:00,\n",
        StandardCharsets.UTF_8);

    ImportBatch batch = importer.read(file, DEFAULTS);

    String reason =
        "sleep_hours \"25\", the sum of 2 sleeps ending on 2022-06-01, is out of range 0-24;"
            + " sleep_hours is hours asleep, 0-24";
    assertEquals(
        List.of(
            new SourceReject("diary.csv", "line 2", "rating/amount", "20:00", reason),
            new SourceReject("diary.csv", "line 3", "rating/amount", "5:00", reason)),
        batch.rejects());
    assertEquals(List.of(), batch.rows());
    assertReconciles(batch);
  }

  @Test
  void appliesTheDiaryRulesOfSpecSection7() throws Exception {
    ImportBatch batch =
        importer.read(path("bearable/diary-2022.csv"), new ImportOptions("kim", Set.of()));

    LocalDate day = LocalDate.parse("2022-01-10");
    assertEquals(
        List.of(
            // Asleep 23:00 - 06:30 (7.5 h) plus the 0:30 nap; the in-bed-only row adds nothing.
            new CanonicalRow.Symptom("kim", day, null, null, null, 8.0, null, null),
            // Two doses of one drug on one day are two events, each with its time.
            new CanonicalRow.Event("kim", day, "medication: Lisdexamfetamine 40 mg 07:00"),
            new CanonicalRow.Event("kim", day, "medication: Lisdexamfetamine 40 mg 13:00"),
            new CanonicalRow.Event("kim", day, "medication: Paracetamol 500 mg x2 am"),
            // Sciatica (3 -> 7.5) and leg pain (2 -> 5.0) at am: leg pain 7.5, the worst.
            new CanonicalRow.Symptom(
                "kim", day, null, 7.5, null, null, null, null, null, null, null, "am"),
            new CanonicalRow.Symptom("kim", day, 2.5, null, null, null, null, "am")),
        batch.rows());
    assertEquals(
        Map.of("Sleep with in-bed time but no asleep interval: in-bed time is not sleep", 1L),
        batch.skipped());
    assertEquals(
        List.of(
            new SourceReject(
                "diary-2022.csv",
                "line 11",
                "time of day",
                "25:10",
                "time of day \"25:10\" has no such time; hours run 00-23 and minutes and seconds"
                    + " 00-59")),
        batch.rejects());
    // The nap into the night, leg pain into sciatica's moment.
    assertEquals(2, batch.combined());
    assertReconciles(batch);
  }

  @Test
  void needsAPatientIdForBearablesFileName() {
    ImportOptionException e =
        assertThrows(
            ImportOptionException.class,
            () -> importer.read(path("bearable/bearable-export.csv"), DEFAULTS));

    assertEquals(
        "\"bearable-export.csv\" is the name Bearable gives every export, so it does not say"
            + " whose data this is; name the patient with --patient-id ID",
        e.getMessage());
  }

  @Test
  void stopsWhenTheCategoryColumnIsMissing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("diary.csv");
    Files.writeString(
        file, "date,rating/amount,detail\n1st Jun 2022,2,x\n", StandardCharsets.UTF_8);

    InputFileException e =
        assertThrows(InputFileException.class, () -> importer.read(file, DEFAULTS));

    assertEquals(
        file
            + ":1: required column \"category\" is missing; name a Bearable CSV export (date,"
            + " time of day, category, rating/amount, detail, notes)",
        e.getMessage());
  }

  private static CanonicalRow.Symptom pain(String date, double pain, String notes) {
    return new CanonicalRow.Symptom(ID, LocalDate.parse(date), pain, null, null, null, null, notes);
  }

  private static CanonicalRow.Symptom legPain(String date, double legPain, String notes) {
    return new CanonicalRow.Symptom(
        ID, LocalDate.parse(date), null, legPain, null, null, null, null, null, null, null, notes);
  }

  private static CanonicalRow.Symptom sleep(String date, double hours) {
    return new CanonicalRow.Symptom(ID, LocalDate.parse(date), null, null, null, hours, null, null);
  }

  private static SourceReject reject(int line, String field, String value, String reason) {
    return new SourceReject("bearable-export.csv", "line " + line, field, value, reason);
  }
}

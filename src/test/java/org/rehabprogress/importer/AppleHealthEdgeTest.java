package org.rehabprogress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records an export should not hold but might: each is rejected with its line and reason. */
class AppleHealthEdgeTest {

  private static final String SLEEP =
      "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"s\" value=";
  private static final String AT = "startDate=\"2026-03-01 10:00:00 +0000\"";

  @TempDir Path temp;

  @Test
  void rejectsBrokenRecordsAndNightsOverADay() throws Exception {
    Path file =
        Files.writeString(
            temp.resolve("export.xml"),
            String.join(
                "\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<HealthData locale=\"en_US\">",
                "<Record sourceName=\"s\" " + AT + " endDate=\"2026-03-01 10:00:00 +0000\"/>",
                SLEEP
                    + "\"HKCategoryValueSleepAnalysisAsleep\" startDate=\"2026-03-02 08:00:00 +0000\""
                    + " endDate=\"2026-03-02 07:00:00 +0000\"/>",
                "<Workout duration=\"5\" durationUnit=\"min\" " + AT + "/>",
                "<Workout workoutActivityType=\"Walk\" " + AT + " endDate=\"soon\"/>",
                "<Workout workoutActivityType=\"Walk\" duration=\"abc\" durationUnit=\"min\" "
                    + AT
                    + "/>",
                "<Workout workoutActivityType=\"Walk\" duration=\"NaN\" durationUnit=\"min\" "
                    + AT
                    + "/>",
                SLEEP
                    + "\"HKCategoryValueSleepAnalysisAsleep\" startDate=\"2026-03-03 00:00:00 +0000\""
                    + " endDate=\"2026-03-04 06:00:00 +0000\"/>",
                SLEEP
                    + "\"HKCategoryValueSleepAnalysisAsleepCore\""
                    + " startDate=\"2026-03-04 01:00:00 +0000\" endDate=\"2026-03-04 02:00:00 +0000\"/>",
                "</HealthData>"));

    ImportBatch batch = new AppleHealthImporter().read(file, ImportFixtures.options("a"));

    String night =
        "asleep time ending on 2026-03-04 sums to 30 hours; sleep_hours is hours asleep, 0-24";
    assertEquals(
        List.of(
            new SourceReject("export.xml", "line 3", "type", "", "the record has no type"),
            new SourceReject(
                "export.xml",
                "line 4",
                "endDate",
                "2026-03-02 07:00:00 +0000",
                "endDate is before startDate"),
            new SourceReject(
                "export.xml",
                "line 5",
                "workoutActivityType",
                "",
                "the workout has no workoutActivityType"),
            new SourceReject(
                "export.xml",
                "line 6",
                "endDate",
                "soon",
                "endDate \"soon\" is not a date-time; expected yyyy-MM-dd HH:mm:ss +hhmm"),
            new SourceReject(
                "export.xml", "line 7", "duration", "abc", "duration \"abc\" is not a number"),
            new SourceReject(
                "export.xml", "line 8", "duration", "NaN", "duration \"NaN\" is not a number"),
            // the two asleep records join into one 30-hour stretch: both are rejected
            new SourceReject("export.xml", "line 9", "", "", night),
            new SourceReject("export.xml", "line 10", "", "", night)),
        batch.rejects());
    assertEquals(List.of(), batch.rows());
    assertEquals(8, batch.read());
  }
}

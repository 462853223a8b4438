package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month after the data (SPEC section 4): announced on the terminal and in a banner naming the
 * newest entry's date; the report is still written and the exit code is 0, since it is information,
 * not a failure.
 */
class StaleExportTest {

  @TempDir Path dir;

  private static String clinic() throws Exception {
    return Path.of(StaleExportTest.class.getResource("/fixtures/report/clinic").toURI()).toString();
  }

  private Run report(String month) throws Exception {
    return Run.of(
        "report",
        "--in",
        clinic(),
        "--out",
        dir.resolve(month).toString(),
        "--month",
        month,
        "--as-of",
        "2026-12-06");
  }

  private String index(String month) throws Exception {
    return Files.readString(dir.resolve(month).resolve("index.html"), StandardCharsets.UTF_8);
  }

  @Test
  void announcesAMonthWithNoEntryAtAll() throws Exception {
    // The fixture's newest entry is IMP's pain on 2026-11-02; December has none.
    Run run = report("2026-12");
    assertEquals(0, run.exit(), run.err());
    String line =
        "no entry at all in December 2026; the newest entry is 2026-11-02: is the export current?"
            + " Without newer entries every patient looks lost to follow-up.";
    assertTrue(run.err().contains("rehab: warning: " + line + "\n"), run.err());
    assertTrue(
        index("2026-12")
            .contains(
                "<p class=\"banner\" role=\"alert\"><strong>⚠ Stale export?</strong> "
                    + line
                    + "</p>"),
        index("2026-12"));
  }

  @Test
  void announcesAnExportWhoseNewestEntryIsMoreThan14DaysBeforeTheEnd() throws Exception {
    // November has one entry (2026-11-02), 2026-11-30 - 2026-11-02 = 28 days before its end.
    Run run = report("2026-11");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "rehab: warning: the newest entry is 2026-11-02, 28 days before the end of"
                    + " November 2026: is the export current?"),
        run.err());
  }

  @Test
  void saysNothingWhenTheExportIsCurrent() throws Exception {
    // October: the newest entry, 2026-11-02, is after its end.
    Run run = report("2026-10");
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.err().contains("is the export current?"), run.err());
    assertFalse(index("2026-10").contains("class=\"banner\""));
  }
}

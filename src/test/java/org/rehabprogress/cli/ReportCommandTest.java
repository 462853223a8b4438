package org.rehabprogress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rehab report through the same command line as main, with the real charts. */
class ReportCommandTest {

  private static final Pattern LIVE_TAG =
      Pattern.compile(
          "<\\s*(script|img|iframe|object|embed|foreignObject)\\b", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  private static String clinic() throws Exception {
    return Path.of(ReportCommandTest.class.getResource("/fixtures/report/clinic").toURI())
        .toString();
  }

  private static Map<String, byte[]> files(Path folder) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void reportsAMonthAndPrintsWhereItWroteTheStatusesAndTheLedger() throws Exception {
    Path out = dir.resolve("oct");
    Run run =
        Run.of(
            "report",
            "--in",
            clinic(),
            "--out",
            out.toString(),
            "--month",
            "2026-10",
            "--as-of",
            "2026-11-01",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Report for 2026-10 written to "
                    + out
                    + ": 12 patients; open "
                    + out.resolve("index.html")
                    + "\n"
                    + "  WORSE 1, UNCHANGED 3, INSUFFICIENT_DATA 6, IMPROVED 2; review flag 1,"
                    + " persistent pain flag 1, lost to follow-up 5\n"
                    + "  1 more in the input not in treatment by 2026-10-31 (left out)\n"
                    + "file             rows read    accepted    rejected  duplicates\n"
                    + "activities.csv          13          13           0           0\n"
                    + "symptoms.csv           240         238           1           1\n"),
        run.out());
    assertTrue(
        run.out()
            .endsWith(
                "Unclassified activities (counted as neutral; add them to a catalog file):\n"
                    + "  \"><img src=x onerror=alert(1)> (1 entry)\n"
                    + "  =HYPERLINK(\"http://x\",\"y\") (1 entry)\n"),
        run.out());
    assertTrue(Files.isRegularFile(out.resolve("patients/WOR.html")));
  }

  @Test
  void rerunsGiveTheSameBytesAndNothingLiveWithTheRealCharts() throws Exception {
    String[] common = {"report", "--in", clinic(), "--month", "2026-10", "--as-of", "2026-11-01"};
    Map<String, byte[]> first = rerun(common, "one");
    Map<String, byte[]> second = rerun(common, "two");
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), second.get(name), name);
      if (name.endsWith(".html") || name.endsWith(".svg")) {
        String text = new String(first.get(name), StandardCharsets.UTF_8);
        assertFalse(LIVE_TAG.matcher(text).find(), name);
      }
    }
    String timeline = new String(first.get("charts/WOR-timeline.svg"), StandardCharsets.UTF_8);
    assertTrue(timeline.contains("&lt;script&gt;"), "the event label is drawn, escaped");
  }

  private Map<String, byte[]> rerun(String[] common, String name) throws Exception {
    String[] args = java.util.Arrays.copyOf(common, common.length + 2);
    args[common.length] = "--out";
    args[common.length + 1] = dir.resolve(name).toString();
    Run run = Run.of(args);
    assertEquals(0, run.exit(), run.err());
    return files(dir.resolve(name));
  }

  @Test
  void extendsTheCatalogWithAFileAndRecordsItInTheProvenance() throws Exception {
    Path catalog = dir.resolve("extra.csv");
    Files.writeString(
        catalog,
        "activity,class,reason\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",NEUTRAL,a test\n");
    Path out = dir.resolve("cat");
    Run run =
        Run.of(
            "report",
            "--in",
            clinic(),
            "--out",
            out.toString(),
            "--month",
            "2026-10",
            "--catalog",
            catalog.toString(),
            "--png",
            "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertFalse(run.out().contains("=HYPERLINK"), run.out());
    JsonNode provenance =
        new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("provenance");
    assertEquals("built-in catalog + extra.csv", provenance.get("catalog").get("name").asText());
    assertEquals(catalog.toString(), provenance.get("parameters").get("catalog").asText());
    assertTrue(provenance.get("parameters").get("png").asBoolean());
    byte[] png = Files.readAllBytes(out.resolve("charts/IMP-timeline.png"));
    assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
  }

  @Test
  void choosesTheLatestMonthWithAnEntryByDefault() throws Exception {
    Path out = dir.resolve("latest");
    Run run = Run.of("report", "--in", clinic(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Report for 2026-11 written to "), run.out());
  }

  @Test
  void refusesABadMonthWithExitTwo() {
    Run run = Run.of("report", "--in", "nowhere", "--month", "2026-13");
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .equals("rehab: --month \"2026-13\" is not a month; write yyyy-MM, e.g. 2026-10\n"),
        run.err());
  }

  @Test
  void refusesAMonthBeforeAnyPatientStartedWithExitTwo() throws Exception {
    Path out = dir.resolve("old");
    Run run = Run.of("report", "--in", clinic(), "--out", out.toString(), "--month", "2020-01");
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: no patient is in treatment by 2020-01-31; the latest month with entries is"
            + " 2026-11; choose another --month\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void refusesToReplaceTheInputFolderWithExitTwo() throws Exception {
    Files.writeString(dir.resolve("symptoms.csv"), "patient_id,date,pain\nP1,2026-10-01,5\n");
    Files.writeString(
        dir.resolve("activities.csv"),
        "patient_id,date,activity,duration_min\nP1,2026-10-01,Walk,30\n");
    Run run = Run.of("report", "--in", dir.toString(), "--out", dir.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "rehab: --out "
            + dir
            + " holds "
            + dir.resolve("activities.csv")
            + ", an input file of this run, which writing the folder would delete; name a new or"
            + " empty folder\n",
        run.err());
    assertTrue(Files.exists(dir.resolve("symptoms.csv")));
  }

  @Test
  void exitsFourWhenThereIsNoEntryAtAll() throws Exception {
    Files.writeString(dir.resolve("symptoms.csv"), "patient_id,date,pain\n");
    Files.writeString(dir.resolve("activities.csv"), "patient_id,date,activity,duration_min\n");
    Run run = Run.of("report", "--in", dir.toString(), "--out", dir.resolve("r").toString());
    assertEquals(4, run.exit());
    assertEquals(
        "rehab: "
            + dir.resolve("symptoms.csv")
            + ":0: no symptom or activity entry to report on; check that --in names the folder"
            + " with the clinic's files, or run rehab validate\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("r")));
  }

  @Test
  void exitsThreeUnderStrictListingTheRejectsAndWritesNothing() throws Exception {
    Path out = dir.resolve("strict");
    Run run = Run.of("report", "--in", clinic(), "--out", out.toString(), "--strict");
    assertEquals(3, run.exit());
    assertEquals("", run.out());
    assertEquals(
        "rehab: --strict: 1 row was rejected; nothing written\n"
            + "  symptoms.csv:95: pain \"11\" is out of range 0-10; pain is a 0-10 numeric rating\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void exitsFourWhenTheInputFolderIsMissing() {
    Run run = Run.of("report", "--in", dir.resolve("missing").toString());
    assertEquals(4, run.exit());
    assertEquals(
        "rehab: "
            + dir.resolve("missing")
            + ":0: folder not found; pass --in with the folder that holds activities.csv and"
            + " symptoms.csv\n",
        run.err());
  }
}

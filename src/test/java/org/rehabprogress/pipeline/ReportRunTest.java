package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the fixture clinic, end to end, with stand-in charts. */
class ReportRunTest {

  @TempDir Path dir;

  private Path run(String name) throws Exception {
    Path out = dir.resolve(name);
    ReportOutcome outcome =
        ReportRun.run(
            ReportFixture.request(out, false, false), new FakeCharts(), ReportProgress.NONE);
    assertTrue(outcome.written());
    return out;
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String expected(String name) throws Exception {
    return read(ReportFixture.folder("expected").resolve(name));
  }

  @Test
  void writesSummaryAndComparisonCsvInPatientIdOrder() throws Exception {
    Path out = run("report");
    assertEquals(expected("summary.csv"), read(out.resolve("summary.csv")));
    assertEquals(expected("activity_comparison.csv"), read(out.resolve("activity_comparison.csv")));
  }

  @Test
  void ordersTheOverviewWorstFirst() throws Exception {
    String index = read(run("report").resolve("index.html"));
    Matcher links = Pattern.compile("<a href=\"patients/[^\"]+\">([^<]+)</a>").matcher(index);
    List<String> order = new ArrayList<>();
    while (links.find()) {
      order.add(links.group(1));
    }
    // WORSE; flagged (persistent pain, review); lost to follow-up; UNCHANGED; too early; IMPROVED.
    assertEquals(
        List.of(
            "WOR", "PER", "UNC", "EMPTY", "LOST", "NONE", "P9", "p9", "..", "UNC2", "NEW", "IMP"),
        order);
    assertTrue(index.contains("<span class=\"badge s-worse\">▲ WORSE: 1</span>"), index);
    assertTrue(index.contains("<span class=\"lost\">○ lost to follow-up: 5</span>"), index);
  }

  @Test
  void showsTheLedgerRejectsDuplicatesAndUnknownNamesOnTheOverview() throws Exception {
    String index = read(run("report").resolve("index.html"));
    assertTrue(
        index.contains(
            "<tr><td>symptoms.csv</td><td class=\"num\">240</td><td class=\"num\">238</td>"
                + "<td class=\"num\">1</td><td class=\"num\">1</td></tr>"),
        index);
    assertTrue(
        index.contains(
            "<tr><td class=\"nowrap\">symptoms.csv:95</td><td>pain</td><td>11</td><td>pain \"11\""
                + " is out of range 0-10; pain is a 0-10 numeric rating</td></tr>"),
        index);
    assertTrue(index.contains("<a href=\"rejects.csv\">rejects.csv</a>"), index);
    assertTrue(index.contains("<li>symptoms.csv:91 repeats line 90</li>"), index);
    assertTrue(
        index.contains("<tr><td>=HYPERLINK(\"http://x\",\"y\")</td><td class=\"num\">1 entry</td>"),
        index);
  }

  @Test
  void patientPageStartsWithTheVerdictAndItsRule() throws Exception {
    String page = read(run("report").resolve("patients/IMP.html"));
    assertTrue(
        page.contains(
            "<span class=\"word\">▼ IMPROVED, was INSUFFICIENT DATA in September</span><span"
                + " class=\"meaning\">: pain is down by a"
                + " clinically important amount since treatment began</span>"),
        page);
    assertTrue(
        page.contains(
            "<p class=\"headline\">Pain 6.00 at baseline → 3.00 now (0-10 scale): change -3.00"
                + " points (-50.00 %).</p>"),
        page);
    assertTrue(
        page.contains(
            "pain 6.00 → 3.00: change -3.00 points ≤ -2.0: IMPROVED (Farrar et al. 2001; Ostelo et"
                + " al. 2008)"),
        page);
    assertTrue(page.contains("▼ clinically important improvement"), page);
    assertTrue(page.indexOf("class=\"verdict") < page.indexOf("class=\"charts\""));
    assertTrue(
        page.contains(
            "<p>3 days with a flagged activity since the start of treatment (2026-08-01); the"
                + " timeline marks them all with triangles.</p>"),
        page);
    assertTrue(
        page.contains(
            "<tr><td class=\"nowrap\">2026-10-19</td><td>Tennis</td><td class=\"num\">3.00</td></tr>"),
        page);
    assertTrue(
        page.contains(
            "<tr><td class=\"nowrap\">2026-10-20</td><td>symptom diary</td><td>feeling better,"
                + " walked to the shops</td></tr>"),
        page);
    assertFalse(page.contains("after the end of the month: ignored"), page);
    String per = read(run("again").resolve("patients/PER.html"));
    assertTrue(
        per.contains(
            "⚑ Persistent-pain flag:</strong> weeks in treatment 34 ≥ 26 and current pain 6.00 ≥ 5.0: persistent"
                + " pain despite conservative care (NICE TA159)"),
        per);
  }

  @Test
  void patientPageLeadsItsActivitySectionWithTheAdjustedFigureThenTheChoiceCheck()
      throws Exception {
    String page = read(run("report").resolve("patients/IMP.html"));
    // IMP: 26 day pairs, tennis on 3 of their days (SPEC 3b needs 5 on each side).
    String lead =
        "<p class=\"lead\">No adjusted comparison of flagged and low-impact days: only 3 day pairs"
            + " with a flagged activity, and 5 are needed.</p>";
    String choice =
        "<p>No choice check: it needs 5 day pairs with a flagged activity and 5 without (3 day"
            + " pairs with a flagged activity and 23 without).</p>";
    assertTrue(page.contains(lead), page);
    assertTrue(page.contains(choice), page);
    assertTrue(page.contains("it remains an association in the patient's own diary"), page);
    int section = page.indexOf("<h2>Activities and pain on the next day</h2>");
    int adjusted = page.indexOf("<h3>Adjusted comparison</h3>");
    int check = page.indexOf("<h3>Choice check: pain on the day the activity was chosen</h3>");
    int adjustedPerActivity = page.indexOf("<h3>Adjusted, per activity</h3>");
    int unadjusted = page.indexOf("<h3>Unadjusted next-day means</h3>");
    int perActivity = page.indexOf("<h3>Unadjusted, per activity</h3>");
    assertTrue(section > 0, page);
    assertTrue(
        section < adjusted
            && adjusted < page.indexOf(lead)
            && page.indexOf(lead) < check
            && check < page.indexOf(choice)
            && page.indexOf(choice) < adjustedPerActivity
            && adjustedPerActivity < unadjusted
            && unadjusted < perActivity,
        page);
  }

  @Test
  void reportJsonHoldsTheAdjustedComparisonPerPatient() throws Exception {
    JsonNode patients =
        new ObjectMapper().readTree(run("report").resolve("report.json").toFile()).get("patients");
    JsonNode imp = null;
    for (JsonNode p : patients) {
      if (p.get("patient_id").asText().equals("IMP")) {
        imp = p;
      }
    }
    JsonNode a = imp.get("adjusted");
    assertEquals(26, a.get("day_pairs").asInt());
    assertEquals(3, a.get("flagged_pairs").asInt());
    assertEquals(7, a.get("low_impact_pairs").asInt());
    JsonNode contrast = a.get("flagged_minus_low_impact");
    assertTrue(contrast.get("estimate").isNull());
    assertEquals("few_flagged", contrast.get("reason").asText());
    JsonNode tennis = a.get("activities").get(1);
    assertEquals("Tennis", tennis.get("activity").asText());
    assertEquals(3, tennis.get("days").asInt());
    assertEquals("few_activity_days", tennis.get("reason").asText());
    for (String key : List.of("estimate", "se", "ci_low", "ci_high")) {
      assertTrue(tennis.get(key).isNull(), key);
    }
    assertEquals(3, a.get("choice_check").get("flagged_pairs").asInt());
    assertTrue(a.get("choice_check").get("flagged_day_pain_minus_other").isNull());
    assertEquals(26, imp.get("summary").get("adj_day_pairs").asInt());
  }

  @Test
  void patientPageNamesTheLostToFollowUp() throws Exception {
    String page = read(run("report").resolve("patients/LOST.html"));
    assertTrue(
        page.contains(
            "Lost to follow-up: no symptom entry in the last 14 days of the month (2026-10-18 to"
                + " 2026-10-31); the last one was on 2026-10-10."),
        page);
    assertTrue(
        page.contains(
            "<p class=\"headline\">Pain 5.00 at baseline (0-10 scale); no current figure.</p>"),
        page);
    String empty = read(dir.resolve("report/patients/EMPTY.html"));
    assertTrue(
        empty.contains(
            "<p class=\"headline\">Pain (0-10 scale): no baseline and no current figure.</p>"),
        empty);
    assertTrue(empty.contains("; no symptom entry at all."), empty);
  }

  @Test
  void writesAPageAndThreeChartsForEveryPatient() throws Exception {
    Path out = run("report");
    List<String> names =
        List.of(
            "~..", "EMPTY", "IMP", "LOST", "NEW", "NONE", "P9", "PER", "UNC", "UNC2", "WOR",
            "p9~2");
    for (String name : names) {
      assertTrue(Files.isRegularFile(out.resolve("patients/" + name + ".html")), name);
      for (String chart : List.of("-timeline.svg", "-weekly.svg", "-nextday.svg")) {
        assertTrue(read(out.resolve("charts/" + name + chart)).startsWith("<svg"), name + chart);
      }
    }
    try (Stream<Path> pages = Files.list(out.resolve("patients"))) {
      assertEquals(names.size(), pages.count());
    }
    assertFalse(Files.exists(out.resolve("charts/IMP-timeline.png")));
  }

  @Test
  void writesPngChartsWhenAsked() throws Exception {
    Path out = dir.resolve("png");
    ReportRun.run(ReportFixture.request(out, false, true), new FakeCharts(), ReportProgress.NONE);
    assertArrayEquals(FakeCharts.PNG, Files.readAllBytes(out.resolve("charts/IMP-nextday.png")));
  }

  @Test
  void strictRefusesRejectedRowsAndWritesNothing() throws Exception {
    Path out = dir.resolve("strict");
    ReportOutcome outcome =
        ReportRun.run(
            ReportFixture.request(out, true, false), new FakeCharts(), ReportProgress.NONE);
    assertFalse(outcome.written());
    assertNull(outcome.report());
    assertEquals(1, outcome.data().rejects().size());
    assertFalse(Files.exists(out));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.count());
    }
  }
}

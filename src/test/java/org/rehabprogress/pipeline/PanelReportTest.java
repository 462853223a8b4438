package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FBSS outcome panel (SPEC 3c) end to end over the fixture {@code fixtures/report/panel}, five
 * patients worked out by hand for October 2026 (start 09-01 for all, end 10-31, span 60 days: the
 * 14-day windows are 09-01 .. 09-14 and 10-18 .. 10-31, the 28-day ones 09-01 .. 09-28 and 10-04 ..
 * 10-31). Every patient has pain on 09-01 .. 09-04 and 10-28 .. 10-31 only: 3 + 3 = 6 day pairs
 * (SPEC 3b), too few for an adjusted figure, and no activity, so no choice check:
 *
 * <ul>
 *   <li>LEG: pain 5 -> 5 (UNCHANGED); leg pain (8 + 8 + 7 + 7) / 4 = 7.5 -> (3.5 + 4 + 3.5 + 4) / 4
 *       = 3.75, change -3.75 = -50 % (IMPROVED, halved); PEG (7 + 6.33) / 2 = 6.665 (shown 6.67) ->
 *       4.67; ODI 44 -> (34 + 33) / 2 = 33.5; PGIC 2 on 10-15; no medication row: MME none. Days
 *       logged in October: 10-15, 10-20, 10-27 and 10-28 .. 10-31 = 7 of 31 (22.58 %).
 *   <li>OPI: pain 6 -> 3 (IMPROVED); oxycodone 40 mg (x 1.5 = 60 MME) to 10-21, then 20 mg (30
 *       MME): baseline 60, current (4 x 60 + 10 x 30) / 14 = 540 / 14 = 38.571... (38.57);
 *       gabapentin listed without MME.
 *   <li>PAT: pain 4 -> 4.5 (UNCHANGED); fentanyl 25 mcg/h (x 2.4 = 60 MME) from 09-08: baseline 7 x
 *       60 / 14 = 30, current 60 (50 or more: marked); PGIC on 10-02 (5 + 6) / 2 = 5.5.
 *   <li>UNK: pain 7 -> 7; leg pain on 2 baseline days only (none; INSUFFICIENT_DATA), current 6; no
 *       medication row: MME none, not 0.
 *   <li>INJ: pain 5 -> 5.5; co-codamol 240 mg of codeine (x 0.15 = 36 MME) throughout: baseline 36;
 *       an injected oxycodone on 10-25 .. 10-26 makes the current window unknown.
 * </ul>
 */
class PanelReportTest {

  @TempDir static Path dir;

  private static Path out;

  @BeforeAll
  static void report() throws Exception {
    out = dir.resolve("report");
    ReportOutcome outcome =
        ReportRun.run(
            new ReportRequest(
                ReportFixture.inputs("panel"),
                ReportFixture.MONTH,
                out,
                null,
                false,
                false,
                false,
                ReportFixture.AS_OF,
                null),
            new FakeCharts(),
            ReportProgress.NONE);
    assertTrue(outcome.written());
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void everySummaryCellIsTheHandWorkedFigure() throws Exception {
    assertEquals(
        read(ReportFixture.folder("panel-expected").resolve("summary.csv")),
        read(out.resolve("summary.csv")));
  }

  @Test
  void theHeadlineSaysBothVerdictsWhenLegPainDiffers() throws Exception {
    String page = read(out.resolve("patients/LEG.html"));
    assertTrue(
        page.contains(
            "<p class=\"headline\">Pain 5.00 at baseline → 5.00 now (0-10 scale): change 0.00"
                + " points (0.00 %). Leg pain ▼ IMPROVED: 7.50 → 3.75, change -3.75 points (-50.00"
                + " %) (pain UNCHANGED is the primary status).</p>"),
        page);
    // That verdict shows its rule too.
    assertTrue(
        page.contains(
            "<p class=\"rule\"><strong>How leg pain was decided:</strong> leg pain 7.50 → 3.75:"
                + " change -3.75 points ≤ -2.0: IMPROVED (Farrar et al. 2001; Ostelo et al."
                + " 2008)</p>"),
        page);
    assertFalse(read(out.resolve("patients/OPI.html")).contains("How leg pain was decided"));
    // The panel sits between the verdict and the charts, in the first screen.
    int panel = page.indexOf("<caption>Outcome panel</caption>");
    assertTrue(page.indexOf("class=\"verdict") < panel && panel < page.indexOf("class=\"charts\""));
    assertTrue(
        page.contains(
            "own verdict: ▼ IMPROVED (pain UNCHANGED is the primary status); ▼ leg pain halved: -50"
                + " % or more (Kumar et al. 2007)"),
        page);
    assertTrue(
        page.contains(
            "<td class=\"num\">2</td><td class=\"small nowrap days\">2026-10-15</td><td"
                + " class=\"num\">–</td><td class=\"small\">“much improved”: ▼ 1-2"),
        page);
    assertTrue(
        page.contains(
            "▼ 1-2: the patient's own sense of important improvement (Farrar et al. 2001);"
                + " ≠ disagrees with pain UNCHANGED (both shown)"),
        page);
    assertTrue(
        page.contains(
            "▼ important improvement: fell by 10 points or 30 % or more (Ostelo et al. 2008)"),
        page);
    // No medication row: no opioid row in the panel, no medications section.
    assertFalse(page.contains("Opioids (MME a day)"), page);
    assertFalse(page.contains("<h2>Medications</h2>"), page);
  }

  @Test
  void thePageShowsTheDoseItsMarkerAndTheMedications() throws Exception {
    String pat = read(out.resolve("patients/PAT.html"));
    assertTrue(
        pat.contains(
            "⚑ 50 MME a day or more: CDC advises reassessing benefit and risk (Dowell et al."
                + " 2022)"),
        pat);
    assertTrue(
        pat.contains(
            "<td class=\"num\">5.50</td><td class=\"small nowrap days\">2026-10-02</td><td"
                + " class=\"num\">–</td><td class=\"small\">“between minimally worse and much"
                + " worse”: not 1-2 or 6-7"),
        pat);
    String opi = read(out.resolve("patients/OPI.html"));
    assertTrue(
        opi.contains(
            "<tr><td>Gabapentin 300 mg capsule</td><td class=\"nowrap\">2026-06-01</td><td"
                + " class=\"nowrap\">ongoing</td><td class=\"num nowrap\">900 mg</td><td"
                + " class=\"small\">not an opioid: listed without MME</td></tr>"),
        opi);
    // The dose change is an event, drawn on the timeline and listed with the events.
    assertTrue(
        opi.contains(
            "<td class=\"nowrap\">2026-10-22</td><td>oxycodone → 20 mg a day (from 40 mg a day;"
                + " 60 → 30 MME a day)</td>"),
        opi);
    String inj = read(out.resolve("patients/INJ.html"));
    assertTrue(
        inj.contains(
            "current unknown: oxycodone injection from 2026-10-25 has no MME (an injected or"
                + " infused dose: CDC 2022's factors are for oral doses and fentanyl patches)"),
        inj);
  }

  @Test
  void reportJsonHoldsThePanel() throws Exception {
    JsonNode patients = JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
    JsonNode leg = patients.get("patients").get(1).get("outcome_panel");
    assertEquals("LEG", patients.get("patients").get(1).get("patient_id").asText());
    assertEquals(-50.0, leg.get("leg_pain").get("change_pct").asDouble());
    assertTrue(leg.get("leg_pain").get("halved").asBoolean());
    assertEquals("IMPORTANT_IMPROVEMENT", leg.get("odi").get("important_change").asText());
    assertEquals("DISAGREES", leg.get("pgic").get("agreement_with_status").asText());
    assertFalse(leg.get("opioids").get("recorded").asBoolean());
    assertTrue(leg.get("opioids").get("mme_current").isNull());
    JsonNode opi = patients.get("patients").get(2).get("outcome_panel");
    assertTrue(opi.get("leg_pain").isNull());
    assertEquals(540.0 / 14, opi.get("opioids").get("mme_current").asDouble());
    assertEquals(3, opi.get("medications").size());
    assertEquals("oxycodone", opi.get("medications").get(1).get("opioid").asText());
    assertEquals(60.0, opi.get("medications").get(1).get("mme_a_day").asDouble());
    assertEquals(
        "not an opioid rehab recognises", opi.get("medications").get(0).get("note").asText());
    JsonNode summary = patients.get("patients").get(4).get("summary");
    assertEquals("INSUFFICIENT_DATA", summary.get("leg_pain_status").asText());
    assertTrue(summary.get("mme_baseline").isNull());
  }
}

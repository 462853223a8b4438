package org.rehabprogress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview's monthly additions on the fixture clinic (SPEC section 4): the order within groups
 * by the size of the change, the site column, last month's column and the patient's context.
 */
class OverviewPagesTest {

  @TempDir Path dir;

  private Path run() throws Exception {
    Path out = dir.resolve("report");
    assertTrue(
        ReportRun.run(
                ReportFixture.request(out, false, false), new FakeCharts(), ReportProgress.NONE)
            .written());
    return out;
  }

  private static List<String> order(String page) {
    Matcher links = Pattern.compile("<a href=\"patients/[^\"]+\">([^<]+)</a>").matcher(page);
    List<String> order = new ArrayList<>();
    while (links.find()) {
      order.add(links.group(1));
    }
    return order;
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void ordersEachGroupByTheSizeOfThePainChangeOnItsOwnPage() throws Exception {
    Path out = run();
    String bySize = read(out.resolve("index-by-change.html"));
    // Flagged: PER (-3.00) before UNC (+0.50); unchanged: UNC2 (+0.50) before .. (0.00); the lost
    // group has no change at all, so it stays in id order; the groups stay worst first.
    assertEquals(
        List.of(
            "WOR", "PER", "UNC", "EMPTY", "LOST", "NONE", "P9", "p9", "UNC2", "..", "NEW", "IMP"),
        order(bySize));
    assertTrue(bySize.contains("Within each group, ordered by size of the pain change"), bySize);
    assertTrue(bySize.contains("<a href=\"index.html\">Order by patient id</a>"), bySize);
    String byId = read(out.resolve("index.html"));
    assertTrue(
        byId.contains(
            "<a href=\"index-by-change.html\">Order by size of the pain change, largest first</a>"),
        byId);
  }

  @Test
  void showsTheSiteWhenPatientsComeFromMoreThanOneSite() throws Exception {
    String index = read(run().resolve("index.html"));
    // patients.csv gives North and South; patients without a row show the dash.
    assertTrue(index.contains("<th>Site</th>"), index);
    assertTrue(index.contains("\">IMP</a></td>\n<td>North</td>"), index);
    assertTrue(index.contains("\">WOR</a></td>\n<td>–</td>"), index);
  }

  @Test
  void showsLastMonthAndWhatChanged() throws Exception {
    Path out = run();
    String index = read(out.resolve("index.html"));
    assertTrue(index.contains("<th>September 2026<br>(Δ: what changed)</th>"), index);
    // IMP logged nothing in September's last 14 days (too few for a current figure, and lost to
    // follow-up then); NEW was not in treatment yet.
    assertTrue(
        index.contains(
            "<td class=\"prev\"><span class=\"nowrap\">? INSUFFICIENT DATA</span><br><span"
                + " class=\"nowrap\">pain –</span><br><span class=\"change\">Δ status"
                + " INSUFFICIENT DATA → IMPROVED</span><br><span class=\"change\">Δ back in"
                + " follow-up</span><br></td>"),
        index);
    assertTrue(
        index.contains(
            "<td class=\"prev\"><span class=\"nowrap\">not in treatment</span><br></td>"),
        index);
    String imp = read(out.resolve("patients/IMP.html"));
    assertTrue(
        imp.contains(
            "<p class=\"since\">Since last month (September 2026): status ? INSUFFICIENT DATA →"
                + " ▼ IMPROVED; current pain – → 3.00; back in follow-up.</p>"),
        imp);
    assertTrue(
        imp.contains(
            "<p class=\"context\">Age 55-59 at the start of treatment (from the birth year) · sex F"
                + " · site North · treatment_start 2026-08-01.</p>"),
        imp);
  }
}

package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.PatientResult;

/** Every patient chart renders for a patient without entries, and on several threads alike. */
class EmptyAndConcurrentTest {

  private static String all(PatientResult result) {
    return ChartImages.svg(PatientCharts.timeline(result, List.of()), 1000, 500, "t")
        + ChartImages.svg(PatientCharts.weeklyMinutes(result), 1000, 300, "w")
        + ChartImages.svg(PatientCharts.nextDayPain(result), 700, 400, "n")
        + Sparkline.svg(result, "s");
  }

  @Test
  void rendersEveryChartForAPatientWithoutEntries() {
    PatientResult result = Patients.nothingAtAll();
    String svg = all(result);
    assertTrue(svg.contains(">no pain entries in this period</text>"));
    assertTrue(svg.contains(">no activity minutes in this period</text>"));
    assertTrue(svg.contains(">fewer than 3 days with next-day pain in every group</text>"));
    assertTrue(svg.contains(">no pain entries</text>"));
    assertTrue(ChartImages.png(PatientCharts.timeline(result, List.of()), 200, 100).length > 0);
  }

  @Test
  void drawsEachSeriesOfDailyDotsAsOnePath() {
    String svg =
        ChartImages.svg(
            PatientCharts.timeline(Patients.september(6), Patients.events()), 1000, 500, "t");
    // Pain, anxiety and sleep: one round-capped 5-pixel stroke each, however many days.
    assertEquals(
        3, svg.split(Pattern.quote("stroke-width:5.0;stroke:rgb(107,107,107)"), -1).length - 1);
  }

  @Test
  void drawsTheSameBytesOnSeveralThreads() throws Exception {
    PatientResult result = Patients.september(7);
    String expected = all(result);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        renders.add(pool.submit(() -> all(result)));
      }
      for (Future<String> render : renders) {
        assertTrue(expected.equals(render.get()), "a render on another thread differs");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

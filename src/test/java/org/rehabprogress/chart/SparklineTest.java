package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientResult;

/** The overview's inline pain line. */
class SparklineTest {

  @Test
  void drawsDailyPainOnAFixedScaleWithATitle() {
    PatientResult result =
        new LogBuilder().painDays("2026-09-28", 10, 5, 0).analyse("2026-09-01", "2026-09-30");
    String svg = Sparkline.svg(result, "s1");
    assertTrue(
        svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"28\""));
    assertTrue(
        svg.contains(
            "<title id=\"s1-title\">Daily pain (0-10) over the 84 days to 2026-09-30: 3 days with"
                + " pain, first 10.00, last 0.00, lowest 0.00, highest 10.00</title>"),
        svg);
    assertTrue(svg.contains("aria-labelledby=\"s1-title\""));
    // Days 81, 82, 83 of 0..83: x = 2.5 + day * 115 / 83; pain 10, 5, 0: y = 2.5, 14, 25.5.
    assertTrue(svg.contains("<polyline points=\"114.7,2.5 116.1,14 117.5,25.5\""), svg);
    assertTrue(svg.contains("<circle cx=\"117.5\" cy=\"25.5\" r=\"2\""), svg);
    assertEquals(svg, Sparkline.svg(result, "s1"));
  }

  @Test
  void breaksTheLineAtAGapOfMoreThanAWeek() {
    PatientResult result =
        new LogBuilder()
            .painDays("2026-09-01", 5, 5)
            .pain("2026-09-10", 5)
            .pain("2026-09-30", 5)
            .analyse("2026-09-01", "2026-09-30");
    String svg = Sparkline.svg(result, "s");
    // 1 and 2 September are one line; 10 September, 8 days on, stands alone, as does 30
    // September, which also gets the last-value dot: 3 circles.
    assertEquals(1, count(svg, "<polyline"));
    assertEquals(3, count(svg, "<circle"), svg);
  }

  @Test
  void drawsBaselineAsADottedLine() {
    String svg = Sparkline.svg(Patients.september(6), "s");
    assertTrue(svg.contains("; baseline 6.00 (dotted line)</title>"), svg);
    assertTrue(svg.contains("stroke-dasharray=\"1 2\""));
  }

  @Test
  void saysSoWhenTheDaysHoldNoPain() {
    String svg = Sparkline.svg(Patients.nothingButAWalk(), "s");
    assertTrue(
        svg.contains("<title id=\"s-title\">No pain entries in the 84 days to 2026-09-30</title>"));
    assertTrue(svg.contains(">no pain entries</text>"));
    assertFalse(svg.contains("<polyline"));
  }

  @Test
  void rejectsAPrefixThatIsNoName() {
    assertThrows(IllegalArgumentException.class, () -> Sparkline.svg(Patients.september(6), "a b"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

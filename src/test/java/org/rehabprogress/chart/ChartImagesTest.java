package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SVG and PNG encoding: deterministic bytes, prefixed ids, escaped text. */
class ChartImagesTest {

  private static final Pattern ID = Pattern.compile("\\bid=['\"]([^'\"]+)['\"]");

  private static JFreeChart timeline() {
    return PatientCharts.timeline(Patients.september(6), Patients.events());
  }

  @Test
  void rendersTheSameSvgTwice() {
    assertEquals(
        ChartImages.svg(timeline(), 1000, 500, "t1"), ChartImages.svg(timeline(), 1000, 500, "t1"));
  }

  @Test
  void namesEveryDefinitionWithThePrefix() {
    String svg = ChartImages.svg(timeline(), 1000, 500, "p7-timeline");
    List<String> ids = ids(svg);
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      assertTrue(id.startsWith("p7-timeline-"), id);
    }
    // JFreeSVG's default keys are "_" and System.nanoTime(): "_1234567890123clip-0".
    Matcher reference = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
    int references = 0;
    while (reference.find()) {
      assertTrue(reference.group(1).startsWith("p7-timeline-"), reference.group(1));
      references++;
    }
    assertTrue(references > 0);
    assertFalse(Pattern.compile("_\\d{6,}").matcher(svg).find());
  }

  @Test
  void givesTwoChartsOfOnePageDistinctIds() {
    Set<String> first = new HashSet<>(ids(ChartImages.svg(timeline(), 1000, 500, "a")));
    List<String> second =
        ids(ChartImages.svg(PatientCharts.weeklyMinutes(Patients.september(6)), 1000, 300, "b"));
    assertFalse(second.isEmpty());
    for (String id : second) {
      assertFalse(first.contains(id), id);
    }
  }

  @Test
  void writesAnSvgElementWithViewBoxAndTitle() {
    String svg = ChartImages.svg(timeline(), 1000, 500, "t");
    assertTrue(svg.startsWith("<svg xmlns='http://www.w3.org/2000/svg'"), svg.substring(0, 80));
    assertTrue(svg.contains("viewBox='0 0 1000 500'"));
    assertTrue(svg.contains("<title>P1: pain, anxiety and sleep by day</title>"));
    assertTrue(svg.endsWith("</svg>"));
  }

  @Test
  void escapesEventTextInSvg() {
    JFreeChart chart =
        PatientCharts.timeline(
            Patients.september(6), List.of(Patients.event("2026-09-05", "<b>&\"x\"")));
    String svg = ChartImages.svg(chart, 1000, 500, "t");
    assertFalse(svg.contains("<b>"));
    assertTrue(svg.contains("&lt;b&gt;&amp;"), svg);
  }

  @Test
  void writesPngOfTheRequestedSizeTheSameTwice() {
    byte[] png = ChartImages.png(timeline(), 640, 320);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    assertArrayEquals(signature, java.util.Arrays.copyOf(png, 8));
    ByteBuffer header = ByteBuffer.wrap(png, 12, 12);
    assertEquals("IHDR", new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
    header.position(16);
    assertEquals(640, header.getInt());
    assertEquals(320, header.getInt());
    assertArrayEquals(png, ChartImages.png(timeline(), 640, 320));
  }

  @Test
  void rejectsAPrefixThatIsNoName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ChartImages.svg(timeline(), 100, 50, "1 a"));
    assertEquals(
        "defsPrefix \"1 a\" is not a name of letters, digits, '-' and '_'", e.getMessage());
  }

  @Test
  void rejectsAnEmptySize() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChartImages.png(timeline(), 0, 50));
    assertEquals("chart size 0x50 must be at least 1x1 pixels", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "-0.001, 0",
    "12, 12",
    "12.5, 12.5",
    "12.50001, 12.5",
    "-3.14159, -3.14",
    "0.005, 0.01",
    "-0.07, -0.07",
    "1000.999, 1001",
    "123456789.12, 123456789.12",
    "1e15, 1000000000000000",
  })
  void writesCoordinatesToTheHundredth(double value, String text) {
    assertEquals(text, ChartImages.number(value));
  }

  private static List<String> ids(String svg) {
    List<String> ids = new java.util.ArrayList<>();
    Matcher m = ID.matcher(svg);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}

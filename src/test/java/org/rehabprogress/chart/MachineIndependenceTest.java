package org.rehabprogress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.PatientResult;

/** Charts do not depend on the machine's language or time zone. */
class MachineIndependenceTest {

  private static String charts() {
    PatientResult result = Patients.september(6.5);
    return ChartImages.svg(PatientCharts.timeline(result, Patients.events()), 1000, 500, "t")
        + ChartImages.svg(PatientCharts.weeklyMinutes(result), 1000, 300, "w")
        + ChartImages.svg(PatientCharts.nextDayPain(result), 700, 400, "n")
        + Sparkline.svg(result, "s")
        + ChartImages.svg(
            CohortCharts.forest(List.of(new ForestRow("Golf", 0.25, -0.5, 1.5, 12))),
            800,
            300,
            "f");
  }

  @Test
  void drawsTheSameBytesUnderGermanTurkishAndAFarTimeZone() {
    String expected = charts();
    assertSame(
        expected, under(Locale.GERMANY, "Pacific/Kiritimati", MachineIndependenceTest::charts));
    assertSame(
        expected, under(new Locale("tr", "TR"), "America/Adak", MachineIndependenceTest::charts));
  }

  /** Asserts equal text, showing only where it first differs (charts are long). */
  private static void assertSame(String expected, String actual) {
    int i = 0;
    while (i < Math.min(expected.length(), actual.length())
        && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    assertEquals(
        expected.substring(from, Math.min(expected.length(), i + 80)),
        actual.substring(from, Math.min(actual.length(), i + 80)),
        "first difference at " + i);
  }

  private static String under(Locale locale, String zone, Supplier<String> work) {
    Locale locale0 = Locale.getDefault();
    TimeZone zone0 = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return work.get();
    } finally {
      Locale.setDefault(locale0);
      TimeZone.setDefault(zone0);
    }
  }
}

package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rehabprogress.ProjectRoot;

/**
 * The committed {@code sample-data/} folder: made by {@code rehab sample} with its defaults
 * (--patients 40 --days 180 --seed 7), and covering what the October 2026 report distinguishes.
 */
class SampleDataTest {

  private static final GeneratedSample DEFAULTS = GeneratedSample.of(40, 180, 7);
  private static final LocalDate END = GeneratedSample.END;

  @Test
  void committedFolderIsWhatTheDefaultsWrite() throws IOException {
    Path folder = ProjectRoot.sampleData();
    assertEquals(DEFAULTS.patientsText, read(folder.resolve("patients.csv")));
    assertEquals(DEFAULTS.symptomsText, read(folder.resolve("symptoms.csv")));
    assertEquals(DEFAULTS.activitiesText, read(folder.resolve("activities.csv")));
    assertEquals(DEFAULTS.eventsText, read(folder.resolve("events.csv")));
    assertEquals(DEFAULTS.medicationsText, read(folder.resolve("medications.csv")));
  }

  @Test
  void latestMonthShowsEveryStatusAndFlag() {
    Map<String, TreeMap<LocalDate, Double>> pain = DEFAULTS.dailyPain();
    Set<String> statuses = new TreeSet<>();
    Set<String> flags = new TreeSet<>();
    DEFAULTS
        .starts()
        .forEach(
            (id, start) -> {
              TreeMap<LocalDate, Double> daily = pain.getOrDefault(id, new TreeMap<>());
              String status = status(daily, start);
              statuses.add(status);
              long weeks = ChronoUnit.DAYS.between(start, END) / 7;
              if (weeks >= 12 && (status.equals("UNCHANGED") || status.equals("WORSE"))) {
                flags.add("review");
              }
              Double current = window(daily, END.minusDays(13));
              if (weeks >= 26 && current != null && round(current) >= 5.0) {
                flags.add("persistent pain");
              }
              if (daily.subMap(END.minusDays(13), true, END, true).isEmpty()) {
                flags.add("lost to follow-up");
              }
            });
    assertEquals(Set.of("IMPROVED", "UNCHANGED", "WORSE", "INSUFFICIENT_DATA"), statuses);
    assertEquals(Set.of("review", "persistent pain", "lost to follow-up"), flags);
  }

  /** Returns the status of SPEC section 3 for October 2026. */
  private static String status(TreeMap<LocalDate, Double> daily, LocalDate start) {
    Double baseline = window(daily, start);
    Double current =
        ChronoUnit.DAYS.between(start, END) < 27 ? null : window(daily, END.minusDays(13));
    if (baseline == null || current == null) {
      return "INSUFFICIENT_DATA";
    }
    double change = current - baseline;
    double percent = 100 * change / baseline;
    if (round(change) <= -2.0 || round(percent) <= -30) {
      return "IMPROVED";
    }
    return round(change) >= 2.0 ? "WORSE" : "UNCHANGED";
  }

  /** Returns the mean daily pain over 14 days from {@code from}, or null under 4 days. */
  private static Double window(TreeMap<LocalDate, Double> daily, LocalDate from) {
    Map<LocalDate, Double> days = daily.subMap(from, true, from.plusDays(13), true);
    return days.size() < 4 ? null : GeneratedSample.mean(daily, from, from.plusDays(13));
  }

  private static double round(double value) {
    return new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static String read(Path file) throws IOException {
    assertTrue(Files.isRegularFile(file), file + " is committed");
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityClass;

class SampleContentTest {

  private static final GeneratedSample SAMPLE = GeneratedSample.of(40, 180, 7);

  @Test
  void writesPainMostlyAsWholeNumbersWithSomeHalves() {
    List<String> pains = column(SAMPLE.symptoms, "pain");
    long halves = pains.stream().filter(p -> p.endsWith(".5")).count();
    double share = halves / (double) pains.size();
    assertTrue(share > 0.05 && share < 0.3, "share of halves " + share);
    assertTrue(pains.stream().allMatch(p -> p.matches("\\d{1,2}(\\.5)?")), "pain format");
  }

  @Test
  void writesSleepHoursWithOneDecimalBetweenFourAndAHalfAndEightAndAHalf() {
    List<String> hours = column(SAMPLE.symptoms, "sleep_hours");
    assertTrue(hours.stream().allMatch(h -> h.matches("\\d{1,2}\\.\\d")), "one decimal");
    // One planted sleep_hours 25 (an out-of-range fault) is the only exception.
    assertEquals(1, hours.stream().filter(h -> !between(h, 4.5, 8.5)).count());
  }

  @Test
  void writesGad7AboutWeeklyAsWholeNumbers() {
    List<String> scores = column(SAMPLE.symptoms, "gad7");
    assertTrue(scores.stream().allMatch(s -> s.matches("\\d{1,2}") && between(s, 0, 21)));
    double perDay = scores.size() / (40.0 * 180);
    assertTrue(perDay > 1.0 / 14 && perDay < 1.0 / 7, "GAD-7 scores per patient-day " + perDay);
  }

  @Test
  void letsSleepQualityFallAndAnxietyRiseWithPain() {
    double[] quality = new double[2];
    double[] anxiety = new double[2];
    int[] n = new int[2];
    for (CSVRecord row : SAMPLE.symptoms) {
      if (row.get("sleep_quality").isEmpty() || row.get("pain").isEmpty()) {
        continue;
      }
      double pain = Double.parseDouble(row.get("pain"));
      int high = pain >= 7 ? 1 : pain <= 4 ? 0 : -1;
      if (high >= 0) {
        quality[high] += Double.parseDouble(row.get("sleep_quality"));
        anxiety[high] += Double.parseDouble(row.get("anxiety"));
        n[high]++;
      }
    }
    assertTrue(quality[1] / n[1] < quality[0] / n[0] - 1.0, "sleep quality on high-pain days");
    assertTrue(anxiety[1] / n[1] > anxiety[0] / n[0], "anxiety on high-pain days");
  }

  @Test
  void spellsActivitiesAsExportsDo() {
    Set<String> names = Set.copyOf(column(SAMPLE.activities, "activity"));
    assertTrue(names.containsAll(Set.of("Walking", "Walk", "Golf", "Yoga")), names.toString());
    assertTrue(
        names.stream().anyMatch(n -> ActivityMenu.classOf(n) == ActivityClass.UNCLASSIFIED),
        "an unclassified name");
    Set<String> known =
        ActivityMenu.KINDS.stream()
            .flatMap(k -> k.spellings().stream())
            .collect(Collectors.toSet());
    assertTrue(known.containsAll(names), "only menu names");
  }

  @Test
  void writesWholeMinutesAndSometimesNone() {
    List<String> minutes = all(SAMPLE.activities, "duration_min");
    long empty = minutes.stream().filter(String::isEmpty).count();
    assertTrue(empty >= 3 && empty < minutes.size() / 100, "empty durations " + empty);
    assertTrue(minutes.stream().filter(m -> !m.isEmpty()).allMatch(m -> m.matches("[1-9]\\d*")));
  }

  @Test
  void writesIntensityAsWordsAsRpeOrNotAtAll() {
    List<String> values = all(SAMPLE.activities, "intensity");
    Predicate<String> word = Set.of("light", "moderate", "vigorous")::contains;
    Predicate<String> rpe = v -> v.matches("\\d{1,2}") && between(v, 0, 10);
    assertTrue(values.stream().allMatch(v -> v.isEmpty() || word.test(v) || rpe.test(v)));
    assertTrue(values.stream().anyMatch(word) && values.stream().anyMatch(rpe));
    assertTrue(values.stream().anyMatch(String::isEmpty));
  }

  @Test
  void writesOccasionalNotesThatNeedQuotingOrEscaping() {
    List<String> notes = column(SAMPLE.symptoms, "notes");
    double share = notes.size() / (double) SAMPLE.symptoms.size();
    assertTrue(share > 0.01 && share < 0.06, "share of rows with notes " + share);
    assertTrue(notes.contains("pain 6 in the morning, 4 by evening"));
    assertTrue(notes.contains("GP said \"keep moving\""));
    assertTrue(notes.contains("felt <worse> & stiff"));
    assertTrue(notes.contains("=same as yesterday"));
    assertTrue(SAMPLE.symptomsText.contains(",\"GP said \"\"keep moving\"\"\"\n"));
    assertTrue(column(SAMPLE.activities, "notes").contains("18 holes, sore after"));
    assertTrue(column(SAMPLE.events, "event").contains("epidural steroid injection, L5/S1"));
  }

  @Test
  void writesTheSameNumberOfCellsInEveryRow() {
    for (List<CSVRecord> rows :
        List.of(SAMPLE.patients, SAMPLE.symptoms, SAMPLE.activities, SAMPLE.events)) {
      int width = rows.get(0).size();
      assertTrue(rows.stream().allMatch(r -> r.isConsistent() && r.size() == width));
    }
  }

  private static List<String> column(List<CSVRecord> rows, String name) {
    return all(rows, name).stream().filter(v -> !v.isEmpty()).collect(Collectors.toList());
  }

  private static List<String> all(List<CSVRecord> rows, String name) {
    return rows.stream().map(r -> r.get(name)).collect(Collectors.toList());
  }

  private static boolean between(String value, double min, double max) {
    double number = Double.parseDouble(value);
    return number >= min && number <= max;
  }
}

package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultTest {

  private static final GeneratedSample SMALL = GeneratedSample.of(40, 180, 7);

  @Test
  void plantsTwoOfEachKindInASmallSample() {
    Map<Fault, Integer> symptoms = faults(SMALL.symptoms, true);
    Map<Fault, Integer> activities = faults(SMALL.activities, false);
    // Two of each kind: duplicates, bad dates and empty cells split between the files.
    assertEquals(
        Map.of(
            Fault.DUPLICATE, 1, Fault.OUT_OF_RANGE, 2, Fault.BAD_DATE, 1, Fault.EMPTY_REQUIRED, 1),
        symptoms);
    assertEquals(
        Map.of(
            Fault.DUPLICATE, 1, Fault.OUT_OF_RANGE, 0, Fault.BAD_DATE, 1, Fault.EMPTY_REQUIRED, 1),
        activities);
    assertEquals(8, SMALL.summary.faults().size());
  }

  @ParameterizedTest
  @CsvSource({"40, 180, 7", "120, 400, 2"})
  void findsExactlyTheFaultsTheSummaryCounts(int patients, int days, long seed) {
    GeneratedSample sample = GeneratedSample.of(patients, days, seed);
    Map<Fault, Integer> symptoms = faults(sample.symptoms, true);
    Map<Fault, Integer> activities = faults(sample.activities, false);
    int planned = FaultPlan.perKind(sample.config);
    for (Fault kind : Fault.values()) {
      assertEquals(sample.summary.count(kind, "symptoms.csv"), symptoms.get(kind), kind.name());
      assertEquals(sample.summary.count(kind, "activities.csv"), activities.get(kind), kind.name());
      assertEquals(planned, symptoms.get(kind) + activities.get(kind), kind.name());
    }
  }

  @Test
  void plantsAboutOneOfEachKindPerTwentyThousandRows() {
    assertEquals(2, FaultPlan.perKind(new SampleConfig(40, 180, 7, GeneratedSample.END)));
    assertEquals(548, FaultPlan.perKind(new SampleConfig(10_000, 365, 7, GeneratedSample.END)));
  }

  /** Classifies every row independently of the generator; any other fault fails the test. */
  private static Map<Fault, Integer> faults(List<CSVRecord> rows, boolean symptoms) {
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    for (Fault kind : Fault.values()) {
      counts.put(kind, 0);
    }
    CSVRecord previous = null;
    for (CSVRecord row : rows) {
      Fault fault = classify(row, previous, symptoms);
      if (fault != null) {
        counts.merge(fault, 1, Integer::sum);
      }
      previous = row;
    }
    return counts;
  }

  private static Fault classify(CSVRecord row, CSVRecord previous, boolean symptoms) {
    if (previous != null && previous.toList().equals(row.toList())) {
      return Fault.DUPLICATE;
    }
    if (row.get("patient_id").isEmpty()
        || row.get("date").isEmpty()
        || (!symptoms && row.get("activity").isEmpty())) {
      return Fault.EMPTY_REQUIRED;
    }
    if (GeneratedSample.date(row) == null) {
      return Fault.BAD_DATE;
    }
    boolean inRange =
        symptoms
            ? in(row, "pain", 10)
                & in(row, "anxiety", 10)
                & in(row, "gad7", 21)
                & in(row, "sleep_hours", 24)
                & in(row, "sleep_quality", 10)
            : in(row, "duration_min", 1440) & in(row, "intensity", 10);
    if (symptoms) {
      assertTrue(!row.get("pain").isEmpty() || !row.get("sleep_hours").isEmpty(), row.toString());
    }
    return inRange ? null : Fault.OUT_OF_RANGE;
  }

  private static boolean in(CSVRecord row, String column, double max) {
    String text = row.get(column);
    if (text.isEmpty()
        || text.equals("light")
        || text.equals("moderate")
        || text.equals("vigorous")) {
      return true;
    }
    double value = Double.parseDouble(text);
    return value >= 0 && value <= max;
  }
}

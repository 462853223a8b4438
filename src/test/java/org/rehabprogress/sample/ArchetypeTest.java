package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ArchetypeTest {

  private static final GeneratedSample SAMPLE = GeneratedSample.of(60, 180, 3);
  private static final Map<String, TreeMap<LocalDate, Double>> PAIN = SAMPLE.dailyPain();
  private static final Map<String, LocalDate> STARTS = SAMPLE.starts();
  private static final LocalDate END = GeneratedSample.END;

  @Test
  void holdsEveryArchetypeInItsShare() {
    Map<Archetype, Long> counts = SAMPLE.summary.archetypeCounts();
    for (Archetype archetype : Archetype.values()) {
      assertEquals(3L * archetype.share(), counts.get(archetype), archetype.name());
    }
    assertEquals(20, List.of(Archetype.values()).stream().mapToInt(Archetype::share).sum());
  }

  @Test
  void improvingPatientsLoseTwoPointsOrMore() {
    List<Double> changes = changes(Archetype.IMPROVING);
    changes.forEach(c -> assertTrue(c <= -1.0, "change " + c));
    assertTrue(average(changes) <= -2.0, "mean change " + average(changes));
  }

  @Test
  void worseningPatientsGainTwoPointsOrMore() {
    List<Double> changes = changes(Archetype.WORSENING);
    changes.forEach(c -> assertTrue(c >= 1.0, "change " + c));
    assertTrue(average(changes) >= 2.0, "mean change " + average(changes));
  }

  @Test
  void unchangedPatientsStayWithinAPointOnAverage() {
    List<Double> changes = changes(Archetype.UNCHANGED);
    // A flare-up in a window can move one patient further, but never as far as a real change.
    changes.forEach(c -> assertTrue(Math.abs(c) < 2.5, "change " + c));
    double meanSize = changes.stream().mapToDouble(Math::abs).average().orElseThrow();
    assertTrue(meanSize < 1.0, "mean size of change " + meanSize);
  }

  @Test
  void persistentPainPatientsAreTreatedHalfAYearWithPainOfFiveOrMore() {
    for (String id : ids(Archetype.PERSISTENT_PAIN)) {
      assertTrue(ChronoUnit.DAYS.between(STARTS.get(id), END) >= 26 * 7, id);
      double current = GeneratedSample.mean(PAIN.get(id), END.minusDays(13), END);
      assertTrue(current >= 5.0, id + " current pain " + current);
    }
  }

  @Test
  void sparseLoggersLogOnThirtyToFiftyPercentOfDaysWithWeekLongGaps() {
    for (String id : ids(Archetype.SPARSE)) {
      TreeSet<LocalDate> days = new TreeSet<>(PAIN.get(id).keySet());
      double share = days.size() / (double) (ChronoUnit.DAYS.between(STARTS.get(id), END) + 1);
      assertTrue(share > 0.25 && share < 0.55, id + " logged share " + share);
      long longestGap = 0;
      LocalDate previous = null;
      for (LocalDate day : days) {
        if (previous != null) {
          longestGap = Math.max(longestGap, ChronoUnit.DAYS.between(previous, day) - 1);
        }
        previous = day;
      }
      assertTrue(longestGap >= 7, id + " longest gap " + longestGap);
    }
  }

  @Test
  void lateStartersBeginWithinTheLastFourWeeks() {
    for (String id : ids(Archetype.LATE_STARTER)) {
      long days = ChronoUnit.DAYS.between(STARTS.get(id), END);
      // Under 27 days the report's windows would overlap: INSUFFICIENT_DATA (SPEC section 3).
      assertTrue(days >= 5 && days < 27, id + " started " + days + " days before the end");
    }
  }

  @Test
  void patientsLostToFollowUpStopLoggingThreeWeeksBeforeTheEnd() {
    for (String id : ids(Archetype.LOST_TO_FOLLOW_UP)) {
      LocalDate last = PAIN.get(id).lastKey();
      assertTrue(ChronoUnit.DAYS.between(last, END) >= 21, id + " last logged " + last);
      for (CSVRecord row : SAMPLE.activities) {
        LocalDate day = GeneratedSample.date(row);
        if (row.get("patient_id").equals(id) && day != null) {
          assertTrue(!day.isAfter(last.plusDays(1)), id + " activity on " + day);
        }
      }
    }
  }

  private static List<Double> changes(Archetype archetype) {
    List<Double> changes = new ArrayList<>();
    for (String id : ids(archetype)) {
      TreeMap<LocalDate, Double> daily = PAIN.get(id);
      LocalDate start = STARTS.get(id);
      double baseline = GeneratedSample.mean(daily, start, start.plusDays(13));
      double current = GeneratedSample.mean(daily, END.minusDays(13), END);
      changes.add(current - baseline);
    }
    assertTrue(!changes.isEmpty(), archetype.name());
    return changes;
  }

  private static List<String> ids(Archetype archetype) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SAMPLE.config.patients(); i++) {
      if (SAMPLE.summary.archetypes().get(i) == archetype) {
        ids.add(SAMPLE.config.patientId(i));
      }
    }
    return ids;
  }

  private static double average(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}

package org.rehabprogress.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rehabprogress.catalog.ActivityClass;

class NextDayEffectTest {

  @Test
  void painIsHigherTheDayAfterFlaggedActivityThanAfterLowImpactActivity() {
    GeneratedSample sample = GeneratedSample.of(50, 120, 21);
    Map<String, TreeMap<LocalDate, Double>> pain = sample.dailyPain();
    // Exposure of a day as SPEC section 3 defines it: 2 flagged, 1 low-impact, 0 other.
    Map<String, Map<LocalDate, Integer>> exposure = new HashMap<>();
    for (CSVRecord row : sample.activities) {
      LocalDate day = GeneratedSample.date(row);
      if (day == null) {
        continue;
      }
      ActivityClass activityClass = ActivityMenu.classOf(row.get("activity"));
      int level =
          activityClass == ActivityClass.FLAGGED
              ? 2
              : activityClass == ActivityClass.LOW_IMPACT ? 1 : 0;
      exposure
          .computeIfAbsent(row.get("patient_id"), k -> new HashMap<>())
          .merge(day, level, Math::max);
    }
    double[] sum = new double[3];
    int[] count = new int[3];
    pain.forEach(
        (id, daily) ->
            daily.forEach(
                (day, value) -> {
                  Integer before = exposure.getOrDefault(id, Map.of()).get(day.minusDays(1));
                  if (before != null) {
                    sum[before] += value;
                    count[before]++;
                  }
                }));
    double afterFlagged = sum[2] / count[2];
    double afterLowImpact = sum[1] / count[1];
    assertTrue(count[2] > 500 && count[1] > 500, "days " + count[2] + " and " + count[1]);
    assertTrue(
        afterFlagged - afterLowImpact > 0.5,
        "after flagged " + afterFlagged + ", after low impact " + afterLowImpact);
  }
}

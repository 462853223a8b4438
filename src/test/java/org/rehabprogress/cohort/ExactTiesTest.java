package org.rehabprogress.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabprogress.analysis.LogBuilder;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.WilcoxonResult;

/** Zeros and ties across patients are decided exactly before the signed-rank test (SPEC 3, 5). */
class ExactTiesTest {

  /**
   * A patient whose next-day pain after golf days is {@code flagged} and after walking days is
   * {@code low}: golf or walking on every other day from 09-01, pain the day after.
   */
  private static CohortPatient patient(String id, double[] flagged, double[] low) throws Exception {
    LogBuilder b = new LogBuilder(id).treatmentStart("2026-09-01");
    LocalDate day = LocalDate.parse("2026-09-01");
    for (double v : flagged) {
      b.activity(day.toString(), "golf", FLAGGED, 30).pain(day.plusDays(1).toString(), v);
      day = day.plusDays(2);
    }
    for (double v : low) {
      b.activity(day.toString(), "walking", LOW_IMPACT, 30).pain(day.plusDays(1).toString(), v);
      day = day.plusDays(2);
    }
    PatientLog log = b.build();
    ActivityCatalog catalog = CatalogCsv.effective(null);
    PatientResult r = b.september();
    return CohortPatient.of(
        r, null, ActivityGroups.of(log.activities(), catalog), List.of(), false);
  }

  @Test
  void decidesZerosAndTiesExactly() throws Exception {
    // flagged minus low-impact next-day pain, exactly and (as the means of doubles) in binary:
    //   (3.0 + 4.2 + 3.4) / 3 - (0.8 + 0.9 + 8.9) / 3 = 0     (binary -4.440892098500626e-16)
    //   (4.1 + 6.7 + 8.8) / 3 - (1.7 + 8.2 + 9.7) / 3 = 0     (binary 1.7763568394002505e-15)
    //   (0.1 + 0.7 + 0.1) / 3 - (0.2 + 0.1 + 0.0) / 3 = 0.2   (binary 0.19999999999999996)
    //   2.2 - 2 = 0.2                                          (binary 0.20000000000000018)
    //   and 1, -1.5, 2.5, 3
    List<CohortPatient> rows = new ArrayList<>();
    rows.add(patient("A", new double[] {3.0, 4.2, 3.4}, new double[] {0.8, 0.9, 8.9}));
    rows.add(patient("B", new double[] {4.1, 6.7, 8.8}, new double[] {1.7, 8.2, 9.7}));
    rows.add(patient("C", new double[] {0.1, 0.7, 0.1}, new double[] {0.2, 0.1, 0.0}));
    rows.add(patient("D", new double[] {2.2, 2.2, 2.2}, new double[] {2, 2, 2}));
    rows.add(patient("E", new double[] {5, 5, 5}, new double[] {4, 4, 4}));
    rows.add(patient("F", new double[] {3, 3, 3}, new double[] {4.5, 4.5, 4.5}));
    rows.add(patient("G", new double[] {6, 6, 6}, new double[] {3.5, 3.5, 3.5}));
    rows.add(patient("H", new double[] {7, 7, 7}, new double[] {4, 4, 4}));
    double[] effects =
        rows.stream().mapToDouble(p -> p.summary().flaggedMinusLowImpact()).toArray();
    assertArrayEquals(new double[] {0, 0, 0.2, 0.2, 1, -1.5, 2.5, 3}, effects);
    assertEquals(Ratio.ZERO, rows.get(0).effectExact());
    assertEquals(Ratio.of(1, 5), rows.get(2).effectExact());
    WilcoxonResult t = CohortStatistics.of(rows, 0, List.of(), List.of()).activityEffect();
    // R: x <- c(0, 0, 0.2, 0.2, 1, -1.5, 2.5, 3)
    //    wilcox.test(x, conf.int = TRUE)  # "with continuity correction": zeros and ties
    //    sum(x != 0): 6; V = 17; p-value = 0.20716044891146079
    // (the binary figures, wilcox.test(c(-4.440892098500626e-16, 1.7763568394002505e-15,
    //  0.19999999999999996, 0.20000000000000018, 1, -1.5, 2.5, 3)), give the exact test,
    //  n = 8, V = 29, p = 0.1484375: not the data's answer)
    assertEquals(6, t.n());
    assertFalse(t.exact());
    assertEquals(17, t.statistic());
    assertEquals(0.20716044891146079, t.pValue(), 1e-12);
    // r$estimate 0.75, r$conf.int -0.64999163048402919 2.50002192820632274 (uniroot, 1e-4)
    assertEquals(0.75, t.estimate(), 1e-4);
    assertEquals(-0.64999163048402919, t.ciLow(), 1e-4);
    assertEquals(2.50002192820632274, t.ciHigh(), 1e-4);
  }

  @Test
  void separatesDifferentExactValuesThatShareADouble() {
    // 1/3 and 1/3 + 10^-30 share a double; -1/3 ties 1/3 in absolute value; 0 stays 0
    Ratio third = Ratio.of(1, 3);
    Ratio above = third.plus(Ratio.decimal(1, 18).times(Ratio.decimal(1, 12)));
    double d = third.toDouble();
    assertEquals(d, above.toDouble());
    double[] x =
        ExactTies.separated(
            new double[] {d, d, -d, 0.0}, new Ratio[] {third, above, third.negate(), Ratio.ZERO});
    assertEquals(d, x[0]);
    assertEquals(Math.nextUp(d), x[1]);
    assertEquals(-d, x[2]);
    assertEquals(0.0, x[3]);
  }
}

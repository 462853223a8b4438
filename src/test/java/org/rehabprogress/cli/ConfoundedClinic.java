package org.rehabprogress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.rehabprogress.stats.ConfoundedDiaries;

/**
 * A canonical input folder of confounded diaries ({@link ConfoundedDiaries}): pain is
 * autocorrelated, and each day's activity is chosen by that day's pain (golf or tennis on better
 * days, walking on worse ones, housework at random), every day logged from 2026-01-01. A flagged
 * day is Golf or Tennis at random, so that the per-activity model has two flagged names; each
 * activity lasts 30 minutes. Seeded: the same arguments give the same files, byte for byte.
 */
final class ConfoundedClinic {

  private ConfoundedClinic() {}

  /**
   * Writes symptoms.csv and activities.csv into {@code folder}.
   *
   * @param folder an existing folder
   * @param seed the cohort's seed
   * @param patients the number of patients, P001 on
   * @param days the days each patient logs
   * @param flaggedEffect the true mean effect of a flagged day on next-day pain, in points
   */
  static void write(Path folder, long seed, int patients, int days, double flaggedEffect)
      throws IOException {
    StringBuilder symptoms = new StringBuilder("patient_id,date,pain\n");
    StringBuilder activities = new StringBuilder("patient_id,date,activity,duration_min\n");
    SplittableRandom cohort = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2026, 1, 1);
    for (int i = 1; i <= patients; i++) {
      String id = String.format("P%03d", i);
      SplittableRandom random = cohort.split();
      ConfoundedDiaries.Pairs pairs =
          ConfoundedDiaries.patient(random.split(), days, flaggedEffect);
      int n = pairs.pain().length;
      for (int d = 0; d <= n; d++) {
        double pain = d < n ? pairs.pain()[d] : pairs.nextDayPain()[n - 1];
        String date = first.plusDays(d).toString();
        symptoms.append(id).append(',').append(date).append(',').append(pain).append('\n');
        if (d == n) {
          break; // the last day's activity is not in the pairs
        }
        if (pairs.flagged()[d]) {
          String name = random.nextBoolean() ? "Golf" : "Tennis";
          activities.append(id).append(',').append(date).append(',').append(name);
          activities.append(",30\n");
        }
        if (pairs.lowImpact()[d]) {
          activities.append(id).append(',').append(date).append(",Walking,30\n");
        }
        if (pairs.other()[d]) {
          activities.append(id).append(',').append(date).append(",Housework,30\n");
        }
      }
    }
    Files.writeString(folder.resolve("symptoms.csv"), symptoms, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("activities.csv"), activities, StandardCharsets.UTF_8);
  }
}

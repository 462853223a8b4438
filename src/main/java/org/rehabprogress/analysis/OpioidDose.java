package org.rehabprogress.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.ingest.Medication;
import org.rehabprogress.medication.DailyMme;
import org.rehabprogress.medication.Mme;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.Round;

/**
 * A patient's opioid dose in morphine milligram equivalents (MME) a day (SPEC 3c): the mean over
 * the baseline window ({@code start .. start+13}, cut at the end day) and over the current window
 * ({@code end-13 .. end}), every day counting (a day on no opioid is 0 MME), and the change, each
 * exact ({@link DailyMme}). A patient with no row in medications.csv has no figures: the dose is
 * unknown, not zero. A window holding a day whose dose cannot be converted ({@code
 * medication.Dose.Unconverted}) has no figure either: a mean that left that drug out would
 * understate the dose. NaN stands for none.
 *
 * @param mme the baseline and current means and the change, MME a day
 * @param recorded whether the patient has any row in medications.csv (else every figure is none)
 * @param baselineUnknown why the baseline is none although rows exist, or null
 * @param currentUnknown why the current figure is none although rows exist, or null
 */
public record OpioidDose(
    Outcome mme, boolean recorded, String baselineUnknown, String currentUnknown) {

  // Dowell et al. 2022 (CDC, MMWR Recomm Rep 71(3)): at 50 MME a day or more, reassess the
  // evidence of benefit and the risks before increasing further.
  static final double HIGH_MME = 50.0;

  /** Checks for nulls. */
  public OpioidDose {
    Objects.requireNonNull(mme, "mme");
  }

  /** Returns whether the current dose, as shown, is 50 MME a day or more (Dowell et al. 2022). */
  public boolean high() {
    return Round.half(mme.current(), 2) >= HIGH_MME;
  }

  /**
   * Returns a patient's dose figures.
   *
   * @param rows the patient's medications.csv rows (empty when there are none)
   * @param s the start, an epoch day
   * @param e the end day, an epoch day, on or after {@code s}
   * @param comparable whether the current window exists ({@code e - s >= 27})
   */
  static OpioidDose of(List<Medication> rows, int s, int e, boolean comparable) {
    if (rows.isEmpty()) {
      return new OpioidDose(Outcome.NONE, false, null, null);
    }
    LocalDate start = LocalDate.ofEpochDay(s);
    LocalDate end = LocalDate.ofEpochDay(e);
    DailyMme daily = DailyMme.of(rows, start, end);
    int baselineLast = Math.min(s + PatientAnalysis.WINDOW_DAYS - 1, e);
    Ratio baseline = mean(daily, s, baselineLast);
    Ratio current = null;
    String currentUnknown = null;
    if (comparable) {
      current = mean(daily, e - PatientAnalysis.WINDOW_DAYS + 1, e);
      currentUnknown =
          current == null ? unknown(daily, e - PatientAnalysis.WINDOW_DAYS + 1, e) : null;
    }
    return new OpioidDose(
        Outcome.of(baseline, current),
        true,
        baseline == null ? unknown(daily, s, baselineLast) : null,
        currentUnknown);
  }

  /** Returns the mean MME a day over the epoch days {@code from .. to}, null when unknown. */
  private static Ratio mean(DailyMme daily, int from, int to) {
    BigDecimal total = daily.total(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
    return total == null ? null : Ratio.of(total).divide(to - from + 1L);
  }

  /** Returns why the window has no figure: the first row in it whose MME cannot be known. */
  private static String unknown(DailyMme daily, int from, int to) {
    for (DailyMme.Step step : daily.steps()) {
      if (step.mme() == null && step.to().toEpochDay() >= from && step.from().toEpochDay() <= to) {
        Medication row = step.unknown().get(0);
        return "unknown: "
            + row.drug().strip()
            + " from "
            + row.start()
            + " has no MME ("
            + Mme.of(row).why()
            + ")";
      }
    }
    throw new IllegalStateException("no unknown day in the window");
  }
}

package org.rehabprogress.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.rehabprogress.ingest.Medication;

/**
 * A patient's MME a day over a range of days, as a step function: the days split into runs with the
 * same opioids at the same doses. On each day the total is the sum, exact, of the MME of every
 * opioid row taken that day: rows of different opioids add up, and so do overlapping rows of one
 * drug (a long-acting and a short-acting oxycodone, say; a dose change is an end and a new row, not
 * a second row). A day on an opioid whose MME cannot be known ({@link Dose.Unconverted}) has an
 * unknown total; a day on no opioid has 0. Pure.
 */
public final class DailyMme {

  /**
   * A run of days with one total.
   *
   * @param from the first day
   * @param to the last day (inclusive)
   * @param mme the MME a day, exact; null when unknown (see {@code unknown})
   * @param opioids the opioid rows taken on these days (buprenorphine among them), in input order
   * @param unknown the rows among them whose MME cannot be known, in input order
   */
  public record Step(
      LocalDate from,
      LocalDate to,
      BigDecimal mme,
      List<Medication> opioids,
      List<Medication> unknown) {

    /** Checks the days and that the total is unknown exactly when a row's MME is. */
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      opioids = List.copyOf(opioids);
      unknown = List.copyOf(unknown);
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(to + " is before " + from);
      }
      if ((mme == null) != !unknown.isEmpty()) {
        throw new IllegalArgumentException("the total is unknown exactly when a row's MME is");
      }
    }

    /** Returns the number of days in the run. */
    public long days() {
      return to.toEpochDay() - from.toEpochDay() + 1;
    }

    private boolean sameAs(Step other) {
      boolean sameTotal =
          mme == null ? other.mme == null : other.mme != null && mme.compareTo(other.mme) == 0;
      return sameTotal && opioids.equals(other.opioids) && unknown.equals(other.unknown);
    }
  }

  private final List<Step> steps;

  private DailyMme(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Returns the MME a day of a patient's rows over the days {@code first .. last}: an ongoing row
   * counts up to {@code last}, and rows outside the range are cut to it.
   *
   * @param rows the patient's medications.csv rows, in any order (non-opioids are passed over)
   * @param first the first day
   * @param last the last day, on or after {@code first}
   */
  public static DailyMme of(List<Medication> rows, LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(last + " is before " + first);
    }
    List<Medication> opioids = new ArrayList<>();
    List<Dose> doses = new ArrayList<>();
    TreeSet<Long> cuts = new TreeSet<>();
    cuts.add(first.toEpochDay());
    cuts.add(last.toEpochDay() + 1);
    for (Medication row : rows) {
      Dose dose = Mme.of(row);
      if (dose instanceof Dose.NotOpioid) {
        continue;
      }
      long from = Math.max(row.start().toEpochDay(), first.toEpochDay());
      long to = Math.min((row.end() == null ? last : row.end()).toEpochDay(), last.toEpochDay());
      if (from > to) {
        continue;
      }
      opioids.add(row);
      doses.add(dose);
      cuts.add(from);
      cuts.add(to + 1);
    }
    List<Step> steps = new ArrayList<>();
    Long previous = null;
    for (long cut : cuts) {
      if (previous != null) {
        Step step = step(previous, cut - 1, opioids, doses, last);
        int end = steps.size() - 1;
        if (end >= 0 && steps.get(end).sameAs(step)) {
          Step before = steps.get(end);
          steps.set(
              end,
              new Step(before.from(), step.to(), before.mme(), step.opioids(), step.unknown()));
        } else {
          steps.add(step);
        }
      }
      previous = cut;
    }
    return new DailyMme(steps);
  }

  private static Step step(
      long from, long to, List<Medication> rows, List<Dose> doses, LocalDate last) {
    LocalDate day = LocalDate.ofEpochDay(from);
    BigDecimal total = BigDecimal.ZERO;
    List<Medication> taken = new ArrayList<>();
    List<Medication> unknown = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Medication row = rows.get(i);
      if (!row.takenOn(day, last)) {
        continue;
      }
      taken.add(row);
      Dose dose = doses.get(i);
      if (dose instanceof Dose.Unconverted) {
        unknown.add(row);
      } else if (dose.mme() != null) {
        total = total.add(dose.mme());
      }
    }
    return new Step(
        day, LocalDate.ofEpochDay(to), unknown.isEmpty() ? total : null, taken, unknown);
  }

  /** Returns the runs of days, in day order, covering the whole range. */
  public List<Step> steps() {
    return steps;
  }

  /** Returns the run holding a day of the range. */
  public Step on(LocalDate day) {
    for (Step step : steps) {
      if (!day.isBefore(step.from()) && !day.isAfter(step.to())) {
        return step;
      }
    }
    throw new IllegalArgumentException(day + " is outside the range");
  }

  /**
   * Returns the sum of the MME a day over the days {@code from .. to} of the range, exact (divide
   * by the number of days for a mean); null when any of those days has an unknown total.
   */
  public BigDecimal total(LocalDate from, LocalDate to) {
    if (from.isBefore(steps.get(0).from()) || to.isAfter(steps.get(steps.size() - 1).to())) {
      throw new IllegalArgumentException(from + " .. " + to + " is not inside the range");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Step step : steps) {
      LocalDate a = step.from().isAfter(from) ? step.from() : from;
      LocalDate b = step.to().isBefore(to) ? step.to() : to;
      if (a.isAfter(b)) {
        continue;
      }
      if (step.mme() == null) {
        return null;
      }
      long days = b.toEpochDay() - a.toEpochDay() + 1;
      sum = sum.add(step.mme().multiply(BigDecimal.valueOf(days)));
    }
    return sum;
  }
}

package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.List;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.SymptomLog;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.Ratio;
import org.rehabprogress.stats.Round;

/**
 * The per-patient analysis of SPEC section 3: a pure function of one patient's columns and the
 * report month. No I/O, no clock; safe to call from several threads at once.
 */
public final class PatientAnalysis {

  /** Baseline and current windows of the 0-10 measures and sleep hours span 14 days. */
  static final int WINDOW_DAYS = 14;

  /** A baseline or current figure of a 0-10 measure or sleep hours needs 4 days with a value. */
  static final int WINDOW_MIN_DAYS = 4;

  /**
   * Current figures are none while {@code end - start} is under 27 days (windows must not meet).
   */
  static final int CURRENT_MIN_SPAN = 27;

  // GAD-7 asks about the last two weeks and is taken weekly to monthly: 28-day windows, one score.
  // PEG and ODI are weekly-to-monthly questionnaires too, with the same windows (SPEC 3c).
  static final int GAD7_WINDOW_DAYS = 28;
  static final int GAD7_MIN_DAYS = 1;
  static final int GAD7_CURRENT_MIN_SPAN = 55;

  /** Lost to follow-up: no self-reported symptom entry in the last 14 days. */
  static final int FOLLOW_UP_DAYS = 14;

  private PatientAnalysis() {}

  /**
   * Returns a patient's start: treatment_start when patients.csv gives one, else the first logged
   * day (the earliest symptom or activity entry of the whole log); null when there is neither.
   */
  public static LocalDate start(PatientLog log) {
    if (log.info() != null && log.info().treatmentStart() != null) {
      return log.info().treatmentStart();
    }
    int first = firstLoggedDay(log);
    return first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first);
  }

  /**
   * Returns the last day with a symptom or activity entry, on or before {@code onOrBefore} when it
   * is not null; null when there is no such entry.
   */
  public static LocalDate lastLoggedDay(PatientLog log, LocalDate onOrBefore) {
    int bound = onOrBefore == null ? Integer.MAX_VALUE : Math.toIntExact(onOrBefore.toEpochDay());
    SymptomLog symptoms = log.symptoms();
    int last = Integer.MIN_VALUE;
    for (int row = symptoms.to(log.code()) - 1; row >= symptoms.from(log.code()); row--) {
      if (symptoms.day(row) <= bound) {
        last = symptoms.day(row);
        break;
      }
    }
    ActivityLog activities = log.activities();
    for (int row = activities.to(log.code()) - 1; row >= activities.from(log.code()); row--) {
      if (activities.day(row) <= bound) {
        last = Math.max(last, activities.day(row));
        break;
      }
    }
    return last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
  }

  /**
   * Returns a patient's figures for the report month whose days are {@code monthStart .. end}; the
   * end day is {@code end(M)}, and entries after it are ignored. The report passes the first and
   * last day of M; the cohort passes the first day of the end day's month and the end day.
   *
   * @throws IllegalArgumentException when the patient has no start, or it is after {@code end}
   *     (such a patient is not covered), or {@code monthStart} is after {@code end}
   */
  public static PatientResult analyse(PatientLog log, LocalDate monthStart, LocalDate end) {
    return analyse(log, monthStart, end, true);
  }

  /**
   * Returns a patient's figures as {@link #analyse(PatientLog, LocalDate, LocalDate)} does, without
   * the list of flagged days and the next-day spreads (NaN) when {@code detail} is false: the
   * cohort shows neither.
   */
  public static PatientResult analyse(
      PatientLog log, LocalDate monthStart, LocalDate end, boolean detail) {
    LocalDate startDay = start(log);
    if (startDay == null) {
      throw new IllegalArgumentException(
          "patient " + log.patientId() + " has no start: no treatment_start and no entry");
    }
    if (startDay.isAfter(end)) {
      throw new IllegalArgumentException(
          "patient " + log.patientId() + " starts " + startDay + ", after the end " + end);
    }
    if (monthStart.isAfter(end)) {
      throw new IllegalArgumentException("month starts " + monthStart + " after its end " + end);
    }
    int s = Math.toIntExact(startDay.toEpochDay());
    int e = Math.toIntExact(end.toEpochDay());
    Days days = Days.of(log, Math.min(s, firstLoggedDay(log)), e);
    int span = e - s;
    boolean comparable = span >= CURRENT_MIN_SPAN;

    Outcome pain = outcome(days, Days.PAIN, s, e, comparable);
    Outcome anxiety = outcome(days, Days.ANXIETY, s, e, comparable);
    Outcome sleep = outcome(days, Days.SLEEP_HOURS, s, e, comparable);
    Outcome gad7Outcome = questionnaire(days, Days.GAD7, s, e);

    DayColumn painDaily = days.columns[Days.PAIN];
    Verdict verdict =
        Verdict.of(
            pain,
            painDaily.count(days.index(s), days.index(s + WINDOW_DAYS - 1)),
            painDaily.count(days.index(e - WINDOW_DAYS + 1), days.index(e)),
            span);
    int weeks = span / 7;
    Flags flags = Flags.of(weeks, verdict.status(), pain.current());

    List<NextDayPain> byExposure = NextDay.byExposure(days, s, e, detail);
    NextDayPain lowImpact = byExposure.get(Exposure.LOW_IMPACT.ordinal());
    NextDayPain flagged = byExposure.get(Exposure.FLAGGED.ordinal());
    NextDayPain rest = byExposure.get(Exposure.REST.ordinal());
    int counted = Math.max(s, Math.toIntExact(monthStart.toEpochDay()));
    Month month = Month.of(days, counted, e);
    NamedActivities named = NamedActivities.of(log, days, s, e);
    AdjustedComparison adjusted = AdjustedAnalysis.of(log.patientId(), days, s, e, named);
    double[] contrast = contrast(adjusted.flaggedMinusLowImpact());
    OutcomePanel panel = panel(log, days, s, e, counted, verdict.status());
    Outcome leg = panel.legPain();

    PatientSummary summary =
        new PatientSummary(
            log.patientId(),
            verdict.status(),
            flags.review(),
            flags.persistentPain(),
            weeks,
            pain.baseline(),
            pain.current(),
            pain.change(),
            pain.changePct(),
            anxiety.baseline(),
            anxiety.current(),
            gad7Outcome.baseline(),
            gad7Outcome.current(),
            sleep.baseline(),
            sleep.current(),
            lowImpact.mean(),
            flagged.mean(),
            flagged.minus(lowImpact),
            Trend.perWeek(painDaily, days.index(e)),
            month.lowImpactMinPerWeek(),
            month.flaggedEntries(),
            month.daysLogged(),
            month.completenessPct(),
            contrast[0],
            contrast[1],
            contrast[2],
            adjusted.pairs().size(),
            adjusted.choice().flaggedDayPainMinusOther(),
            leg.baseline(),
            leg.current(),
            leg.change(),
            panel.legPainStatus(),
            panel.peg().baseline(),
            panel.peg().current(),
            panel.odi().baseline(),
            panel.odi().current(),
            panel.pgic() == null ? Double.NaN : panel.pgic().score(),
            panel.opioids().mme().baseline(),
            panel.opioids().mme().current());
    return new PatientResult(
        summary,
        startDay,
        end,
        monthStart,
        month.days(),
        verdict.rule(),
        flags.rules(),
        !anyLogged(days, days.index(e - FOLLOW_UP_DAYS + 1), days.index(e)),
        pain,
        anxiety,
        sleep,
        gad7Outcome,
        Gad7Change.of(gad7Outcome),
        byExposure,
        NextDay.byActivity(named, days, rest, detail),
        detail ? NextDay.flaggedDays(log, days, s, e) : List.of(),
        series(days, s, e, comparable),
        adjusted,
        panel);
  }

  /** Returns the estimate and its interval bounds, NaN for none. */
  private static double[] contrast(AdjustedDifference difference) {
    if (difference instanceof AdjustedDifference.Estimate e) {
      return new double[] {e.estimate(), e.ciLow(), e.ciHigh()};
    }
    return new double[] {Double.NaN, Double.NaN, Double.NaN};
  }

  /**
   * Returns the FBSS outcome panel (SPEC 3c).
   *
   * @param counted the first day of M on or after start (for the month's latest PGIC)
   * @param status the pain status, which the PGIC is compared with
   */
  private static OutcomePanel panel(
      PatientLog log, Days days, int s, int e, int counted, Status status) {
    int span = e - s;
    DayColumn legDaily = days.columns[Days.LEG_PAIN];
    Outcome leg = outcome(days, Days.LEG_PAIN, s, e, span >= CURRENT_MIN_SPAN);
    Verdict legVerdict = null;
    if (recorded(days, Days.LEG_PAIN)) {
      legVerdict =
          Verdict.of(
              "leg pain",
              leg,
              legDaily.count(days.index(s), days.index(s + WINDOW_DAYS - 1)),
              legDaily.count(days.index(e - WINDOW_DAYS + 1), days.index(e)),
              span);
    }
    Outcome peg = questionnaire(days, Days.PEG, s, e);
    Ratio[] odiExact = questionnaireExact(days, Days.ODI, s, e);
    Outcome odi = Outcome.of(odiExact[0], odiExact[1]);
    List<MedicationLine> medications =
        MedicationChanges.lines(log.medications(), LocalDate.ofEpochDay(e));
    return new OutcomePanel(
        leg,
        legVerdict == null ? null : legVerdict.status(),
        legVerdict == null ? null : legVerdict.rule(),
        Round.half(leg.changePct(), 2) <= OutcomePanel.HALVED_PERCENT,
        peg,
        ImportantChange.peg(peg),
        odi,
        ImportantChange.odi(odi),
        recorded(days, Days.PEG),
        recorded(days, Days.ODI),
        latestPgic(days, counted, e, status),
        OpioidDose.of(log.medications(), s, e, span >= CURRENT_MIN_SPAN),
        medications,
        MedicationChanges.events(medications, LocalDate.ofEpochDay(e)),
        odiExact[0] == null || odiExact[1] == null ? null : odiExact[1].minus(odiExact[0]));
  }

  /**
   * Returns a questionnaire's figures (GAD-7, PEG, ODI): 28-day windows, one score enough, the
   * current window none while {@code end - start} is under 55 days (SPEC 3, 3c).
   */
  private static Outcome questionnaire(Days days, int measure, int s, int e) {
    Ratio[] exact = questionnaireExact(days, measure, s, e);
    return Outcome.of(exact[0], exact[1]);
  }

  /** Returns a questionnaire's exact baseline and current figures, each null when none. */
  private static Ratio[] questionnaireExact(Days days, int measure, int s, int e) {
    DayColumn daily = days.columns[measure];
    return new Ratio[] {
      daily.mean(days.index(s), days.index(s + GAD7_WINDOW_DAYS - 1), GAD7_MIN_DAYS),
      e - s >= GAD7_CURRENT_MIN_SPAN
          ? daily.mean(days.index(e - GAD7_WINDOW_DAYS + 1), days.index(e), GAD7_MIN_DAYS)
          : null
    };
  }

  /** Returns whether the patient has an entry of a measure by the end day. */
  private static boolean recorded(Days days, int measure) {
    return days.columns[measure].count(0, days.length - 1) > 0;
  }

  /** Returns the latest PGIC in the epoch days {@code from .. e}, or null when there is none. */
  private static Pgic latestPgic(Days days, int from, int e, Status status) {
    DayColumn pgic = days.columns[Days.PGIC];
    for (int i = days.index(e); i >= days.index(from); i--) {
      if (pgic.has(i)) {
        return Pgic.of(LocalDate.ofEpochDay(days.first + i), pgic.mean(i).toDouble(), status);
      }
    }
    return null;
  }

  private static Outcome outcome(Days days, int measure, int s, int e, boolean comparable) {
    DayColumn daily = days.columns[measure];
    return Outcome.of(
        daily.mean(days.index(s), days.index(s + WINDOW_DAYS - 1), WINDOW_MIN_DAYS),
        comparable
            ? daily.mean(days.index(e - WINDOW_DAYS + 1), days.index(e), WINDOW_MIN_DAYS)
            : null);
  }

  private static boolean anyLogged(Days days, int from, int to) {
    for (int i = Math.max(from, 0); i <= to; i++) {
      if (days.logged[i]) {
        return true;
      }
    }
    return false;
  }

  private static DailySeries series(Days days, int s, int e, boolean comparable) {
    return new DailySeries(
        LocalDate.ofEpochDay(days.first),
        days.means[Days.PAIN],
        days.means[Days.ANXIETY],
        days.means[Days.SLEEP_HOURS],
        days.exposure,
        days.lowImpactMinutes,
        days.flaggedMinutes,
        days.neutralMinutes,
        new Window(LocalDate.ofEpochDay(s), LocalDate.ofEpochDay(Math.min(s + WINDOW_DAYS - 1, e))),
        comparable
            ? new Window(LocalDate.ofEpochDay(e - WINDOW_DAYS + 1), LocalDate.ofEpochDay(e))
            : null);
  }

  private static int firstLoggedDay(PatientLog log) {
    int first = Integer.MAX_VALUE;
    SymptomLog symptoms = log.symptoms();
    if (symptoms.to(log.code()) > symptoms.from(log.code())) {
      first = symptoms.day(symptoms.from(log.code()));
    }
    ActivityLog activities = log.activities();
    if (activities.to(log.code()) > activities.from(log.code())) {
      first = Math.min(first, activities.day(activities.from(log.code())));
    }
    return first;
  }
}

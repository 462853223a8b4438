package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.analysis.AdjustedActivity;
import org.rehabprogress.analysis.AdjustedComparison;
import org.rehabprogress.analysis.ChoiceCheck;
import org.rehabprogress.stats.AdjustedDifference;
import org.rehabprogress.stats.NextDayModel;
import org.rehabprogress.stats.Round;

/**
 * The adjusted comparison of SPEC 3b in words, as the patient page leads its activity section: the
 * flagged-minus-low-impact figure as a sentence (SPEC 3b's own example: "after a day with a flagged
 * activity, pain the next day was 0.8 points higher (95% CI 0.3 to 1.3) than after a day with a
 * low-impact activity, at the same pain that day; 96 day pairs"), the choice check, and each
 * activity's row; a figure that is none says why. Sentences give one decimal, as the spec's example
 * does; the tables and summary.csv give two.
 */
final class AdjustedText {

  /** What the adjustment takes into account, and what it cannot do, in one sentence. */
  static final String ADJUSTED_FOR =
      "Adjusted for the pain recorded on the day itself (and for other activities that day), by a"
          + " regression over the patient's day pairs (days with pain recorded on the day and the"
          + " next); it remains an association in the patient's own diary, not proof that the"
          + " activity caused the difference.";

  private AdjustedText() {}

  /** Returns the flagged-minus-low-impact figure as a sentence, or why there is none. */
  static String lead(AdjustedComparison a) {
    int n = a.pairs().size();
    AdjustedDifference d = a.flaggedMinusLowImpact();
    if (d instanceof AdjustedDifference.Estimate e) {
      String shown = Round.format(Math.abs(e.estimate()), 1);
      String interval =
          "95% CI " + Round.format(e.ciLow(), 1) + " to " + Round.format(e.ciHigh(), 1);
      String pairs = Figures.count(n, "day pair", "day pairs");
      if (shown.equals("0.0")) {
        return "After a day with a flagged activity, pain the next day was about the same as after"
            + " a day with a low-impact activity (a difference of "
            + Round.format(e.estimate(), 1)
            + " points, "
            + interval
            + "), at the same pain that day; "
            + pairs
            + ".";
      }
      return "After a day with a flagged activity, pain the next day was "
          + shown
          + " points "
          + (e.estimate() > 0 ? "higher" : "lower")
          + " ("
          + interval
          + ") than after a day with a low-impact activity, at the same pain that day; "
          + pairs
          + ".";
    }
    return "No adjusted comparison of flagged and low-impact days: "
        + why(((AdjustedDifference.None) d).reason(), a)
        + ".";
  }

  /** Returns why the class figure is none, from the patient's counts. */
  static String why(AdjustedDifference.Reason reason, AdjustedComparison a) {
    int n = a.pairs().size();
    int flagged = a.byClass().flaggedPairs();
    int lowImpact = a.byClass().lowImpactPairs();
    return switch (reason) {
      case FEW_PAIRS ->
          (n == 0 ? "no day pairs" : "only " + Figures.count(n, "day pair", "day pairs"))
              + " (days with pain recorded on the day and the next), and "
              + NextDayModel.MIN_PAIRS
              + " are needed";
      case FEW_FLAGGED -> few(flagged, "a flagged activity");
      case FEW_LOW_IMPACT -> few(lowImpact, "a low-impact activity");
      case EVERY_DAY ->
          "every day pair had "
              + (flagged == n ? "a flagged" : "a low-impact")
              + " activity, so there is no day without one to compare with";
      case ALIASED ->
          "low-impact activity was logged on exactly the days with a flagged activity, or exactly"
              + " the days without one, so the two cannot be told apart";
      case FEW_DEGREES_OF_FREEDOM ->
          "too few day pairs for the number of figures the model estimates";
      case NO_RESIDUAL_VARIATION ->
          "next-day pain is explained exactly (it does not vary), so there is no interval";
      case FEW_ACTIVITY_DAYS -> "the activity was done on fewer than 5 day pairs' days";
    };
  }

  /** Returns why an activity's figure is none. */
  static String whyActivity(AdjustedDifference.Reason reason, AdjustedComparison a) {
    return switch (reason) {
      case FEW_ACTIVITY_DAYS ->
          "done on fewer than "
              + NextDayModel.MIN_DAYS
              + " day pairs' days: counted with the other activities";
      case EVERY_DAY -> "done on every day pair's day: no day without it to compare with";
      case ALIASED ->
          "always done with, or exactly without, the activities listed before it: the two cannot"
              + " be told apart";
      case FEW_DEGREES_OF_FREEDOM ->
          "too few day pairs for the number of activities the model estimates";
      default -> why(reason, a);
    };
  }

  private static String few(int pairs, String what) {
    return (pairs == 0 ? "no day pair" : "only " + Figures.count(pairs, "day pair", "day pairs"))
        + " with "
        + what
        + ", and "
        + NextDayModel.MIN_DAYS
        + " are needed";
  }

  /** Returns the choice check as a sentence, or why there is none. */
  static String choice(ChoiceCheck c) {
    String pairs =
        Figures.count(c.flaggedPairs(), "day pair", "day pairs")
            + " with a flagged activity and "
            + c.otherPairs()
            + " without";
    if (c.exact() == null) {
      return "No choice check: it needs "
          + ChoiceCheck.MIN_PAIRS
          + " day pairs with a flagged activity and "
          + ChoiceCheck.MIN_PAIRS
          + " without ("
          + pairs
          + ").";
    }
    double x = c.flaggedDayPainMinusOther();
    String shown = Round.format(Math.abs(x), 1);
    if (shown.equals("0.0")) {
      return "Flagged activities were done on days with about the same pain as other days ("
          + pairs
          + "): the choice of activity does not seem to follow the day's pain.";
    }
    return x < 0
        ? "Flagged activities were done on days with "
            + shown
            + " points less pain than other days ("
            + pairs
            + "): they were chosen on better days, which makes the unadjusted comparison below"
            + " look more reassuring than the adjusted one."
        : "Flagged activities were done on days with "
            + shown
            + " points more pain than other days ("
            + pairs
            + "): they were chosen on worse days, which makes the unadjusted comparison below"
            + " look worse for them than the adjusted one.";
  }

  /** Returns one row per activity done on a pair's day. */
  static List<PatientView.AdjustedRow> activities(AdjustedComparison a) {
    List<PatientView.AdjustedRow> rows = new ArrayList<>();
    for (AdjustedActivity row : a.byActivity()) {
      AdjustedDifference d = row.difference();
      if (d instanceof AdjustedDifference.Estimate e) {
        rows.add(
            new PatientView.AdjustedRow(
                row.activity(),
                PatientTables.className(row.activityClass()),
                row.days(),
                Figures.signed(e.estimate()),
                Figures.number(e.ciLow()) + " to " + Figures.number(e.ciHigh()),
                ""));
      } else {
        AdjustedDifference.Reason reason = ((AdjustedDifference.None) d).reason();
        rows.add(
            new PatientView.AdjustedRow(
                row.activity(),
                PatientTables.className(row.activityClass()),
                row.days(),
                Figures.NONE,
                Figures.NONE,
                whyActivity(reason, a)));
      }
    }
    return rows;
  }
}

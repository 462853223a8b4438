package org.rehabprogress.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;
import org.rehabprogress.stats.Round;

/**
 * The order of the clinic overview, worst first (SPEC section 4): WORSE, then flagged (review or
 * persistent pain), then lost to follow-up, then UNCHANGED, INSUFFICIENT_DATA, IMPROVED; ties by
 * patient id. A patient goes to the first group that fits.
 */
public final class Overview {

  private static final Comparator<ReportedPatient> ORDER =
      Comparator.comparingInt((ReportedPatient p) -> rank(p.result()))
          .thenComparing(ReportedPatient::patientId);

  private Overview() {}

  // Within a group: the size of the pain change as printed (2 decimals, so that equal figures on
  // the page tie), largest first; patients without a change last; ties by id.
  private static final Comparator<ReportedPatient> BY_SIZE =
      Comparator.comparingInt((ReportedPatient p) -> rank(p.result()))
          .thenComparing(Overview::size, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ReportedPatient::patientId);

  /** Returns the patients worst first, each group in id order, a new list. */
  public static List<ReportedPatient> order(List<ReportedPatient> patients) {
    return order(patients, false);
  }

  /**
   * Returns the patients worst first, a new list; within each group by the size of the pain change
   * (largest first, none last, ties by id) when {@code bySize}, else by id.
   */
  public static List<ReportedPatient> order(List<ReportedPatient> patients, boolean bySize) {
    List<ReportedPatient> sorted = new ArrayList<>(patients);
    sorted.sort(bySize ? BY_SIZE : ORDER);
    return sorted;
  }

  /** Returns the size of the pain change rounded as printed, or null for none. */
  static BigDecimal size(ReportedPatient p) {
    double change = p.result().summary().painChange();
    return Double.isFinite(change) ? new BigDecimal(Round.format(Math.abs(change))) : null;
  }

  /** Returns the title of a group, with the rule that puts a patient there. */
  public static String title(int rank) {
    return switch (rank) {
      case 0 -> "\u25B2 Worse: pain up by 2 points, or by 30 % from a baseline of 4 or more";
      case 1 ->
          "\u2691 Flagged: 12 weeks or more without a clinically important improvement (review),"
              + " or pain 5 or more after 26 weeks (persistent pain)";
      case 2 -> "\u25CB Lost to follow-up: no symptom entry in the last 14 days of the month";
      case 3 ->
          "= Unchanged: pain changed by under 2 points (and under 30 % from a baseline of 4 or more)";
      case 4 ->
          "? Insufficient data: under 4 days with pain in a window, or under 4 weeks in treatment";
      case 5 -> "\u25BC Improved: pain down by 2 points, or by 30 % from a baseline of 4 or more";
      default -> throw new IllegalArgumentException("no group " + rank);
    };
  }

  /** Returns a patient's group: 0 for the first shown (WORSE) to 5 for the last (IMPROVED). */
  public static int rank(PatientResult result) {
    PatientSummary s = result.summary();
    return switch (s.status()) {
      case WORSE -> 0;
      case UNCHANGED, INSUFFICIENT_DATA, IMPROVED -> {
        if (s.reviewFlag() || s.persistentPainFlag()) {
          yield 1;
        }
        if (result.lostToFollowUp()) {
          yield 2;
        }
        yield switch (s.status()) {
          case UNCHANGED -> 3;
          case INSUFFICIENT_DATA -> 4;
          default -> 5;
        };
      }
    };
  }
}

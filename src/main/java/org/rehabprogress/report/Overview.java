package org.rehabprogress.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.PatientSummary;

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

  /** Returns the patients worst first, a new list. */
  public static List<ReportedPatient> order(List<ReportedPatient> patients) {
    List<ReportedPatient> sorted = new ArrayList<>(patients);
    sorted.sort(ORDER);
    return sorted;
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

package org.rehabprogress.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.analysis.PatientResult;
import org.rehabprogress.analysis.Status;

/**
 * A patient's figures for the month before the report month (SPEC section 4, since last month): the
 * same per-patient analysis with {@code M - 1} as the report month.
 *
 * @param month the month before the report month
 * @param status the pain status at the end of that month
 * @param painCurrent the current pain at the end of that month, NaN for none
 * @param reviewFlag the review flag at the end of that month
 * @param persistentPainFlag the persistent-pain flag at the end of that month
 * @param lostToFollowUp whether the patient was lost to follow-up at the end of that month
 */
public record Previous(
    YearMonth month,
    Status status,
    double painCurrent,
    boolean reviewFlag,
    boolean persistentPainFlag,
    boolean lostToFollowUp) {

  /** Checks for nulls. */
  public Previous {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(status, "status");
  }

  /** Returns the figures of a patient's analysis with {@code month} as the report month. */
  public static Previous of(YearMonth month, PatientResult result) {
    return new Previous(
        month,
        result.status(),
        result.summary().painCurrent(),
        result.summary().reviewFlag(),
        result.summary().persistentPainFlag(),
        result.lostToFollowUp());
  }

  /** Returns whether the status differs from this month's. */
  public boolean statusMoved(PatientResult now) {
    return status != now.status();
  }

  /**
   * Returns what changed since this month, in words, in a fixed order: the status that moved
   * ({@code status IMPROVED -> UNCHANGED}, with an arrow), each flag that is new or cleared, newly
   * lost to follow-up or back in follow-up; empty when nothing did.
   */
  public List<String> changes(PatientResult now) {
    List<String> changes = new ArrayList<>();
    if (statusMoved(now)) {
      changes.add("status " + Figures.word(status) + " \u2192 " + Figures.word(now.status()));
    }
    flag(changes, "review flag", reviewFlag, now.summary().reviewFlag());
    flag(changes, "persistent-pain flag", persistentPainFlag, now.summary().persistentPainFlag());
    if (now.lostToFollowUp() && !lostToFollowUp) {
      changes.add("newly lost to follow-up");
    } else if (!now.lostToFollowUp() && lostToFollowUp) {
      changes.add("back in follow-up");
    }
    return changes;
  }

  private static void flag(List<String> changes, String name, boolean before, boolean now) {
    if (now && !before) {
      changes.add(name + " new");
    } else if (before && !now) {
      changes.add(name + " cleared");
    }
  }
}

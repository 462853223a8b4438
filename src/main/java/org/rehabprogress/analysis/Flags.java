package org.rehabprogress.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rehabprogress.stats.Round;

/**
 * The review and persistent-pain flags of SPEC section 3, with one sentence per raised flag.
 *
 * @param review weeks in treatment >= 12 and status UNCHANGED or WORSE
 * @param persistentPain weeks in treatment >= 26 and current pain (as shown) >= 5.0
 * @param rules the sentence behind each raised flag
 */
record Flags(boolean review, boolean persistentPain, List<String> rules) {

  // 12 weeks: where low back pain is defined as chronic and exercise programmes are judged.
  static final int REVIEW_WEEKS = 12;

  // NICE TA159: pain of 5/10 or more for six months despite conservative care is the threshold
  // before considering spinal cord stimulation.
  static final int PERSISTENT_WEEKS = 26;
  static final double PERSISTENT_PAIN = 5.0;

  /** Copies the list. */
  Flags {
    rules = List.copyOf(rules);
  }

  /**
   * Returns the flags of a patient in treatment for {@code weeks} with a status and current pain.
   */
  static Flags of(int weeks, Status status, double currentPain) {
    List<String> rules = new ArrayList<>(2);
    boolean review =
        weeks >= REVIEW_WEEKS && (status == Status.UNCHANGED || status == Status.WORSE);
    if (review) {
      rules.add(
          "weeks in treatment "
              + weeks
              + " >= 12 and status "
              + status
              + ": conservative treatment has not produced a clinically important pain"
              + " improvement after "
              + weeks
              + " weeks");
    }
    double shown = Round.half(currentPain, 2);
    boolean persistent = weeks >= PERSISTENT_WEEKS && shown >= PERSISTENT_PAIN;
    if (persistent) {
      rules.add(
          "weeks in treatment "
              + weeks
              + " >= 26 and current pain "
              + Round.format(shown)
              + " >= 5.0: persistent pain despite conservative care (NICE TA159)");
    }
    return new Flags(review, persistent, rules);
  }
}

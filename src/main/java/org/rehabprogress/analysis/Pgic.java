package org.rehabprogress.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.stats.Round;

/**
 * The patient's global impression of change (SPEC 3c): the latest score in the report month (its
 * day's mean, as every measure's daily value is), in words, and how it compares with the pain
 * status. Scores 1-2 are the patient's own sense of a clinically important improvement: Farrar et
 * al. 2001 (Pain 94:149) anchored the 2-point / 30 % rule of the pain status on PGIC 1-2. A
 * disagreement is pointed out, never resolved: both are shown.
 *
 * @param day the day of the latest score
 * @param score that day's score (the mean of its entries), 1-7
 * @param agreement how the score compares with the pain status
 */
public record Pgic(LocalDate day, double score, Agreement agreement) {

  /** How the patient's impression compares with the pain status. */
  public enum Agreement {
    /** Both say the same: PGIC 1-2 and IMPROVED, 3-5 and UNCHANGED, or 6-7 and WORSE. */
    AGREES,
    /** They differ, e.g. PGIC 2 (much improved) with a pain status of UNCHANGED. */
    DISAGREES,
    /** The pain status is INSUFFICIENT_DATA: there is nothing to compare with. */
    NOT_COMPARED
  }

  /** The words of each score, 1 to 7. */
  static final List<String> WORDS =
      List.of(
          "very much improved",
          "much improved",
          "minimally improved",
          "no change",
          "minimally worse",
          "much worse",
          "very much worse");

  // Farrar et al. 2001: PGIC 1-2 (much or very much improved) anchors a clinically important
  // improvement. Its mirror, 6-7 (much or very much worse), is taken as an important worsening.
  static final double IMPORTANT_IMPROVEMENT = 2.0;
  static final double IMPORTANT_WORSENING = 6.0;

  /** Checks for nulls and the range. */
  public Pgic {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(agreement, "agreement");
    if (!(score >= 1 && score <= 7)) {
      throw new IllegalArgumentException("PGIC " + score + " is not in 1-7");
    }
  }

  /** Returns the score of a day and how it compares with the pain status. */
  static Pgic of(LocalDate day, double score, Status status) {
    return new Pgic(day, score, agreement(score, status));
  }

  /** Returns whether the score (as shown) is 1-2: the patient's sense of important improvement. */
  public boolean importantImprovement() {
    return Round.half(score, 2) <= IMPORTANT_IMPROVEMENT;
  }

  /** Returns whether the score (as shown) is 6-7: much or very much worse. */
  public boolean importantWorsening() {
    return Round.half(score, 2) >= IMPORTANT_WORSENING;
  }

  /**
   * Returns the score in words ({@code much improved}); a day whose entries differ has a mean
   * between two scores, said as {@code between much improved and minimally improved}.
   */
  public String words() {
    return words(score);
  }

  /** Returns a score 1-7 in words, as {@link #words()} does. */
  public static String words(double score) {
    double shown = Round.half(score, 2);
    int below = (int) Math.floor(shown);
    if (shown == below) {
      return WORDS.get(below - 1);
    }
    return "between " + WORDS.get(below - 1) + " and " + WORDS.get(below);
  }

  private static Agreement agreement(double score, Status status) {
    double shown = Round.half(score, 2);
    Status said =
        shown <= IMPORTANT_IMPROVEMENT
            ? Status.IMPROVED
            : shown >= IMPORTANT_WORSENING ? Status.WORSE : Status.UNCHANGED;
    if (status == Status.INSUFFICIENT_DATA) {
      return Agreement.NOT_COMPARED;
    }
    return said == status ? Agreement.AGREES : Agreement.DISAGREES;
  }
}

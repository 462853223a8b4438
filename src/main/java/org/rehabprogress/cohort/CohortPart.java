package org.rehabprogress.cohort;

import java.util.List;
import java.util.Objects;

/**
 * What the cohort makes of part of the input (the patients one task of a distributed engine holds,
 * every row of each): each patient's admission, and what the figures across patients need of the
 * part's activity names before they are placed in the activity groups of the whole input ({@link
 * CohortAnalysis#combine}). Arrays are shared, not copied: do not modify them.
 *
 * @param names the part's activity names as written, by name code
 * @param groupSpelling per activity group of the part (in its name order): the code in {@code
 *     names} of one spelling of the group
 * @param groupPatients per activity group of the part: its patients who logged the activity
 * @param admitted what the cohort made of each patient of the part, in patient id order; an
 *     analysed patient's activity groups index the part's groups
 */
public record CohortPart(
    List<String> names, int[] groupSpelling, int[] groupPatients, List<Admission> admitted) {

  /** Checks for nulls, one spelling and one count per group, and copies the lists. */
  public CohortPart {
    names = List.copyOf(names);
    admitted = List.copyOf(admitted);
    Objects.requireNonNull(groupSpelling, "groupSpelling");
    if (groupSpelling.length != groupPatients.length) {
      throw new IllegalArgumentException("one spelling and one patient count per group expected");
    }
  }
}

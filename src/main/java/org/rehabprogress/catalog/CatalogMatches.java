package org.rehabprogress.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * Which activity names are one activity, as SPEC section 2 matches them: a name the catalog knows,
 * directly or through an alias, belongs to its catalog activity ({@code Walk}, {@code walking} and
 * {@code HKWorkoutActivityTypeWalking} are all {@code Walking}); a name it does not know belongs
 * with the names of the same matching key ({@link ActivityNames#key}: case, punctuation and spacing
 * ignored). Both the per-patient report and the cohort group activities this way, so a patient's
 * Fitbit {@code Walk} and diary {@code Walking} are one activity wherever figures are compared.
 *
 * <p>Indexed by name code (the position of a name in the list it was made of). Immutable and safe
 * to share between threads.
 */
public final class CatalogMatches {

  private final int[] ranks;
  private final String[] activities;

  private CatalogMatches(int[] ranks, String[] activities) {
    this.ranks = ranks;
    this.activities = activities;
  }

  /**
   * Matches names against a catalog.
   *
   * @param names the activity names as written, indexed by code
   * @param catalog the effective catalog
   */
  public static CatalogMatches of(List<String> names, ActivityCatalog catalog) {
    int n = names.size();
    String[] activities = new String[n];
    String[] keys = new String[n];
    for (int code = 0; code < n; code++) {
      CatalogEntry entry = catalog.lookup(names.get(code));
      // A catalog activity and an unknown key never coincide (the catalog would have matched the
      // name), but the suffix keeps the two kinds of group apart whatever a catalog file holds; a
      // key has no control characters, so the suffix does not change the order of keys.
      if (entry != null) {
        activities[code] = entry.activity().strip();
        keys[code] = ActivityNames.key(activities[code]) + "\u0000c";
      } else {
        keys[code] = ActivityNames.key(names.get(code)) + "\u0000u";
      }
    }
    String[] distinct = Arrays.stream(keys).distinct().sorted().toArray(String[]::new);
    int[] ranks = new int[n];
    for (int code = 0; code < n; code++) {
      ranks[code] = Arrays.binarySearch(distinct, keys[code]);
    }
    return new CatalogMatches(ranks, activities);
  }

  /** Returns the number of name codes. */
  public int size() {
    return ranks.length;
  }

  /**
   * Returns the rank of a name code's activity among the distinct activities in order of their
   * matching keys: two codes are one activity exactly when their ranks are equal.
   */
  public int rank(int code) {
    return ranks[code];
  }

  /**
   * Returns the name of a code's catalog activity, surrounding space removed, or null when the
   * catalog does not know the name (UNCLASSIFIED).
   */
  public String catalogActivity(int code) {
    return activities[code];
  }
}

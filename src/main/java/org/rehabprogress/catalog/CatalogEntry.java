package org.rehabprogress.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One catalog row: an activity, its class, why it has that class, and the other names exports use.
 *
 * @param activity the display name, never blank
 * @param activityClass LOW_IMPACT, FLAGGED or NEUTRAL (never UNCLASSIFIED)
 * @param reason the guidance behind the class, may be empty
 * @param aliases other names that mean the same activity, never null
 */
public record CatalogEntry(
    String activity, ActivityClass activityClass, String reason, List<String> aliases) {

  /** Checks the invariants and copies the alias list. */
  public CatalogEntry {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityClass, "activityClass");
    if (activity.isBlank()) {
      throw new IllegalArgumentException("activity must not be blank");
    }
    if (activityClass == ActivityClass.UNCLASSIFIED) {
      throw new IllegalArgumentException("a catalog entry cannot be UNCLASSIFIED: " + activity);
    }
    reason = reason == null ? "" : reason;
    aliases = List.copyOf(aliases);
  }
}

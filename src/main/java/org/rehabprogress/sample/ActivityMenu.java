package org.rehabprogress.sample;

import static org.rehabprogress.catalog.ActivityClass.FLAGGED;
import static org.rehabprogress.catalog.ActivityClass.LOW_IMPACT;
import static org.rehabprogress.catalog.ActivityClass.NEUTRAL;
import static org.rehabprogress.catalog.ActivityClass.UNCLASSIFIED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabprogress.catalog.ActivityClass;

/**
 * The activities the generator draws from. Names avoid the ambiguous cases of SPEC section 2 (plain
 * "Cycling" is outdoor cycling, NEUTRAL; stationary cycling is named as such), so that a catalog
 * built from the spec classifies every classified name as listed here.
 */
public final class ActivityMenu {

  /** Every activity, low-impact first, then neutral, flagged, and names no catalog knows. */
  public static final List<ActivityKind> KINDS =
      List.of(
          kind(LOW_IMPACT, 15, 75, 0, "Walking", "Walk"),
          kind(LOW_IMPACT, 20, 50, 1, "Swimming", "Pool Swim", "Swim", "lap_swimming"),
          kind(LOW_IMPACT, 30, 50, 1, "Aqua aerobics", "Water aerobics"),
          kind(LOW_IMPACT, 10, 30, 0, "Stretching", "Stretch"),
          kind(LOW_IMPACT, 30, 75, 0, "Yoga", "Gentle yoga"),
          kind(LOW_IMPACT, 30, 60, 0, "Tai Chi", "Tai chi"),
          kind(LOW_IMPACT, 15, 40, 1, "Physiotherapy exercises", "Core stability"),
          kind(LOW_IMPACT, 15, 45, 1, "Stationary Bike", "Recumbent bike"),
          kind(NEUTRAL, 20, 90, 1, "Cycling", "Outdoor Cycling"),
          kind(NEUTRAL, 15, 90, 0, "Housework"),
          kind(NEUTRAL, 20, 90, 0, "Light gardening"),
          kind(NEUTRAL, 60, 240, 1, "Hiking", "Hike"),
          kind(NEUTRAL, 30, 90, 1, "Dancing"),
          kind(NEUTRAL, 20, 45, 1, "Elliptical"),
          kind(NEUTRAL, 20, 45, 1, "Treadmill"),
          kind(FLAGGED, 90, 240, 1, "Golf"),
          kind(FLAGGED, 45, 100, 2, "Tennis"),
          kind(FLAGGED, 20, 50, 2, "Running", "Run", "Jogging"),
          kind(FLAGGED, 30, 60, 2, "Weight Training", "Strength Training", "Weightlifting"),
          kind(FLAGGED, 30, 150, 1, "Heavy gardening"),
          kind(FLAGGED, 30, 180, 2, "Moving furniture"),
          kind(FLAGGED, 45, 90, 2, "Hot Yoga", "Power Yoga"),
          kind(FLAGGED, 40, 90, 2, "Badminton"),
          kind(UNCLASSIFIED, 30, 180, 0, "Geocaching"),
          kind(UNCLASSIFIED, 20, 60, 2, "Sled pulling contest"),
          kind(UNCLASSIFIED, 20, 60, 1, "Bog snorkelling"),
          kind(UNCLASSIFIED, 60, 180, 0, "Metal detecting"));

  private static final Map<String, ActivityClass> CLASS_OF = classes();

  private ActivityMenu() {}

  /** Returns the indexes into {@link #KINDS} of one class, in menu order. */
  static int[] indexesOf(ActivityClass activityClass) {
    return java.util.stream.IntStream.range(0, KINDS.size())
        .filter(i -> KINDS.get(i).activityClass() == activityClass)
        .toArray();
  }

  /**
   * Returns the class the generator assumed for a name it writes (exact spelling), or UNCLASSIFIED
   * for any other name.
   */
  public static ActivityClass classOf(String name) {
    return CLASS_OF.getOrDefault(name, UNCLASSIFIED);
  }

  private static ActivityKind kind(
      ActivityClass activityClass, int min, int max, int effort, String... spellings) {
    return new ActivityKind(activityClass, min, max, effort, List.of(spellings));
  }

  private static Map<String, ActivityClass> classes() {
    Map<String, ActivityClass> map = new HashMap<>();
    for (ActivityKind kind : KINDS) {
      for (String spelling : kind.spellings()) {
        map.put(spelling, kind.activityClass());
      }
    }
    return Map.copyOf(map);
  }
}

package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.ActivityLog;

/**
 * The activities the cohort compares across patients, matched as in SPEC section 2 ({@link
 * CatalogMatches}, as in the per-patient report): every name the catalog knows goes by its catalog
 * activity ({@code Walk}, {@code walking} and {@code HKWorkoutActivityTypeWalking} are all {@code
 * Walking}), and a name the catalog does not know goes by its matching key, shown as the first of
 * its spellings in text order across the input. Patients' exports spell one activity differently,
 * and a researcher asks about the activity, not the spelling.
 *
 * <p>Groups are numbered in name order. Immutable and safe to share between threads.
 */
public final class ActivityGroups {

  private final List<String> names;
  private final List<ActivityClass> classes;
  private final Map<String, Integer> index;
  private final ActivityLog log;
  private final CatalogMatches matches;

  private ActivityGroups(
      List<String> names,
      List<ActivityClass> classes,
      ActivityLog log,
      Map<String, Integer> index,
      CatalogMatches matches) {
    this.names = List.copyOf(names);
    this.classes = List.copyOf(classes);
    this.log = log;
    this.index = Map.copyOf(index);
    this.matches = matches;
  }

  /**
   * Groups the names of a log by catalog activity.
   *
   * @param activities the activity rows and their names as written
   * @param catalog the effective catalog
   */
  public static ActivityGroups of(ActivityLog activities, ActivityCatalog catalog) {
    List<String> written = activities.names();
    CatalogMatches matches = CatalogMatches.of(written, catalog);
    String[] groupOf = new String[written.size()];
    Map<String, ActivityClass> classOf = new TreeMap<>();
    Map<Integer, String> unknownByRank = new HashMap<>();
    for (int code = 0; code < written.size(); code++) {
      String activity = matches.catalogActivity(code);
      if (activity != null) {
        groupOf[code] = activity;
        classOf.put(activity, catalog.lookup(written.get(code)).activityClass());
      } else {
        unknownByRank.merge(
            matches.rank(code), written.get(code).strip(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    for (int code = 0; code < written.size(); code++) {
      if (groupOf[code] == null) {
        groupOf[code] = unknownByRank.get(matches.rank(code));
        classOf.put(groupOf[code], ActivityClass.UNCLASSIFIED);
      }
    }
    List<String> names = new ArrayList<>(classOf.keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int g = 0; g < names.size(); g++) {
      index.put(names.get(g), g);
    }
    return new ActivityGroups(
        names,
        new ArrayList<>(classOf.values()),
        activities.withNames(List.of(groupOf)),
        index,
        matches);
  }

  /** Returns the activity rows with every name code called by its group's name. */
  public ActivityLog log() {
    return log;
  }

  /**
   * Returns how the catalog matches each name code of {@link #log()} (the codes of the names as
   * written): codes of one group are one activity.
   */
  public CatalogMatches matches() {
    return matches;
  }

  /** Returns the groups' names, indexed by group, in name order. */
  public List<String> names() {
    return names;
  }

  /** Returns the groups' catalog classes, indexed by group. */
  public List<ActivityClass> classes() {
    return classes;
  }

  /** Returns a group's name. */
  public String name(int group) {
    return names.get(group);
  }

  /** Returns a group's catalog class (UNCLASSIFIED for a name the catalog does not know). */
  public ActivityClass activityClass(int group) {
    return classes.get(group);
  }

  /** Returns the group of a name as {@link #log()} calls it, or -1 for another name. */
  public int indexOf(String groupName) {
    Integer g = index.get(groupName);
    return g == null ? -1 : g;
  }
}

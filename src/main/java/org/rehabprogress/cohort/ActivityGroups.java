package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.ActivityNames;
import org.rehabprogress.catalog.CatalogEntry;
import org.rehabprogress.ingest.ActivityLog;

/**
 * The activities the cohort compares across patients: every name the catalog knows goes by its
 * catalog activity ({@code Walk}, {@code walking} and {@code HKWorkoutActivityTypeWalking} are all
 * {@code Walking}), and a name the catalog does not know goes by its matching key, shown as the
 * first of its spellings in text order. Patients' exports spell one activity differently, and a
 * researcher asks about the activity, not the spelling; the per-patient report keeps the names as
 * written.
 *
 * <p>Groups are numbered in name order. Immutable and safe to share between threads.
 */
public final class ActivityGroups {

  private final List<String> names;
  private final List<ActivityClass> classes;
  private final Map<String, Integer> index;
  private final ActivityLog log;

  private ActivityGroups(
      List<String> names,
      List<ActivityClass> classes,
      ActivityLog log,
      Map<String, Integer> index) {
    this.names = List.copyOf(names);
    this.classes = List.copyOf(classes);
    this.log = log;
    this.index = Map.copyOf(index);
  }

  /**
   * Groups the names of a log by catalog activity.
   *
   * @param activities the activity rows and their names as written
   * @param catalog the effective catalog
   */
  public static ActivityGroups of(ActivityLog activities, ActivityCatalog catalog) {
    List<String> written = activities.names();
    String[] groupOf = new String[written.size()];
    Map<String, ActivityClass> classOf = new TreeMap<>();
    Map<String, String> unknownByKey = new HashMap<>();
    for (int code = 0; code < written.size(); code++) {
      CatalogEntry entry = catalog.lookup(written.get(code));
      if (entry != null) {
        groupOf[code] = entry.activity().strip();
        classOf.put(groupOf[code], entry.activityClass());
      } else {
        unknownByKey.merge(
            ActivityNames.key(written.get(code)),
            written.get(code).strip(),
            (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    for (int code = 0; code < written.size(); code++) {
      if (groupOf[code] == null) {
        groupOf[code] = unknownByKey.get(ActivityNames.key(written.get(code)));
        classOf.put(groupOf[code], ActivityClass.UNCLASSIFIED);
      }
    }
    List<String> names = new ArrayList<>(classOf.keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int g = 0; g < names.size(); g++) {
      index.put(names.get(g), g);
    }
    return new ActivityGroups(
        names, new ArrayList<>(classOf.values()), activities.withNames(List.of(groupOf)), index);
  }

  /** Returns the activity rows with every name code called by its group's name. */
  public ActivityLog log() {
    return log;
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

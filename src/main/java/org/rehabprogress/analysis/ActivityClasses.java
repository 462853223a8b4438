package org.rehabprogress.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;

/** Classifies the activity names of a log once, by name code rather than per row. */
public final class ActivityClasses {

  private ActivityClasses() {}

  /** Returns the class of every activity name code of a log. */
  public static List<ActivityClass> of(ActivityLog log, ActivityCatalog catalog) {
    List<ActivityClass> classes = new ArrayList<>(log.names().size());
    for (String name : log.names()) {
      classes.add(catalog.classify(name));
    }
    return classes;
  }

  /** Returns the names the catalog does not know, in name order, with their number of entries. */
  public static Map<String, Long> unclassified(ActivityLog log, List<ActivityClass> classes) {
    long[] counts = new long[classes.size()];
    for (int row = 0; row < log.size(); row++) {
      counts[log.activity(row)]++;
    }
    Map<String, Long> unknown = new TreeMap<>();
    for (int code = 0; code < classes.size(); code++) {
      if (classes.get(code) == ActivityClass.UNCLASSIFIED && counts[code] > 0) {
        unknown.merge(log.names().get(code), counts[code], Long::sum);
      }
    }
    return unknown;
  }
}

package org.rehabprogress.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogEntry;
import org.rehabprogress.ingest.ActivityLog;

/**
 * What an anonymised activities.csv calls each activity. A name the catalog knows becomes the
 * catalog's own name for it (a fixed vocabulary, and spellings that betray the exporting app are
 * unified); a name the catalog does not know is free text and is kept, as written, only when at
 * least {@code min-cell} patients logged it, else it becomes {@link #OTHER}. Classes survive: a
 * catalog name classifies as the name it replaces, and {@link #OTHER} is unclassified like the
 * names it replaces.
 */
public final class ActivityNaming {

  /** The name of an unclassified activity too few patients logged to keep. */
  public static final String OTHER = "other activity";

  private final String[] names;
  private final int catalogNames;
  private final int kept;
  private final int replaced;

  private ActivityNaming(String[] names, int catalogNames, int kept, int replaced) {
    this.names = names;
    this.catalogNames = catalogNames;
    this.kept = kept;
    this.replaced = replaced;
  }

  /**
   * Names every activity name code of a log.
   *
   * @param log the activity columns
   * @param catalog the catalog that classifies the names
   * @param exported whether each patient code is exported
   * @param min the smallest number of patients for an unclassified name to be kept
   */
  public static ActivityNaming of(
      ActivityLog log, ActivityCatalog catalog, boolean[] exported, int min) {
    return of(log, catalog, exported, min, null);
  }

  /**
   * Names every activity name code of a log, keeping the unclassified names decided across the
   * patients of a larger data set (a distributed engine names one patient's log at a time).
   *
   * @param log the activity columns
   * @param catalog the catalog that classifies the names
   * @param exported whether each patient code is exported
   * @param keptNames the unclassified names to keep as written
   */
  public static ActivityNaming of(
      ActivityLog log, ActivityCatalog catalog, boolean[] exported, Set<String> keptNames) {
    return of(log, catalog, exported, 0, keptNames);
  }

  private static ActivityNaming of(
      ActivityLog log, ActivityCatalog catalog, boolean[] exported, int min, Set<String> given) {
    List<String> input = log.names();
    int[] patients = new int[input.size()];
    int[] lastPatient = new int[input.size()];
    java.util.Arrays.fill(lastPatient, -1);
    for (int row = 0; row < log.size(); row++) {
      int code = log.activity(row);
      int patient = log.patient(row);
      if (exported[patient] && lastPatient[code] != patient) {
        lastPatient[code] = patient;
        patients[code]++;
      }
    }
    Map<String, Integer> unclassified = new TreeMap<>();
    for (int code = 0; code < input.size(); code++) {
      if (catalog.lookup(input.get(code)) == null && patients[code] > 0) {
        unclassified.merge(input.get(code), patients[code], Integer::sum);
      }
    }
    Set<String> keptNames = given != null ? given : MinCell.kept(unclassified, min);
    String[] names = new String[input.size()];
    int catalogNames = 0;
    for (int code = 0; code < names.length; code++) {
      CatalogEntry entry = catalog.lookup(input.get(code));
      if (entry != null) {
        names[code] = entry.activity();
        catalogNames += patients[code] > 0 ? 1 : 0;
      } else {
        names[code] = keptNames.contains(input.get(code)) ? input.get(code) : OTHER;
      }
    }
    int kept = (int) unclassified.keySet().stream().filter(keptNames::contains).count();
    return new ActivityNaming(names, catalogNames, kept, unclassified.size() - kept);
  }

  /** Returns the exported name of a name code. */
  public String name(int code) {
    return names[code];
  }

  /** Returns the number of input names (of exported patients) the catalog knows. */
  public int catalogNames() {
    return catalogNames;
  }

  /** Returns the number of unclassified input names kept as written. */
  public int kept() {
    return kept;
  }

  /** Returns the number of unclassified input names replaced by {@link #OTHER}. */
  public int replaced() {
    return replaced;
  }
}

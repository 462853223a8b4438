package org.rehabprogress.privacy;

import java.util.List;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogEntry;
import org.rehabprogress.ingest.ActivityLog;

/**
 * What an anonymised activities.csv calls each activity (SPEC section 6). A name the catalog knows
 * becomes the catalog's own name for it (a fixed vocabulary, and spellings that betray the
 * exporting app are unified); any other name is free text that can carry a person's name or a date
 * however many patients logged it ({@code Clinic walk 14/09/2026 with Dr Jones}), and becomes
 * {@link #UNCLASSIFIED}. Classes survive: a catalog name classifies as the name it replaces, and
 * {@link #UNCLASSIFIED} is unclassified like the names it replaces.
 */
public final class ActivityNaming {

  /** The name of every activity the catalog does not know. */
  public static final String UNCLASSIFIED = "unclassified";

  private final String[] names;

  private ActivityNaming(String[] names) {
    this.names = names;
  }

  /**
   * Names every activity name code of a log.
   *
   * @param log the activity columns
   * @param catalog the catalog that classifies the names
   */
  public static ActivityNaming of(ActivityLog log, ActivityCatalog catalog) {
    List<String> input = log.names();
    String[] names = new String[input.size()];
    for (int code = 0; code < names.length; code++) {
      CatalogEntry entry = catalog.lookup(input.get(code));
      names[code] = entry != null ? entry.activity() : UNCLASSIFIED;
    }
    return new ActivityNaming(names);
  }

  /** Returns the exported name of a name code. */
  public String name(int code) {
    return names[code];
  }
}

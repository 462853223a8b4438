package org.rehabprogress.privacy;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rehabprogress.catalog.ActivityCatalog;

/**
 * What an anonymisation decides across every exported patient, gathered one patient at a time (by
 * {@link ExportPlan} over a data set, by a distributed engine over its partitions): which sites and
 * sex values enough patients share to keep (the small-cell rule, {@link MinCell}), and the counts
 * the manifest states. Each patient is counted once per value.
 */
public final class Sharing {

  private final Map<String, Integer> sites = new TreeMap<>();
  private final Map<String, Integer> sexes = new TreeMap<>();
  private final Set<String> names = new HashSet<>();

  /**
   * Counts one exported patient.
   *
   * @param site the patient's site as written, or null
   * @param sex the patient's sex as written, or null
   * @param activityNames the activity names the patient logged, as written
   */
  public void add(String site, String sex, Iterable<String> activityNames) {
    if (site != null) {
      sites.merge(site, 1, Integer::sum);
    }
    if (sex != null) {
      sexes.merge(sex, 1, Integer::sum);
    }
    for (String name : activityNames) {
      names.add(name);
    }
  }

  /**
   * Returns the decisions.
   *
   * @param minCell the fewest patients a site or a sex value needs to be kept
   * @param catalog the catalog that tells known activity names from free text
   */
  public Shared decide(int minCell, ActivityCatalog catalog) {
    Set<String> keptSites = MinCell.kept(sites, minCell);
    Set<String> keptSexes = MinCell.kept(sexes, minCell);
    int known = (int) names.stream().filter(n -> catalog.lookup(n) != null).count();
    return new Shared(
        keptSites,
        keptSexes,
        new Kept(keptSites.size(), sites.size() - keptSites.size()),
        new Kept(keptSexes.size(), sexes.size() - keptSexes.size()),
        new Manifest.Names(known, names.size() - known));
  }

  /**
   * What is decided across patients.
   *
   * @param sites the site names kept (each written as its {@link SiteCode})
   * @param sexes the sex values kept as written
   * @param siteCounts distinct sites kept and dropped
   * @param sexCounts distinct sex values kept and blanked
   * @param names distinct activity names by what became of them
   */
  public record Shared(
      Set<String> sites, Set<String> sexes, Kept siteCounts, Kept sexCounts, Manifest.Names names)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Copies the sets. */
    public Shared {
      sites = Set.copyOf(sites);
      sexes = Set.copyOf(sexes);
    }
  }
}

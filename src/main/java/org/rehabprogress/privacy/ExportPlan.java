package org.rehabprogress.privacy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.PatientInfo;

/**
 * How one data set is anonymised: each patient's pseudonym, date offset and age band, the order
 * patients are written in (by pseudonym), the activity names, and which sites and sex values are
 * common enough to keep. A patient without a start (no treatment_start and no symptom or activity
 * entry) has no day to anchor study dates to and nothing to analyse: such a patient is left out,
 * and only counted.
 */
public final class ExportPlan {

  private final Dataset data;
  private final DateRegime regime;
  private final int minCell;
  private final String[] pseudonym;
  private final int[] offset;
  private final String[] ageBand;
  private final int[] order;
  private final Map<String, Integer> codes = new HashMap<>();
  private final ActivityNaming naming;
  private final KeptValues sites;
  private final KeptValues sexes;

  private ExportPlan(
      Dataset data,
      DateRegime regime,
      int minCell,
      String[] pseudonym,
      int[] offset,
      String[] ageBand,
      ActivityNaming naming,
      KeptValues sites,
      KeptValues sexes) {
    this.data = data;
    this.regime = regime;
    this.minCell = minCell;
    this.pseudonym = pseudonym;
    this.offset = offset;
    this.ageBand = ageBand;
    this.naming = naming;
    this.sites = sites;
    this.sexes = sexes;
    this.order =
        IntStream.range(0, pseudonym.length)
            .filter(p -> pseudonym[p] != null)
            .boxed()
            .sorted(Comparator.comparing(p -> pseudonym[p]))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int p = 0; p < pseudonym.length; p++) {
      codes.put(data.patientIds().get(p), p);
    }
  }

  /**
   * Plans the anonymisation of a data set.
   *
   * @param data the data set as read
   * @param catalog the catalog that classifies activity names
   * @param key the key of pseudonyms and date shifts
   * @param regime study dates or shifted dates
   * @param minCell the fewest patients a site, a sex value or an unclassified name needs to stay
   * @throws IllegalStateException when two ids get the same pseudonym (odds ~3e-12 for 10,000)
   */
  public static ExportPlan of(
      Dataset data, ActivityCatalog catalog, PseudonymKey key, DateRegime regime, int minCell) {
    return of(data, catalog, key, regime, minCell, null);
  }

  /**
   * What is decided across patients: the sites, sex values and unclassified activity names that
   * enough exported patients share to be kept.
   *
   * @param sites the sites kept
   * @param sexes the sex values kept
   * @param activityNames the unclassified activity names kept as written
   */
  public record Shared(Set<String> sites, Set<String> sexes, Set<String> activityNames)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the sets. */
    public Shared {
      sites = Set.copyOf(sites);
      sexes = Set.copyOf(sexes);
      activityNames = Set.copyOf(activityNames);
    }
  }

  /**
   * Plans the anonymisation of part of a data set (a distributed engine plans one patient at a
   * time) with the decisions taken across the whole: each patient's pseudonym, offset and age band
   * are the patient's own, as in {@link #of(Dataset, ActivityCatalog, PseudonymKey, DateRegime,
   * int)}.
   *
   * @param data the part, as read
   * @param catalog the catalog that classifies activity names
   * @param key the key of pseudonyms and date shifts
   * @param regime study dates or shifted dates
   * @param minCell the small-cell threshold the shared decisions were taken at
   * @param shared the decisions across the whole data set
   */
  public static ExportPlan of(
      Dataset data,
      ActivityCatalog catalog,
      PseudonymKey key,
      DateRegime regime,
      int minCell,
      Shared shared) {
    if (minCell < 1) {
      throw new IllegalArgumentException("min-cell must be at least 1: " + minCell);
    }
    List<String> ids = data.patientIds();
    List<ActivityClass> classes = ActivityClasses.of(data.activities(), catalog);
    String[] pseudonym = new String[ids.size()];
    int[] offset = new int[ids.size()];
    String[] ageBand = new String[ids.size()];
    boolean[] exported = new boolean[ids.size()];
    Map<String, String> seen = new HashMap<>();
    KeptValues sites = new KeptValues();
    KeptValues sexes = new KeptValues();
    for (int p = 0; p < ids.size(); p++) {
      String id = ids.get(p);
      PatientInfo info = data.patients().get(id);
      LocalDate start =
          PatientAnalysis.start(
              new PatientLog(p, id, info, data.symptoms(), data.activities(), classes, List.of()));
      if (start == null) {
        continue;
      }
      exported[p] = true;
      pseudonym[p] = Pseudonym.of(key, id);
      if (seen.put(pseudonym[p], id) != null) {
        throw new IllegalStateException("two patient ids share a pseudonym; use another key");
      }
      offset[p] = regime.offset(key, id, Math.toIntExact(start.toEpochDay()));
      if (info != null) {
        sites.count(info.site());
        sexes.count(info.sex());
        if (info.birthYear() != null) {
          ageBand[p] = AgeBand.of(info.birthYear(), start.getYear());
        }
      }
    }
    ActivityNaming naming;
    if (shared == null) {
      sites.decide(minCell);
      sexes.decide(minCell);
      naming = ActivityNaming.of(data.activities(), catalog, exported, minCell);
    } else {
      sites.keep(shared.sites());
      sexes.keep(shared.sexes());
      naming = ActivityNaming.of(data.activities(), catalog, exported, shared.activityNames());
    }
    return new ExportPlan(data, regime, minCell, pseudonym, offset, ageBand, naming, sites, sexes);
  }

  /** Returns the data set. */
  public Dataset data() {
    return data;
  }

  /** Returns the date regime. */
  public DateRegime regime() {
    return regime;
  }

  /** Returns the small-cell threshold. */
  public int minCell() {
    return minCell;
  }

  /** Returns the exported patient codes in pseudonym order (a copy). */
  public int[] order() {
    return order.clone();
  }

  /** Returns the number of exported patients. */
  public int patients() {
    return order.length;
  }

  /** Returns the number of patients left out for want of a start. */
  public int leftOut() {
    return pseudonym.length - order.length;
  }

  /** Returns the code of a patient id, or -1 for an id with no code (one only in events.csv). */
  public int code(String patientId) {
    return codes.getOrDefault(patientId, -1);
  }

  /** Returns the pseudonym of a patient code, null when the patient is left out. */
  public String pseudonym(int patientCode) {
    return pseudonym[patientCode];
  }

  /** Returns the days to add to each of an exported patient's epoch days. */
  public int offset(int patientCode) {
    return offset[patientCode];
  }

  /** Returns the age band at start of a patient code, or null. */
  public String ageBand(int patientCode) {
    return ageBand[patientCode];
  }

  /** Returns the activity names. */
  public ActivityNaming naming() {
    return naming;
  }

  /** Returns a site when enough exported patients share it, else null. */
  public String site(String site) {
    return sites.filter(site);
  }

  /** Returns a sex value as written when enough exported patients share it, else null. */
  public String sex(String sex) {
    return sexes.filter(sex);
  }

  /** Returns the number of distinct sites kept and blanked. */
  public Kept siteCounts() {
    return sites.counts();
  }

  /** Returns the number of distinct sex values kept and blanked. */
  public Kept sexCounts() {
    return sexes.counts();
  }
}

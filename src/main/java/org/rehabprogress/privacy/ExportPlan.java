package org.rehabprogress.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientAnalysis;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.PatientInfo;

/**
 * How one data set is anonymised: each patient's pseudonym, date offset and age band, the order
 * patients are written in (by pseudonym), the activity names, and which sites (written as keyed
 * codes) and sex values are common enough to keep. A patient without a start (no treatment_start
 * and no symptom or activity entry) has no day to anchor study dates to and nothing to analyse:
 * such a patient is left out, and only counted.
 */
public final class ExportPlan {

  private final Dataset data;
  private final PseudonymKey key;
  private final DateRegime regime;
  private final int minCell;
  private final String[] pseudonym;
  private final int[] offset;
  private final String[] ageBand;
  private final int[] order;
  private final Map<String, Integer> codes = new HashMap<>();
  private final ActivityNaming naming;
  private final Sharing.Shared shared;

  private ExportPlan(
      Dataset data,
      PseudonymKey key,
      DateRegime regime,
      int minCell,
      String[] pseudonym,
      int[] offset,
      String[] ageBand,
      ActivityNaming naming,
      Sharing.Shared shared) {
    this.data = data;
    this.key = key;
    this.regime = regime;
    this.minCell = minCell;
    this.pseudonym = pseudonym;
    this.offset = offset;
    this.ageBand = ageBand;
    this.naming = naming;
    this.shared = shared;
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
   * @param key the key of pseudonyms, date shifts and site codes
   * @param regime study dates or shifted dates
   * @param minCell the fewest patients a site or a sex value needs to stay
   * @throws IllegalStateException when two ids get the same pseudonym (odds ~3e-12 for 10,000)
   */
  public static ExportPlan of(
      Dataset data, ActivityCatalog catalog, PseudonymKey key, DateRegime regime, int minCell) {
    return of(data, catalog, key, regime, minCell, null);
  }

  /**
   * Plans the anonymisation of part of a data set (a distributed engine plans one patient at a
   * time) with the decisions taken across the whole ({@link Sharing}): each patient's pseudonym,
   * offset and age band are the patient's own, as in {@link #of(Dataset, ActivityCatalog,
   * PseudonymKey, DateRegime, int)}.
   *
   * @param data the part, as read
   * @param catalog the catalog that classifies activity names
   * @param key the key of pseudonyms, date shifts and site codes
   * @param regime study dates or shifted dates
   * @param minCell the small-cell threshold the shared decisions were taken at
   * @param shared the decisions across the whole data set, or null to take them over this part
   */
  public static ExportPlan of(
      Dataset data,
      ActivityCatalog catalog,
      PseudonymKey key,
      DateRegime regime,
      int minCell,
      Sharing.Shared shared) {
    if (minCell < 1) {
      throw new IllegalArgumentException("min-cell must be at least 1: " + minCell);
    }
    List<String> ids = data.patientIds();
    List<ActivityClass> classes = ActivityClasses.of(data.activities(), catalog);
    CatalogMatches matches = CatalogMatches.of(data.activities().names(), catalog);
    String[] pseudonym = new String[ids.size()];
    int[] offset = new int[ids.size()];
    String[] ageBand = new String[ids.size()];
    Map<String, String> seen = new HashMap<>();
    Sharing sharing = new Sharing();
    List<Set<String>> names = shared == null ? namesByPatient(data) : null;
    for (int p = 0; p < ids.size(); p++) {
      String id = ids.get(p);
      PatientInfo info = data.patients().get(id);
      LocalDate start =
          PatientAnalysis.start(
              new PatientLog(
                  p, id, info, data.symptoms(), data.activities(), classes, matches, List.of()));
      if (start == null) {
        continue;
      }
      pseudonym[p] = Pseudonym.of(key, id);
      if (seen.put(pseudonym[p], id) != null) {
        throw new IllegalStateException("two patient ids share a pseudonym; use another key");
      }
      offset[p] = regime.offset(key, id, Math.toIntExact(start.toEpochDay()));
      if (info != null && info.birthYear() != null) {
        ageBand[p] = AgeBand.of(info.birthYear(), start.getYear());
      }
      if (names != null) {
        sharing.add(
            info == null ? null : info.site(), info == null ? null : info.sex(), names.get(p));
      }
    }
    Sharing.Shared decided = shared != null ? shared : sharing.decide(minCell, catalog);
    return new ExportPlan(
        data,
        key,
        regime,
        minCell,
        pseudonym,
        offset,
        ageBand,
        ActivityNaming.of(data.activities(), catalog),
        decided);
  }

  /** Returns, per patient code, the activity names the patient logged, as written. */
  public static List<Set<String>> namesByPatient(Dataset data) {
    ActivityLog log = data.activities();
    List<Set<String>> names = new ArrayList<>();
    for (int p = 0; p < data.patientIds().size(); p++) {
      names.add(new TreeSet<>());
    }
    for (int row = 0; row < log.size(); row++) {
      names.get(log.patient(row)).add(log.names().get(log.activity(row)));
    }
    return names;
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

  /** Returns a site's keyed code when enough exported patients share the site, else null. */
  public String site(String site) {
    return site != null && shared.sites().contains(site) ? SiteCode.of(key, site) : null;
  }

  /** Returns a sex value as written when enough exported patients share it, else null. */
  public String sex(String sex) {
    return sex != null && shared.sexes().contains(sex) ? sex : null;
  }

  /** Returns what was decided across patients, with the counts the manifest states. */
  public Sharing.Shared shared() {
    return shared;
  }
}

package org.rehabprogress.pipeline;

import java.util.List;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.catalog.CatalogMatches;
import org.rehabprogress.ingest.Dataset;

/** Cuts a data set into the per-patient views the analysis takes. */
public final class PatientLogs {

  private final Dataset data;
  private final List<ActivityClass> classes;
  private final CatalogMatches matches;

  private PatientLogs(Dataset data, List<ActivityClass> classes, CatalogMatches matches) {
    this.data = data;
    this.classes = classes;
    this.matches = matches;
  }

  /**
   * Returns the views of a data set, its activity names classified and matched once by the catalog
   * (names that are one activity, like {@code Walk} and {@code Walking}, are compared as one).
   */
  public static PatientLogs of(Dataset data, ActivityCatalog catalog) {
    return new PatientLogs(
        data,
        List.copyOf(ActivityClasses.of(data.activities(), catalog)),
        CatalogMatches.of(data.activities().names(), catalog));
  }

  /** Returns the class of every activity name code. */
  public List<ActivityClass> classes() {
    return classes;
  }

  /** Returns the number of patients, codes {@code 0 .. size()-1} in patient id order. */
  public int size() {
    return data.patientIds().size();
  }

  /** Returns one patient's view. */
  public PatientLog log(int code) {
    String id = data.patientIds().get(code);
    return new PatientLog(
        code,
        id,
        data.patients().get(id),
        data.symptoms(),
        data.activities(),
        classes,
        matches,
        data.events().getOrDefault(id, List.of()),
        data.medications().getOrDefault(id, List.of()));
  }
}

package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.rehabprogress.analysis.ActivityClasses;
import org.rehabprogress.analysis.PatientLog;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.ActivityClass;
import org.rehabprogress.ingest.ActivityLog;
import org.rehabprogress.ingest.Dataset;
import org.rehabprogress.ingest.PatientEvent;

/**
 * The cohort analysis of SPEC section 5: every patient of a data set through the per-patient
 * analysis over the whole log, then the figures across patients. Pure: no files, no clock. The
 * patients are analysed on every core (each analysis is a pure function of one patient's columns);
 * the result does not depend on their order.
 */
public final class CohortAnalysis {

  private CohortAnalysis() {}

  /**
   * Returns the cohort of a data set.
   *
   * @param data the input, read
   * @param catalog the effective activity catalog
   * @param parameters the cohort's bounds and threshold
   */
  public static CohortResult analyse(
      Dataset data, ActivityCatalog catalog, CohortParameters parameters) {
    ActivityGroups groups = ActivityGroups.of(data.activities(), catalog);
    // Immutable once, so that each PatientLog keeps it rather than copying it.
    List<ActivityClass> classes = List.copyOf(ActivityClasses.of(data.activities(), catalog));
    Admission[] admitted = new Admission[data.patientIds().size()];
    IntStream.range(0, admitted.length)
        .parallel()
        .forEach(code -> admitted[code] = admit(data, code, groups, classes, parameters));
    return result(parameters, Arrays.asList(admitted), groups, unclassified(groups));
  }

  /**
   * Returns what the cohort makes of one patient of a data set: the per-patient step of {@link
   * #analyse}, a pure function of the patient's columns. A distributed engine calls it with a data
   * set of one patient and that data set's own groups and classes.
   *
   * @param data the input, read
   * @param code the patient's code in {@code data}
   * @param groups the activity groups of {@code data}'s activity names
   * @param classes the catalog class of each activity name code of {@code data}
   * @param parameters the cohort's bounds and threshold
   */
  public static Admission admit(
      Dataset data,
      int code,
      ActivityGroups groups,
      List<ActivityClass> classes,
      CohortParameters parameters) {
    String id = data.patientIds().get(code);
    PatientLog log =
        new PatientLog(
            code,
            id,
            data.patients().get(id),
            data.symptoms(),
            groups.log(),
            classes,
            groups.matches(),
            data.events().getOrDefault(id, List.<PatientEvent>of()));
    return WholeLog.admit(log, parameters, groups);
  }

  /**
   * Returns the cohort of admitted patients: the step of {@link #analyse} across patients.
   *
   * @param parameters the cohort's bounds and threshold
   * @param admitted what the cohort made of each patient, in patient id order; an analysed
   *     patient's activity groups index {@code groups}
   * @param groups the activity groups of the whole input
   * @param unclassified the activities the catalog does not know, by group name, with the number of
   *     patients of the input who logged each
   */
  public static CohortResult result(
      CohortParameters parameters,
      List<Admission> admitted,
      ActivityGroups groups,
      Map<String, Integer> unclassified) {
    List<CohortPatient> analysed = new ArrayList<>(admitted.size());
    List<NotAnalysed> notAnalysed = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Admission a : admitted) {
      if (a instanceof CohortPatient p) {
        analysed.add(p);
      } else if (a instanceof NotAnalysed n) {
        notAnalysed.add(n);
      } else {
        excluded.add((Excluded) a);
      }
    }
    CohortFigures figures =
        CohortStatistics.of(
            analysed, notAnalysed.size(), groups.names(), groups.classes(), parameters.minCell());
    return new CohortResult(parameters, analysed, notAnalysed, excluded, unclassified, figures);
  }

  /** Returns the patients who logged each activity the catalog does not know, by group name. */
  private static Map<String, Integer> unclassified(ActivityGroups groups) {
    ActivityLog log = groups.log();
    int[] groupOfCode = new int[log.names().size()];
    for (int code = 0; code < groupOfCode.length; code++) {
      groupOfCode[code] = groups.indexOf(log.names().get(code));
    }
    int[] patients = new int[groups.names().size()];
    int[] last = new int[patients.length];
    Arrays.fill(last, -1);
    for (int row = 0; row < log.size(); row++) {
      int g = groupOfCode[log.activity(row)];
      if (last[g] != log.patient(row)) {
        last[g] = log.patient(row);
        patients[g]++;
      }
    }
    Map<String, Integer> unknown = new TreeMap<>();
    for (int g = 0; g < patients.length; g++) {
      if (groups.classes().get(g) == ActivityClass.UNCLASSIFIED && patients[g] > 0) {
        unknown.put(groups.names().get(g), patients[g]);
      }
    }
    return unknown;
  }
}

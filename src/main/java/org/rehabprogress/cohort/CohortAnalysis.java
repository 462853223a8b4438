package org.rehabprogress.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
    return result(
        parameters, Arrays.asList(admitted), groups, unclassified(groups, patientsByGroup(groups)));
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
            data.events().getOrDefault(id, List.<PatientEvent>of()),
            data.medications().getOrDefault(id, List.of()));
    return WholeLog.admit(log, parameters, groups);
  }

  /**
   * Returns what the cohort makes of part of the input: {@link #analyse}'s per-patient step over a
   * data set that holds every row of each of its patients (one task's share of a distributed run),
   * one patient after another on the calling thread. {@link #combine} puts the parts together.
   *
   * @param data the part of the input, read
   * @param catalog the effective activity catalog
   * @param parameters the cohort's bounds and threshold
   */
  public static CohortPart part(
      Dataset data, ActivityCatalog catalog, CohortParameters parameters) {
    ActivityGroups groups = ActivityGroups.of(data.activities(), catalog);
    List<ActivityClass> classes = List.copyOf(ActivityClasses.of(data.activities(), catalog));
    List<Admission> admitted = new ArrayList<>(data.patientIds().size());
    for (int code = 0; code < data.patientIds().size(); code++) {
      admitted.add(admit(data, code, groups, classes, parameters));
    }
    List<String> names = data.activities().names();
    int[] spelling = new int[groups.names().size()];
    Arrays.fill(spelling, -1);
    for (int code = 0; code < names.size(); code++) {
      int g = groups.indexOf(groups.log().names().get(code));
      if (spelling[g] < 0) {
        spelling[g] = code;
      }
    }
    return new CohortPart(names, spelling, patientsByGroup(groups), admitted);
  }

  /**
   * Returns the cohort of the parts of an input, as {@link #analyse} returns it for the whole: the
   * parts' activity groups placed in those of the whole input (a name the catalog does not know is
   * grouped by the first of its spellings in the whole input, which no part alone can tell), the
   * patients in id order, then the figures across patients.
   *
   * @param parameters the cohort's bounds and threshold
   * @param catalog the effective activity catalog
   * @param parts the parts, each patient in exactly one
   * @throws IllegalArgumentException when a patient is in two parts
   */
  public static CohortResult combine(
      CohortParameters parameters, ActivityCatalog catalog, List<CohortPart> parts) {
    TreeSet<String> written = new TreeSet<>();
    parts.forEach(part -> written.addAll(part.names()));
    List<String> names = new ArrayList<>(written);
    ActivityGroups groups =
        ActivityGroups.of(
            new ActivityLog(
                0,
                new int[0],
                new int[0],
                new int[0],
                new double[0],
                new int[0],
                null,
                names,
                List.of(),
                0),
            catalog);
    Map<String, Integer> groupOf = new HashMap<>();
    for (int code = 0; code < names.size(); code++) {
      groupOf.put(names.get(code), groups.indexOf(groups.log().names().get(code)));
    }
    int[] patients = new int[groups.names().size()];
    List<Admission> admitted = new ArrayList<>();
    for (CohortPart part : parts) {
      int[] global = new int[part.groupSpelling().length];
      for (int g = 0; g < global.length; g++) {
        global[g] = groupOf.get(part.names().get(part.groupSpelling()[g]));
        patients[global[g]] += part.groupPatients()[g];
      }
      for (Admission a : part.admitted()) {
        admitted.add(a instanceof CohortPatient p ? p.regrouped(global) : a);
      }
    }
    admitted.sort(Comparator.comparing(Admission::patientId));
    for (int i = 1; i < admitted.size(); i++) {
      if (admitted.get(i).patientId().equals(admitted.get(i - 1).patientId())) {
        throw new IllegalArgumentException(
            "patient " + admitted.get(i).patientId() + " is in two parts");
      }
    }
    return result(parameters, admitted, groups, unclassified(groups, patients));
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

  /** Returns the number of patients of a data set who logged each activity group. */
  private static int[] patientsByGroup(ActivityGroups groups) {
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
    return patients;
  }

  /** Returns the groups the catalog does not know that patients logged, with their patients. */
  private static Map<String, Integer> unclassified(ActivityGroups groups, int[] patients) {
    Map<String, Integer> unknown = new TreeMap<>();
    for (int g = 0; g < patients.length; g++) {
      if (groups.classes().get(g) == ActivityClass.UNCLASSIFIED && patients[g] > 0) {
        unknown.put(groups.names().get(g), patients[g]);
      }
    }
    return unknown;
  }
}

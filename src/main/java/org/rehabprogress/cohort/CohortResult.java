package org.rehabprogress.cohort;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a cohort run found: who is in the cohort, each analysed patient's row, and the figures
 * across patients at full precision (suppression comes later, in {@link CohortCells}).
 *
 * @param parameters the bounds and threshold asked for
 * @param patients the analysed patients, in patient id order
 * @param notAnalysed the patients in the cohort without an analysis, in patient id order
 * @param excluded the patients of the input left out by {@code --from} or {@code --to}, in id order
 * @param unclassified the activities the catalog does not know (by group name, see {@link
 *     ActivityGroups}) with the number of patients of the input who logged each
 * @param figures the figures across patients
 * @param subgroups the subgroups of {@code --by} (SPEC section 11), in the order of their values
 *     ({@link SubgroupColumns#ORDER}, the first column first); empty without {@code --by}
 */
public record CohortResult(
    CohortParameters parameters,
    List<CohortPatient> patients,
    List<NotAnalysed> notAnalysed,
    List<Excluded> excluded,
    Map<String, Integer> unclassified,
    CohortFigures figures,
    List<SubgroupFigures> subgroups) {

  /** Checks for nulls and copies the lists. */
  public CohortResult {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(figures, "figures");
    patients = List.copyOf(patients);
    notAnalysed = List.copyOf(notAnalysed);
    excluded = List.copyOf(excluded);
    unclassified = Collections.unmodifiableMap(new TreeMap<>(unclassified));
    subgroups = List.copyOf(subgroups);
  }

  /** Returns a cohort without subgroups. */
  public CohortResult(
      CohortParameters parameters,
      List<CohortPatient> patients,
      List<NotAnalysed> notAnalysed,
      List<Excluded> excluded,
      Map<String, Integer> unclassified,
      CohortFigures figures) {
    this(parameters, patients, notAnalysed, excluded, unclassified, figures, List.of());
  }

  /** Returns the same cohort with these subgroups. */
  public CohortResult withSubgroups(List<SubgroupFigures> rows) {
    return new CohortResult(
        parameters, patients, notAnalysed, excluded, unclassified, figures, rows);
  }

  /** Returns the number of patients left out for a reason. */
  public int excluded(Excluded.Reason reason) {
    return (int) excluded.stream().filter(e -> e.reason() == reason).count();
  }
}

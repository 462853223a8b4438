package org.rehabprogress.cohort;

import java.util.List;

/**
 * A column of {@code --by} in which no analysed patient has a value: most likely a name
 * patients.csv does not have (exit 2, like a usage error).
 */
public final class SubgroupColumnMissing extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private SubgroupColumnMissing(String message) {
    super(message);
  }

  /**
   * Checks that some analysed patient has a value in each column of {@code --by}.
   *
   * @param patients the analysed patients, each with its values in {@code by}
   * @param by the columns
   * @throws SubgroupColumnMissing for the first column without a value, unless no patient is
   *     analysed
   */
  public static void check(List<CohortPatient> patients, List<String> by) {
    if (patients.isEmpty()) {
      return;
    }
    for (int c = 0; c < by.size(); c++) {
      int column = c;
      if (patients.stream().allMatch(p -> p.subgroup().get(column) == null)) {
        throw new SubgroupColumnMissing(SubgroupColumns.noValues(by.get(c)));
      }
    }
  }
}

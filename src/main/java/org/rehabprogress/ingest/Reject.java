package org.rehabprogress.ingest;

import java.util.Objects;

/**
 * A rejected input row: where it is, which cell is wrong, and why.
 *
 * @param file the input file's name, e.g. {@code symptoms.csv}
 * @param line the 1-based line the row starts on (the header is line 1)
 * @param column the column at fault, empty when the row as a whole is at fault
 * @param value the offending cell as read, empty when none
 * @param problem what is wrong and what is expected
 */
public record Reject(String file, long line, String column, String value, Problem problem) {

  /** Checks that no field is null. */
  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(problem, "problem");
  }

  /** Returns the reason text. */
  public String reason() {
    return problem.reason();
  }

  /**
   * Returns the one-line form users see: {@code symptoms.csv:17: pain "11" is out of range ...}.
   */
  public String describe() {
    return file + ":" + line + ": " + problem.reason();
  }
}

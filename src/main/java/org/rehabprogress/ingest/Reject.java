package org.rehabprogress.ingest;

import java.util.Objects;
import java.util.function.LongUnaryOperator;

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

  /**
   * Returns this reject placed in another file, its lines (its own and any its problem names)
   * renumbered: a reject of a part of a file, read on its own, placed in the file.
   *
   * @param file the file's name
   * @param line the line in the file of each line of the part
   */
  public Reject relocated(String file, LongUnaryOperator line) {
    return new Reject(file, line.applyAsLong(this.line), column, value, problem.relocated(line));
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

package org.rehabprogress.privacy;

import java.util.Objects;

/**
 * What was written to one anonymised file.
 *
 * @param file the file name, e.g. {@code activities.csv}
 * @param rows data rows written
 * @param repeatsMarked rows that would have read the same as an earlier row of the patient's day
 *     once notes and names were dropped, told apart by {@code entry N} in notes so that a reader
 *     does not count them once
 * @param repeatsMerged events written once because their date and category matched an earlier one;
 *     medications written as one row, doses summed, with an earlier one of the same days, drug and
 *     unit
 * @param leftOut accepted rows of patients left out for want of a start
 */
public record WrittenFile(
    String file, long rows, long repeatsMarked, long repeatsMerged, long leftOut) {

  /** Checks the name. */
  public WrittenFile {
    Objects.requireNonNull(file, "file");
  }
}

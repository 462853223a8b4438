package org.rehabprogress.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.canonical.CanonicalFile;

/**
 * Where one canonical file of a job's input is, and how to read it: one file, or a folder of part
 * files that together make the file (as Spark and other engines write them).
 *
 * @param kind which canonical file
 * @param name the name ledgers and rejects use: the file's name, or the folder's
 * @param format CSV or Parquet
 * @param paths the files to read, in name order
 * @param fileNames the files' own names, in the same order, for rejects
 * @param header the column names: a CSV file's header cells as written, or Parquet's columns
 * @param delimiter a CSV file's separator, ',' or ';' (',' for Parquet)
 */
record KindInput(
    CanonicalFile kind,
    String name,
    Format format,
    List<String> paths,
    List<String> fileNames,
    List<String> header,
    char delimiter)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The two input formats. */
  enum Format {
    /** Canonical CSV, as rehab reads it. */
    CSV,
    /** Parquet with the canonical columns. */
    PARQUET
  }

  /** Checks for nulls, one name per path, and copies the lists. */
  KindInput {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    paths = List.copyOf(paths);
    fileNames = List.copyOf(fileNames);
    header = List.copyOf(header);
    if (paths.isEmpty() || paths.size() != fileNames.size()) {
      throw new IllegalArgumentException("one name per file, and at least one file, expected");
    }
  }

  /** Returns whether a decimal comma is valid: the file is semicolon-separated. */
  boolean decimalComma() {
    return delimiter == ';';
  }
}

package org.rehabprogress.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.ingest.Records;

/**
 * Where one canonical file of a job's input is, and how to read it: one file, or a folder of part
 * files that together make the file (as Spark and other engines write them).
 *
 * @param kind which canonical file
 * @param name the name ledgers use: the file's name, or the folder's
 * @param format CSV or Parquet
 * @param parts the files to read, in name order
 * @param header the column names: a CSV file's header cells as written, or Parquet's columns
 * @param delimiter a CSV file's separator, ',' or ';' (',' for Parquet)
 */
record KindInput(
    CanonicalFile kind,
    String name,
    Format format,
    List<Part> parts,
    List<String> header,
    char delimiter)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The two input formats. */
  enum Format {
    /** Canonical CSV, as rehab reads it. */
    CSV,
    /** Parquet with the canonical columns. */
    PARQUET
  }

  /**
   * One file of an input.
   *
   * @param path its URI
   * @param name its own name, for rejects
   * @param size its size in bytes
   * @param dataStart where its data begins (after a CSV file's byte-order mark and header; 0 for
   *     Parquet)
   * @param headerLines the lines its header spans (0 for Parquet, whose rows are numbered from 1)
   */
  record Part(String path, String name, long size, long dataStart, long headerLines)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Checks for nulls, at least one file, and copies the lists. */
  KindInput {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    parts = List.copyOf(parts);
    header = List.copyOf(header);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("at least one file expected");
    }
  }

  /** Returns the files' URIs, in order. */
  List<String> paths() {
    return parts.stream().map(Part::path).toList();
  }

  /** Returns the files' own names, in order. */
  List<String> fileNames() {
    return parts.stream().map(Part::name).toList();
  }

  /** Returns the input's bytes of data: its files' sizes without their headers. */
  long dataBytes() {
    return parts.stream().mapToLong(p -> p.size() - p.dataStart()).sum();
  }

  /** Returns the header as the CLI's reader takes it, with where a part's data begins. */
  Records.Head head(int part) {
    Part p = parts.get(part);
    return new Records.Head(header, delimiter, p.dataStart(), p.headerLines());
  }

  /** Returns whether a decimal comma is valid: the file is semicolon-separated. */
  boolean decimalComma() {
    return delimiter == ';';
  }

  /** Returns the patient_id column's position, matched as rehab matches header cells, or -1. */
  int patientColumn() {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().toLowerCase(java.util.Locale.ROOT).equals("patient_id")) {
        return i;
      }
    }
    return -1;
  }
}

package org.rehabprogress.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabprogress.canonical.CanonicalFile;
import org.rehabprogress.canonical.Measure;

/**
 * The header row of a canonical file: column names matched case-insensitively after trimming, in
 * any order. Knows where each known column is and which columns it does not know.
 */
final class Header {

  private final Map<String, Integer> index;
  private final int width;
  private final List<String> unknown;

  private Header(Map<String, Integer> index, int width, List<String> unknown) {
    this.index = index;
    this.width = width;
    this.unknown = List.copyOf(unknown);
  }

  /**
   * Reads a header row for a kind of file.
   *
   * @throws InputFileException when a column appears twice or a required column is missing
   */
  static Header of(List<String> cells, CanonicalFile kind, String file) throws InputFileException {
    Map<String, Integer> index = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    List<String> known = new ArrayList<>(kind.required());
    known.addAll(kind.optional());
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).trim().toLowerCase(Locale.ROOT);
      if (index.containsKey(name)) {
        throw new InputFileException(
            file, 1, "column \"" + name + "\" appears twice in the header", "keep one of them");
      }
      index.put(name, i);
      if (!known.contains(name)) {
        unknown.add(cells.get(i).trim());
      }
    }
    for (String column : kind.required()) {
      if (!index.containsKey(column)) {
        throw new InputFileException(
            file,
            1,
            "required column \""
                + column
                + "\" is missing (the header has: "
                + String.join(", ", cells)
                + ")",
            "name the columns " + String.join(", ", kind.required()) + " (see the README)");
      }
    }
    if (kind == CanonicalFile.SYMPTOMS
        && Measure.ALL.stream().noneMatch(m -> index.containsKey(m.column()))) {
      throw new InputFileException(
          file,
          1,
          "no symptom column (the header has: " + String.join(", ", cells) + ")",
          "add at least one of " + Measure.columns());
    }
    return new Header(index, cells.size(), unknown);
  }

  /** Returns the one-line warning that names a file's unknown columns. */
  static String unknownWarning(String file, Header header) {
    return file
        + ": ignoring unknown columns "
        + String.join(", ", header.unknown().stream().map(c -> "\"" + c + "\"").toList());
  }

  /** Returns the position of a known column, or -1 when the file does not have it. */
  int column(String name) {
    return index.getOrDefault(name, -1);
  }

  /** Returns every column's name, trimmed and lower-cased, by its position. */
  Map<String, Integer> columns() {
    return java.util.Collections.unmodifiableMap(index);
  }

  /** Returns the number of columns. */
  int width() {
    return width;
  }

  /** Returns the columns the file has that rehab does not know, as written. */
  List<String> unknown() {
    return unknown;
  }
}

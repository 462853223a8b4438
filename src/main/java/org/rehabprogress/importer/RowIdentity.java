package org.rehabprogress.importer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes two rows of a canonical file the same row when an import is merged: their text in
 * every column, except for a row whose notes are an instant ({@code 2021-08-23T03:26:50Z}, {@code
 * 2021-08-22T20:26:50-07:00}), as the EHR importers write them. Such a row is the same observation
 * as another with that instant and the same values, whatever its date: two exports of one source
 * (Synthea's CSV in UTC, its FHIR bundles in a local offset) may date one observation on
 * neighbouring days (SPEC section 7).
 */
final class RowIdentity {

  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

  private final int date;
  private final int notes;

  /** Creates the identity of rows with these column names (lower case). */
  RowIdentity(List<String> columns) {
    this.date = columns.indexOf("date");
    this.notes = columns.indexOf("notes");
  }

  /** Returns the identity of a row's cells: the cells, or for an instant's row its key. */
  List<String> of(List<String> cells) {
    if (date < 0 || notes < 0 || notes >= cells.size()) {
      return cells;
    }
    String note = cells.get(notes).strip();
    if (!INSTANT.matcher(note).matches()) {
      return cells;
    }
    String instant;
    try {
      instant = OffsetDateTime.parse(note).toInstant().toString();
    } catch (DateTimeParseException e) {
      return cells;
    }
    List<String> key = new ArrayList<>(cells);
    key.set(date, "");
    key.set(notes, instant);
    return key;
  }
}

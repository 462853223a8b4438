package org.rehabprogress.ingest.bytes;

/**
 * Where {@link CsvFile#split} hands a range's records: the one interface between the byte route and
 * the rules that check rows. Every record goes to exactly one of the two methods, in file order.
 */
public interface RowSink {

  /** Returns the number of cells of the file's header; only lines of this width go to plainRow. */
  int width();

  /**
   * Adds a row straight from the bytes of a regular line (see {@link Line}) when every cell it
   * reads is in the common form, exactly as {@link #accept} would add it; returns false, having
   * changed nothing, to have the line go through {@link #accept} instead.
   *
   * @param line the line, cut into {@link #width()} cells
   * @param localLine the line number in the range, from 1 (from after the lines before a range that
   *     {@link CsvFile#range} made)
   */
  boolean plainRow(Line line, int localLine);

  /**
   * Adds a record as its cells, decoded and unquoted, by the rules of RFC 4180 as Commons CSV reads
   * them (a blank line is one empty cell).
   *
   * @param cells the cells
   * @param localLine the line number in the range where the record starts, numbered as in {@link
   *     #plainRow}
   */
  void accept(String[] cells, int localLine);
}

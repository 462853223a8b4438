/**
 * The byte route: a CSV file read as bytes, its header found, its data cut into byte ranges read on
 * their own threads, and each range's lines split into records exactly as Commons CSV splits them,
 * at a fraction of its cost.
 *
 * <p>Entry class: {@link org.rehabprogress.ingest.bytes.CsvFile}: {@code open} reads a file's
 * byte-order mark, header and separator; {@code pieces} cuts its data into {@link
 * org.rehabprogress.ingest.bytes.ByteRange}s; {@code split} hands each record of a range to a
 * {@link org.rehabprogress.ingest.bytes.RowSink}, the one interface the rest of ingest implements:
 * a regular line as a {@link org.rehabprogress.ingest.bytes.Line} (its bytes cut at its
 * separators), any other record as its cells from Commons CSV. {@code CsvFile.range} reads a byte
 * range of a file whose header was read elsewhere, from any {@link
 * org.rehabprogress.ingest.bytes.ByteSource} (a distributed file system's, say), on its own: its
 * lines numbered on from those before it, its messages so numbered. One {@code QuoteScanner} reads
 * quotes for every scan that looks for a record's end (the header's, the separator count, a record
 * handed to Commons CSV). A file-level problem is a {@link
 * org.rehabprogress.ingest.bytes.CsvFault}, which ingest turns into its {@code InputFileException};
 * a range cut inside a quoted cell is an {@link org.rehabprogress.ingest.bytes.UnsafeCut}. {@code
 * LineHash} and {@code ByteWords} hash and read bytes a word at a time for ingest's repeat check
 * and code tables.
 *
 * <p>Does I/O (reads the files it is given). Uses nothing of the project's (so it can be tested and
 * tuned alone) and only Commons CSV; used only by {@code ingest}.
 */
package org.rehabprogress.ingest.bytes;

package org.rehabprogress.ingest.bytes;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a file's bytes come from when they are not a local file the route opens itself: a file of a
 * distributed file system, say, of which one task of a distributed engine reads its share (see
 * {@link CsvFile#range}).
 */
@FunctionalInterface
public interface ByteSource {

  /**
   * Opens the bytes {@code [start, end)} of the file.
   *
   * @return a stream the caller closes
   */
  InputStream open(long start, long end) throws IOException;
}

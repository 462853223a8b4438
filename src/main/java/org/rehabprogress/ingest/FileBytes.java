package org.rehabprogress.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a file's bytes come from: a local file, or a file of a distributed file system that a
 * distributed engine's task reads its share of.
 */
@FunctionalInterface
public interface FileBytes {

  /**
   * Opens the bytes {@code [start, end)} of the file.
   *
   * @return a stream the caller closes
   */
  InputStream open(long start, long end) throws IOException;
}

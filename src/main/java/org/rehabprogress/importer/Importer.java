package org.rehabprogress.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.rehabprogress.ingest.InputFileException;

/** Converts one kind of export into canonical rows. Implementations are stateless. */
public interface Importer {

  /** Returns the format name used on the command line, e.g. {@code apple-health}. */
  String format();

  /**
   * Reads a source (a file, a zip or a folder, as the format expects) and maps its records.
   *
   * @param source the export as the user named it
   * @param options the patient id to use and format-specific choices
   * @return the mapped rows, rejects and skips; never null
   * @throws InputFileException when the source is missing, truncated or malformed as a whole
   * @throws IOException when the source cannot be read
   */
  ImportBatch read(Path source, ImportOptions options) throws InputFileException, IOException;
}

package org.rehabprogress.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rehabprogress.files.OutputFailure;
import org.rehabprogress.files.OutputKind;
import org.rehabprogress.files.OutputPolicy;
import org.rehabprogress.files.OutputRefused;
import org.rehabprogress.files.RunInput;
import org.rehabprogress.importer.CanonicalFolder;
import org.rehabprogress.importer.ImportBatch;
import org.rehabprogress.importer.ImportLedger;
import org.rehabprogress.importer.ImportOptions;
import org.rehabprogress.importer.Importer;
import org.rehabprogress.ingest.InputFileException;

/** Runs an import: reads the source, merges it into the folder, and accounts for every record. */
public final class ImportRun {

  private ImportRun() {}

  /**
   * Imports a source into a folder of canonical files. Nothing is written when the source or an
   * existing file of the folder is unusable.
   *
   * @param importer the format's importer
   * @param source the export as the user named it
   * @param options the patient id and format-specific choices
   * @param out the folder to create or merge into
   * @return the ledger of the import
   * @throws InputFileException when the source or an existing canonical file is unusable
   * @throws org.rehabprogress.importer.ImportOptionException when an option does not fit the source
   * @throws OutputRefused when the folder is, holds or lies in the export
   * @throws OutputFailure when the folder cannot be written (it is then as it was)
   */
  public static ImportLedger run(Importer importer, Path source, ImportOptions options, Path out)
      throws InputFileException, IOException, OutputRefused {
    OutputPolicy.folder(out, OutputKind.IMPORT, List.of(new RunInput(source, "the export")));
    ImportBatch batch = importer.read(source, options);
    ImportLedger.check(batch);
    CanonicalFolder.Merged merged;
    try {
      merged = CanonicalFolder.merge(out, batch);
    } catch (OutputFailure e) {
      throw e;
    } catch (IOException e) {
      // Reading the folder's own files and writing the merged ones: either way, the output.
      throw OutputFailure.of(out, e);
    }
    return ImportLedger.of(source.toString(), batch, merged);
  }
}

package org.rehabprogress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehabprogress.catalog.ActivityCatalog;
import org.rehabprogress.catalog.CatalogEntry;
import org.rehabprogress.ingest.CatalogCsv;
import org.rehabprogress.ingest.InputFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehab catalog}: prints the effective activity catalog as a table or as CSV. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the effective activity catalog: the built-in catalog, extended or overridden by"
          + " --catalog FILE (a later row wins).",
      "Names not in the catalog are UNCLASSIFIED: every report lists them, and comparisons count"
          + " them as NEUTRAL."
    })
public final class CatalogCommand implements Callable<Integer> {

  /** The output formats; lower case because picocli matches the option value to the name. */
  enum Format {
    text,
    csv
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "A catalog CSV (activity,class,reason,aliases) whose rows replace or extend the"
              + " built-in ones.")
  Path catalogFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default): a table grouped by class; csv: the catalog as a CSV file that can be"
              + " edited and passed back with --catalog.")
  Format format;

  @Override
  public Integer call() throws InputFileException, IOException {
    ActivityCatalog catalog = CatalogCsv.effective(catalogFile);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.csv) {
      CatalogCsv.write(catalog, out);
    } else {
      int names = 0;
      for (CatalogEntry e : catalog.entries()) {
        names += 1 + e.aliases().size();
      }
      String source = CatalogCsv.BUILTIN_NAME + (catalogFile == null ? "" : " + " + catalogFile);
      out.println(
          "Activity catalog: "
              + source
              + " ("
              + catalog.entries().size()
              + " activities, "
              + names
              + " names)");
      out.println("sha256 " + CatalogCsv.sha256(catalog));
      for (String line : CatalogTable.lines(catalog, CatalogTable.LINE_WIDTH)) {
        out.println(line);
      }
      out.println();
      out.println(
          "Names not listed are UNCLASSIFIED: every report lists them, and comparisons count"
              + " them as NEUTRAL.");
    }
    out.flush();
    return ExitCodes.OK;
  }
}

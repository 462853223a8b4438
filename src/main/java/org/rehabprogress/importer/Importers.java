package org.rehabprogress.importer;

import java.util.List;
import java.util.Optional;

/** The importers rehab knows, by the format name used on the command line. */
public final class Importers {

  // One format a line, in the order --help lists them.
  private static final List<Importer> ALL =
      List.of(
          new AppleHealthImporter(),
          new FitbitImporter(),
          new GarminImporter(),
          new StravaImporter(),
          new BearableImporter(),
          new FhirImporter(),
          new SyntheaImporter());

  private Importers() {}

  /** Returns every importer, in the order the help lists them. */
  public static List<Importer> all() {
    return ALL;
  }

  /** Returns the format names, e.g. {@code apple-health}, in the order the help lists them. */
  public static List<String> names() {
    return ALL.stream().map(Importer::format).toList();
  }

  /** Returns the importer of a format name (exact, lower case), if there is one. */
  public static Optional<Importer> byName(String format) {
    return ALL.stream().filter(i -> i.format().equals(format)).findFirst();
  }
}

package org.rehabprogress.importer;

import java.nio.file.Path;

/** The patient id of a single-person export: the one chosen, or one made from the file name. */
final class ExportIds {

  private ExportIds() {}

  /**
   * Returns the id for a single-person export: the chosen id when one is given, else the source
   * file name's stem made into a valid id by {@link PatientIdRule#fromFileName}.
   *
   * @throws ImportOptionException when the chosen id breaks the id rule
   */
  static String single(ImportOptions options, Path source) {
    String chosen = options.patientId();
    if (chosen != null) {
      if (!PatientIdRule.isValid(chosen)) {
        throw new ImportOptionException(
            "--patient-id \"" + chosen + "\" is not a valid patient id; " + PatientIdRule.RULE);
      }
      return chosen;
    }
    Path name = source.getFileName();
    return PatientIdRule.fromFileName(name == null ? "" : name.toString());
  }
}

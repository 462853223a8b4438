package org.rehabprogress.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.PatientIds;

/**
 * The canonical patient id rule (1-64 ASCII letters, digits, '.', '_' or '-', as {@link PatientIds}
 * checks it) for ids a user chooses, and applied to ids an importer derives from names such as a
 * file or folder name; the one place that gives a one-person export its id.
 */
public final class PatientIdRule {

  /** The rule as error messages state it. */
  public static final String RULE = "use 1-64 letters, digits, '.', '_' or '-'";

  /** The id used when a name leaves nothing usable. */
  static final String FALLBACK = "patient";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9._-]+");

  private PatientIdRule() {}

  /** Returns whether a text is a valid patient id, by the rule the canonical reader checks. */
  public static boolean isValid(String id) {
    return id != null && PatientIds.isValid(id);
  }

  /**
   * Returns the patient id of a one-person export: the chosen id when one is given, else the
   * source's name made into a valid id, a folder's whole name or a file's name without its
   * extension.
   *
   * @param vendor who names the export, for the message, e.g. {@code the Health app}
   * @throws ImportOptionException when the chosen id breaks the rule, or when no id is chosen and
   *     the source has a name the vendor gives every export (SPEC section 7: two people's {@code
   *     export.xml} must never become one patient)
   */
  static String forOnePerson(ImportOptions options, Path source, String vendor) {
    String chosen = options.patientId();
    if (chosen != null) {
      if (!isValid(chosen)) {
        throw new ImportOptionException(problem("--patient-id", chosen));
      }
      return chosen;
    }
    Path name = source.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "" : name.toString();
    if (VendorNames.generic(text)) {
      throw new ImportOptionException(
          "\""
              + text
              + "\" is the name "
              + vendor
              + " gives every export, so it does not say whose data this is; name the patient"
              + " with --patient-id ID");
    }
    return Files.isDirectory(source) ? sanitise(text) : fromFileName(text);
  }

  /** Returns why an id breaks the rule: {@code Id "a b" is not a valid patient id; use ...}. */
  static String problem(String field, String id) {
    return field + " \"" + id + "\" is not a valid patient id; " + RULE;
  }

  /**
   * Returns a name made into a valid id: accents dropped, each run of other characters replaced by
   * one '_', '_' trimmed from both ends, cut to 64 characters; {@code patient} when nothing is
   * left.
   */
  public static String sanitise(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String id = OTHER.matcher(plain).replaceAll("_");
    int from = 0;
    int to = id.length();
    while (from < to && id.charAt(from) == '_') {
      from++;
    }
    while (to > from && id.charAt(to - 1) == '_') {
      to--;
    }
    id = id.substring(from, Math.min(to, from + 64));
    return id.isEmpty() ? FALLBACK : id;
  }

  /** Returns a file name without its last extension, made into a valid id. */
  static String fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return sanitise(dot > 0 ? fileName.substring(0, dot) : fileName);
  }
}

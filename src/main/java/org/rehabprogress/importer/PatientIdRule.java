package org.rehabprogress.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.PatientIds;

/**
 * The canonical patient id rule (1-64 ASCII letters, digits, '.', '_' or '-', as {@link PatientIds}
 * checks it) for ids a user chooses, and applied to ids an importer derives from names such as a
 * file or folder name.
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

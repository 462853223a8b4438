package org.rehabprogress.importer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.rehabprogress.ingest.PatientIds;

/** The patient ids of single-person exports: the one chosen, or one made from the file name. */
final class ExportIds {

  /** The id written when a file name leaves nothing usable. */
  static final String FALLBACK = "patient";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String EDGE = "._-";
  private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9._-]+");

  private ExportIds() {}

  /**
   * Returns the id for a single-person export: the chosen id when one is given, else the source
   * file name's stem sanitised to the id rule.
   *
   * @throws IllegalArgumentException when the chosen id breaks the id rule
   */
  static String single(ImportOptions options, Path source) {
    String chosen = options.patientId();
    if (chosen != null) {
      if (!PatientIds.isValid(chosen)) {
        throw new IllegalArgumentException(
            "patient id \""
                + chosen
                + "\" is not valid; use 1-64 letters, digits, '.', '_' or '-'");
      }
      return chosen;
    }
    Path name = source.getFileName();
    return fromFileName(name == null ? "" : name.toString());
  }

  /**
   * Returns a file name's stem sanitised to the id rule: accents dropped, every run of other
   * characters replaced by one '_', '.', '_' and '-' trimmed from both ends, cut to 64; {@link
   * #FALLBACK} when nothing is left.
   */
  static String fromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String plain = MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("");
    String id = OTHER.matcher(plain).replaceAll("_");
    int from = 0;
    int to = id.length();
    while (from < to && EDGE.indexOf(id.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && EDGE.indexOf(id.charAt(to - 1)) >= 0) {
      to--;
    }
    id = id.substring(from, Math.min(to, from + PatientIds.MAX_LENGTH));
    return id.isEmpty() ? FALLBACK : id;
  }
}

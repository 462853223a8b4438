package org.rehabprogress.files;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a run's temporary entries beside its output: {@code .<name>.rehab-<id>} for the new
 * folder (or file) being written, {@code .<name>.rehab-<id>.old} for the earlier output moved aside
 * during the swap, and {@code .<name>.rehab-<id>.lock} for the file the run holds a lock on while
 * it lives. The id is 16 lower-case hex characters, so that no user's file is taken for ours.
 *
 * @param target the name of the output the entry belongs to
 * @param id the run's id
 * @param role what the entry is
 */
record TempName(String target, String id, Role role) {

  /** What a temporary entry is. */
  enum Role {
    /** The new output being written. */
    NEW(""),
    /** The earlier output, moved aside while the new one moves in. */
    OLD(".old"),
    /** The lock file that says the run is alive. */
    LOCK(".lock");

    private final String suffix;

    Role(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final Pattern NAME =
      Pattern.compile("\\.(.+)\\.rehab-([0-9a-f]{16})(\\.old|\\.lock)?");

  /** Returns a fresh random id. */
  static String newId() {
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }

  /** Returns the entry's file name. */
  String fileName() {
    return "." + target + ".rehab-" + id + role.suffix;
  }

  /** Returns the same run's entry in another role. */
  TempName as(Role other) {
    return new TempName(target, id, other);
  }

  /** Returns the parsed name, or null when the name is not one of ours. */
  static TempName parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    String suffix = m.group(3);
    Role role = suffix == null ? Role.NEW : suffix.equals(".old") ? Role.OLD : Role.LOCK;
    return new TempName(m.group(1), m.group(2), role);
  }
}

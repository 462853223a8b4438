package org.rehabprogress.ingest;

/** The patient id rule: 1-64 characters of ASCII letters, digits, '.', '_' and '-'. */
public final class PatientIds {

  /** The longest valid id. */
  public static final int MAX_LENGTH = 64;

  private PatientIds() {}

  /** Returns whether a (trimmed) id obeys the rule. */
  public static boolean isValid(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!isIdCharacter(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a character (or an ASCII byte's value) may stand in an id. */
  public static boolean isIdCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }
}

package org.rehabprogress.catalog;

import java.util.Locale;

/** Normalises activity names so that exports' spellings of one activity compare equal. */
public final class ActivityNames {

  private static final String[] PREFIXES = {"hkworkoutactivitytype"};

  private ActivityNames() {}

  /**
   * Returns the matching key of a name: camel case split into words ({@code WeightTraining} becomes
   * {@code weight training}), case folded, punctuation and underscores as spaces, runs of spaces
   * collapsed, surrounding space trimmed, and Apple Health's {@code HKWorkoutActivityType} prefix
   * removed. Never null; an all-punctuation name gives the empty string.
   */
  public static String key(String name) {
    StringBuilder words = new StringBuilder(name.length() + 8);
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean camelBreak =
            Character.isUpperCase(c)
                && (Character.isLowerCase(previous)
                    || (Character.isUpperCase(previous)
                        && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1))));
        if (camelBreak && words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
          words.append(' ');
        }
        words.append(Character.toLowerCase(c));
      } else if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
        words.append(' ');
      }
      previous = c;
    }
    String key = words.toString().trim();
    String squashed = key.replace(" ", "");
    for (String prefix : PREFIXES) {
      if (squashed.startsWith(prefix) && squashed.length() > prefix.length()) {
        return stripPrefixWords(key, prefix);
      }
    }
    return key.toLowerCase(Locale.ROOT);
  }

  private static String stripPrefixWords(String key, String prefix) {
    int consumed = 0;
    int i = 0;
    while (i < key.length() && consumed < prefix.length()) {
      if (key.charAt(i) != ' ') {
        consumed++;
      }
      i++;
    }
    return key.substring(i).trim();
  }
}

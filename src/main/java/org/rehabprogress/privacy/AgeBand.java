package org.rehabprogress.privacy;

/**
 * Five-year age bands at start (SPEC section 6), with 90 and over as one band as HIPAA Safe Harbor
 * requires. The age is approximated as {@code start year - birth year}, the age reached during the
 * start's year: it overstates by one year a patient whose birthday falls after the start, which is
 * all a birth year allows.
 */
public final class AgeBand {

  /** The first age of the top band (Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): ages over 89). */
  public static final int TOP = 90;

  private static final int WIDTH = 5;

  private AgeBand() {}

  /**
   * Returns the band, e.g. {@code 60-64} or {@code 90+}; null when the birth year is after the
   * start's year (a typo no band can hold).
   */
  public static String of(int birthYear, int startYear) {
    int age = startYear - birthYear;
    if (age < 0) {
      return null;
    }
    if (age >= TOP) {
      return TOP + "+";
    }
    int low = age / WIDTH * WIDTH;
    return low + "-" + (low + WIDTH - 1);
  }
}

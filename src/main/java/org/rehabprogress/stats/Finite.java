package org.rehabprogress.stats;

/** The check that inputs are finite numbers. */
final class Finite {

  private Finite() {}

  /**
   * Throws when a value of {@code values} is NaN or infinite.
   *
   * @param name the argument's name, for the message
   * @throws IllegalArgumentException naming the first bad value and its index
   */
  static void check(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] is " + values[i] + "; values must be finite");
      }
    }
  }
}

package org.rehabprogress.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param patients the number of patients, {@value #MIN_PATIENTS}-{@value #MAX_PATIENTS}
 * @param days the length of most patients' follow-up in days, ending at {@code end}, {@value
 *     #MIN_DAYS}-{@value #MAX_DAYS}
 * @param seed the seed: the same configuration always gives the same bytes
 * @param end the last day of the data, never null
 */
public record SampleConfig(int patients, int days, long seed, LocalDate end) {

  /** The fewest patients. */
  public static final int MIN_PATIENTS = 1;

  /** The most patients: ids are zero-padded to the width of this count at most. */
  public static final int MAX_PATIENTS = 1_000_000;

  /** The shortest follow-up: the baseline and current windows (14 days each) must not overlap. */
  public static final int MIN_DAYS = 28;

  /** The longest follow-up, ten years. */
  public static final int MAX_DAYS = 3650;

  /** The default last day of the data; fixed, because the generator reads no clock. */
  public static final LocalDate DEFAULT_END = LocalDate.of(2026, 10, 31);

  /** Checks the ranges. */
  public SampleConfig {
    Objects.requireNonNull(end, "end");
    if (patients < MIN_PATIENTS || patients > MAX_PATIENTS) {
      throw new IllegalArgumentException(
          "patients must be " + MIN_PATIENTS + "-" + MAX_PATIENTS + ", got " + patients);
    }
    if (days < MIN_DAYS || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "days must be " + MIN_DAYS + "-" + MAX_DAYS + ", got " + days);
    }
  }

  /** Returns the id of the patient with the given zero-based index: P0001, P0002, ... */
  public String patientId(int index) {
    String digits = Integer.toString(index + 1);
    int width = Math.max(4, Integer.toString(patients).length());
    return "P" + "0".repeat(width - digits.length()) + digits;
  }
}

package org.rehabprogress.privacy;

/**
 * The keyed date offset of {@code --dates shift}: every date of a patient moves the same number of
 * days earlier, 1 to 364, derived from the key and the patient id so that the same key gives the
 * same offset. Intervals within a patient survive; calendar dates are shifted, not removed, so the
 * export is a limited data set, not Safe Harbor de-identification.
 *
 * <p>Derivation, for other implementations to reproduce: {@code mac = HMAC-SHA256(key,
 * UTF-8("date-shift:" + patient_id))}; {@code u} = the first 4 bytes of {@code mac} read as an
 * unsigned big-endian 32-bit integer; {@code days = 1 + (u mod 364)}; the shifted date is {@code
 * date - days}. The prefix keeps the offset apart from the pseudonym (ids cannot hold a colon, so
 * no message of one kind equals one of the other).
 */
public final class DateShift {

  /** The message prefix that separates offsets from pseudonyms. */
  public static final String PREFIX = "date-shift:";

  /** The largest offset; the smallest is 1 (a shift of 0 would leave the dates as they were). */
  public static final int MAX_DAYS = 364;

  private DateShift() {}

  /** Returns the number of days, 1 to 364, by which a patient's dates move earlier. */
  public static int days(PseudonymKey key, String patientId) {
    byte[] mac = key.hmac(PREFIX + patientId);
    long u =
        ((mac[0] & 0xFFL) << 24)
            | ((mac[1] & 0xFFL) << 16)
            | ((mac[2] & 0xFFL) << 8)
            | (mac[3] & 0xFFL);
    return 1 + (int) (u % MAX_DAYS);
  }
}

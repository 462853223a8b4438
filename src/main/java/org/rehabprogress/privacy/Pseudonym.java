package org.rehabprogress.privacy;

import java.util.HexFormat;

/**
 * Keyed pseudonyms for patient ids (SPEC section 6): the first 16 lower-case hex characters (the
 * first 8 bytes) of HMAC-SHA256 of the id's UTF-8 bytes under the key. The same key gives the same
 * pseudonym; without the key no one can link a pseudonym back to its id. A pseudonym is a valid
 * canonical patient id (letters and digits only).
 */
public final class Pseudonym {

  /** The number of hex characters kept: 64 bits, so 10,000 patients collide with odds ~3e-12. */
  public static final int LENGTH = 16;

  private Pseudonym() {}

  /** Returns the pseudonym of a patient id under a key. */
  public static String of(PseudonymKey key, String patientId) {
    return HexFormat.of().formatHex(key.hmac(patientId), 0, LENGTH / 2);
  }
}
